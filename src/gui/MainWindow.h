#pragma once

#include "gui/ClipboardGuard.h"
#include "gui/help/HelpPage.h"

#include <QList>
#include <QMainWindow>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace LeoKiosk {
class KioskSession;
class LanguageManager;
}

namespace LeoKiosk::Gui {

class AccountPage;
class ForcedPasswordPage;
class ActivationPage;
class AssistancePage;
class EntStatusBanner;
class ForgotPasswordPage;
class KioskPage;
class LoginPage;
class LostIdentifierPage;
class NewPasswordPage;
class ResetCodePage;
class SignedInPage;
class StillLostPage;
class TermsPage;

// The kiosk's one window: a header (LEO, the site's name, the language switch) over a stack of pages. Follows the
// session: the signed-in page on KioskSession::signedIn, and on KioskSession::ended the GUI half of the wipe
// (resetAllPages) back to the login page. Leads the pupil through the help screens, whose pages only say what was
// chosen. The look comes from :/styles/kiosk.qss, set on the application by main().
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(KioskSession& session, LanguageManager& languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Puts a page in the stack (the window takes ownership); it is reset with the others from then on.
    void addPage(KioskPage* page);
    void showPage(KioskPage* page);
    KioskPage* currentPage() const;

    LoginPage* loginPage() const { return m_loginPage; }
    SignedInPage* signedInPage() const { return m_signedInPage; }
    HelpPage* helpPage() const { return m_helpPage; }
    ForgotPasswordPage* forgotPasswordPage() const { return m_forgotPasswordPage; }
    ResetCodePage* resetCodePage() const { return m_resetCodePage; }
    NewPasswordPage* newPasswordPage() const { return m_newPasswordPage; }
    LostIdentifierPage* lostIdentifierPage() const { return m_lostIdentifierPage; }
    StillLostPage* stillLostPage() const { return m_stillLostPage; }
    AssistancePage* assistancePage() const { return m_assistancePage; }
    ActivationPage* activationPage() const { return m_activationPage; }
    AccountPage* accountPage() const { return m_accountPage; }
    ForcedPasswordPage* forcedPasswordPage() const { return m_forcedPasswordPage; }
    TermsPage* termsPage() const { return m_termsPage; }
    EntStatusBanner* entStatusBanner() const { return m_entStatusBanner; }

public Q_SLOTS:
    // Every page wiped, the clipboard emptied of what we put there, the default language, the login page with the
    // focus in the identifier field.
    void resetAllPages();
    // The screen of a help topic, as "Besoin d'aide ?" opens it (also the attract screen's "Forgot your password?").
    void openHelpTopic(HelpPage::Topic topic);

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseLanguage(const QString& language);
    void applyLanguage(const QString& language);

    void connectHelpScreens();
    void openForgotPassword(const QString& login);
    void openResetCode(const QString& login);
    void openNewPassword(const QString& login, const QString& code);
    // Back to the login screen from any help screen; the help screens forget what was typed there.
    void leaveHelp();
    // Back to the login screen once a help flow is done: the help screens wiped, the identifier filled in, and the
    // flow's last word (rendered again after each language change).
    void returnToLogin(const QString& login, std::function<QString()> message);
    // Lost identifier, still lost, assistance, first-time activation: created and connected here.
    void connectMoreHelpScreens();
    void openMoreHelp(KioskPage* page);

    // Mon compte and the steps the ENT requires after sign-in.
    void connectAccount();
    // The forced password change, then the terms, then the signed-in page.
    void showAfterSignIn();
    void showForcedPasswordChanged(const QString& login);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    KioskSession& m_session;
    LanguageManager& m_languages;
    const ClipboardGuard m_clipboardGuard;
    QList<KioskPage*> m_pages;
    LoginPage* const m_loginPage;
    SignedInPage* const m_signedInPage;
    HelpPage* const m_helpPage;
    ForgotPasswordPage* const m_forgotPasswordPage;
    ResetCodePage* const m_resetCodePage;
    NewPasswordPage* const m_newPasswordPage;
    LostIdentifierPage* m_lostIdentifierPage = nullptr;
    StillLostPage* m_stillLostPage = nullptr;
    AssistancePage* m_assistancePage = nullptr;
    ActivationPage* m_activationPage = nullptr;
    QList<KioskPage*> m_helpPages; // every screen leaveHelp() wipes
    AccountPage* m_accountPage = nullptr;
    ForcedPasswordPage* m_forcedPasswordPage = nullptr;
    TermsPage* m_termsPage = nullptr;
    EntStatusBanner* m_entStatusBanner = nullptr;
};

} // namespace LeoKiosk::Gui
