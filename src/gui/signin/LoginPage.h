#pragma once

#include "gui/KioskPage.h"

#include <functional>
#include <memory>

namespace Ui {
class LoginPage;
}

namespace LeoKiosk {
class KioskSession;
struct LoginResult;
}

namespace LeoKiosk::Gui {

class CapsLockWatcher;

// "Connexion": identifier, password, "Se souvenir de moi" where IT allows it, CONNEXION. Signs in through
// KioskSession only, shows its failures in the ENT's wording, and keeps what the pupil typed when the failure is
// not theirs (network, server). Wiped by resetPage() and after every successful sign-in.
class LoginPage final : public KioskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginPage)

public:
    explicit LoginPage(KioskSession& session, QWidget* parent = nullptr);
    ~LoginPage() override;

    void resetPage() override;
    QWidget* initialFocusWidget() const override;
    bool isAtRest() const override; // nothing typed (a remembered identifier is not typing)

    // A neutral or success message from a flow that comes back to this screen. render() is called again after
    // each language change.
    void showInfo(std::function<QString()> render);
    // The identifier of a pupil coming back from another screen (their password was just reset).
    void setIdentifier(const QString& login);
    // "Besoin d'aide ?" is shown only where the help screens are there to open (hidden by default).
    void setHelpAvailable(bool available);

public Q_SLOTS:
    void signIn();

Q_SIGNALS:
    void helpRequested();
    // The password field held a reset code (ENT protocol §3.2) or a pending activation code: later screens take over.
    void resetCodeEntered(const QString& login, const QString& code);
    // activationCode: what was typed in the password field, for the activation screen (ENT protocol §3.2).
    void activationCodeEntered(const QString& login, const QString& activationCode);

protected:
    void retranslate() override;

private:
    void clearForm();
    void setBusy(bool busy);
    void showFailure(const LoginResult& result);
    void showMissingField();
    void fillRememberedIdentifier(const QString& login);
    void showCapsLockWarning(bool on);
    void updateSignInButton();

    const std::unique_ptr<Ui::LoginPage> m_ui;
    KioskSession& m_session;
    CapsLockWatcher* const m_capsLock;
    bool m_busy = false;
    QString m_rememberedIdentifier; // desktop profile: what the keychain gave, which is no one's typing
};

} // namespace LeoKiosk::Gui
