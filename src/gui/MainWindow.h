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
// chosen. The look comes from :/styles/kiosk.qss, set on the application by App::KioskApplication.
//
// Only the login page is built with the window. Every other page is built the first time it is needed: shown, or
// asked for through its getter (which builds it). The four screens of a lost password (help, forgotten password,
// reset code, new password) hand the pupil on to one another, on the ENT's answers too, and are built together.
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
    SignedInPage* signedInPage();
    HelpPage* helpPage();
    ForgotPasswordPage* forgotPasswordPage();
    ResetCodePage* resetCodePage();
    NewPasswordPage* newPasswordPage();
    LostIdentifierPage* lostIdentifierPage();
    StillLostPage* stillLostPage();
    AssistancePage* assistancePage();
    ActivationPage* activationPage();
    AccountPage* accountPage();
    ForcedPasswordPage* forcedPasswordPage();
    TermsPage* termsPage();
    EntStatusBanner* entStatusBanner() const { return m_entStatusBanner; }

public Q_SLOTS:
    // Every page built so far wiped, the clipboard emptied of what we put there, the default language, the login
    // page with the focus in the identifier field.
    void resetAllPages();
    // The screen of a help topic, as "Besoin d'aide ?" opens it (also the attract screen's "Forgot your password?").
    void openHelpTopic(HelpPage::Topic topic);

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseLanguage(const QString& language);
    void applyLanguage(const QString& language);

    // The page in `page`, built, added, placed in the focus chain and connected by `connectPage` the first time.
    template <typename Page> Page* built(Page*& page, void (MainWindow::*connectPage)(Page*));
    // A page built after the window takes the place in the focus chain it would have had if built with it: after
    // the pages built before it, before the banner and the language switch (identifier → … → CONNEXION →
    // Français → English).
    void placeInFocusChain(const KioskPage* page);

    void connectLoginPage();
    void buildLostPasswordScreens();
    void connectHelpPage(HelpPage* page);
    void connectForgotPasswordPage(ForgotPasswordPage* page);
    void connectResetCodePage(ResetCodePage* page);
    void connectNewPasswordPage(NewPasswordPage* page);
    void connectLostIdentifierPage(LostIdentifierPage* page);
    void connectStillLostPage(StillLostPage* page);
    void connectAssistancePage(AssistancePage* page);
    void connectActivationPage(ActivationPage* page);
    // A screen of "Besoin d'aide ?": wiped by leaveHelp(), and its home button leads there.
    template <typename Page> void addHelpScreen(Page* page);
    QString helpUrl() const;

    void openForgotPassword(const QString& login);
    void openResetCode(const QString& login);
    void openNewPassword(const QString& login, const QString& code);
    // Back to the login screen from any help screen; the help screens forget what was typed there.
    void leaveHelp();
    // Back to the login screen once a help flow is done: the help screens wiped, the identifier filled in, and the
    // flow's last word (rendered again after each language change).
    void returnToLogin(const QString& login, std::function<QString()> message);
    void openMoreHelp(KioskPage* page);

    // Mon compte and the steps the ENT requires after sign-in.
    void connectSignedInPage(SignedInPage* page);
    void connectAccountPage(AccountPage* page);
    void connectForcedPasswordPage(ForcedPasswordPage* page);
    void connectTermsPage(TermsPage* page);
    // The forced password change, then the terms, then the signed-in page.
    void showAfterSignIn();
    void showForcedPasswordChanged(const QString& login);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    KioskSession& m_session;
    LanguageManager& m_languages;
    const ClipboardGuard m_clipboardGuard;
    QList<KioskPage*> m_pages;      // every page built so far, in the stack
    QList<KioskPage*> m_helpPages;  // the help screens built so far: what leaveHelp() wipes
    LoginPage* const m_loginPage;
    SignedInPage* m_signedInPage = nullptr;
    HelpPage* m_helpPage = nullptr;
    ForgotPasswordPage* m_forgotPasswordPage = nullptr;
    ResetCodePage* m_resetCodePage = nullptr;
    NewPasswordPage* m_newPasswordPage = nullptr;
    LostIdentifierPage* m_lostIdentifierPage = nullptr;
    StillLostPage* m_stillLostPage = nullptr;
    AssistancePage* m_assistancePage = nullptr;
    ActivationPage* m_activationPage = nullptr;
    AccountPage* m_accountPage = nullptr;
    ForcedPasswordPage* m_forcedPasswordPage = nullptr;
    TermsPage* m_termsPage = nullptr;
    EntStatusBanner* m_entStatusBanner = nullptr;
};

} // namespace LeoKiosk::Gui
