#pragma once

#include "gui/KioskPage.h"

#include <QStringList>

#include <memory>

namespace Ui {
class AdminPanelPage;
}

namespace LeoKiosk::Gui {

// The admin panel, once the PIN is accepted: the diagnostics report (the text of
// `leo-kiosk --diagnostics`, which holds no personal data), "Reload the configuration", "Quit" and "Back". The page
// shows and asks; AdminMode acts.
class AdminPanelPage final : public KioskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminPanelPage)

public:
    explicit AdminPanelPage(QWidget* parent = nullptr);
    ~AdminPanelPage() override;

    void resetPage() override;
    QWidget* initialFocusWidget() const override;

    // Empty: the report is being made.
    void setDiagnostics(const QString& report);
    QString diagnostics() const;
    // The reload was refused: each error names the key and why its value is refused.
    void showReloadErrors(const QStringList& errors);
    void showRestartFailed();

Q_SIGNALS:
    void reloadRequested();
    void quitRequested();
    void backRequested();

protected:
    void retranslate() override;

private:
    void renderDiagnostics();

    const std::unique_ptr<Ui::AdminPanelPage> m_ui;
    QString m_report;
};

} // namespace LeoKiosk::Gui
