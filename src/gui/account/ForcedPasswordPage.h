#pragma once

#include "gui/KioskPage.h"
#include "gui/widgets/NewPasswordForm.h"

#include <memory>

namespace Ui {
class ForcedPasswordPage;
}

namespace LeoKiosk {
class KioskSession;
struct EntResult;
}

namespace LeoKiosk::Gui {

// Shown right after sign-in when the ENT requires a new password (requirements().forceChangePassword): the current
// password, the new one twice and the live checklist, sent with forceChange=force (ENT protocol §13.9). On success the
// ENT ends every session; passwordChanged() lets the window end ours and show the login page.
class ForcedPasswordPage final : public KioskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForcedPasswordPage)

public:
    explicit ForcedPasswordPage(KioskSession& session, QWidget* parent = nullptr);
    ~ForcedPasswordPage() override;

    void open();
    void resetPage() override;
    QWidget* initialFocusWidget() const override;

    // For the login screen once the forced change is done.
    static QString successMessage();

Q_SIGNALS:
    void passwordChanged(const QString& login);

protected:
    void retranslate() override;

private:
    void submit();
    static QString changeButtonText(bool busy);

    const std::unique_ptr<Ui::ForcedPasswordPage> m_ui;
    KioskSession& m_session;
    NewPasswordForm m_passwordForm;
};

} // namespace LeoKiosk::Gui
