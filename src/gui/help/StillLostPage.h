#pragma once

#include "gui/KioskPage.h"

#include <memory>

namespace Ui {
class StillLostPage;
}

namespace LeoKiosk::Gui {

// "Vous êtes toujours perdu ?": the ENT's guide in LEO's words, step by step, readable offline in large text (what
// to have, how to ask for a code, the password rule, security advice), and a QR code of the online help page. The guide
// is as tall as its text and scrolls with the page (KioskPage's template); it takes the focus, and the arrow keys,
// Page Up/Down, Home and End on it scroll the page.
class StillLostPage final : public KioskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StillLostPage)

public:
    explicit StillLostPage(QWidget* parent = nullptr);
    ~StillLostPage() override;

    // The online help page (config help_url): a public address, shown as a QR code and as text.
    void setHelpUrl(const QString& url);
    void resetPage() override;
    QWidget* initialFocusWidget() const override;

Q_SIGNALS:
    void homeRequested();

protected:
    void retranslate() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void renderGuide();
    void fitGuide();

    const std::unique_ptr<Ui::StillLostPage> m_ui;
    QString m_helpUrl;
};

} // namespace LeoKiosk::Gui
