#pragma once

#include "gui/KioskPage.h"

#include <memory>

namespace Ui {
class AttractPage;
}

namespace LeoKiosk::Gui {

// The welcome screen of a touch kiosk while nobody uses it (attract_screen): the school's name, the LEO logo and
// two big buttons, "Sign in" and "Forgot your password?". The page only says which was chosen.
class AttractPage final : public KioskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttractPage)

public:
    explicit AttractPage(QWidget* parent = nullptr);
    ~AttractPage() override;

    void resetPage() override;
    QWidget* initialFocusWidget() const override;

    void setSiteName(const QString& siteName);

Q_SIGNALS:
    void signInRequested();
    void lostPasswordRequested();

protected:
    void retranslate() override;

private:
    const std::unique_ptr<Ui::AttractPage> m_ui;
};

} // namespace LeoKiosk::Gui
