#pragma once

#include "core/speech/ReadAloud.h"
#include "gui/account/AccountPage.h"
#include "gui/account/ForcedPasswordPage.h"
#include "gui/account/HelpPupilPage.h"
#include "gui/account/TermsPage.h"
#include "gui/ClipboardGuard.h"
#include "gui/help/ActivationPage.h"
#include "gui/help/AssistancePage.h"
#include "gui/help/ForgotPasswordPage.h"
#include "gui/help/HelpPage.h"
#include "gui/help/LostIdentifierPage.h"
#include "gui/help/NewPasswordPage.h"
#include "gui/help/ResetCodePage.h"
#include "gui/help/StillLostPage.h"
#include "gui/signin/SignedInPage.h"
#include "gui/widgets/EasyReadPanel.h"

#include <QList>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <type_traits>

namespace Ui {
class MainWindow;
}

namespace LeoKiosk {
class KioskSession;
class LanguageManager;
}

namespace LeoKiosk::Gui {

class EntStatusBanner;
class KioskPage;
class LoginPage;

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
    // flags: the window's flags from the start (KioskGuard::windowFlags()); changed later, they would re-polish
    // every widget already built.
    explicit MainWindow(KioskSession& session, LanguageManager& languages, Qt::WindowFlags flags = {},
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    // Puts a page in the stack (the window takes ownership); it is reset with the others from then on.
    void addPage(KioskPage* page);
    void showPage(KioskPage* page);
    KioskPage* currentPage() const;

    LoginPage* loginPage() const { return m_loginPage; }
    // « Facile à lire »: one choice for every screen that offers it, off again after every wipe.
    EasyReadSetting& easyReadSetting() { return m_easyRead; }
    SignedInPage* signedInPage() { return built(m_signedInPage, &MainWindow::connectSignedIn); }
    HelpPage* helpPage() { return lostPasswordScreens().help; }
    ForgotPasswordPage* forgotPasswordPage() { return lostPasswordScreens().forgotPassword; }
    ResetCodePage* resetCodePage() { return lostPasswordScreens().resetCode; }
    NewPasswordPage* newPasswordPage() { return lostPasswordScreens().newPassword; }
    LostIdentifierPage* lostIdentifierPage() { return built(m_lostIdentifierPage, &MainWindow::connectLostIdentifier); }
    StillLostPage* stillLostPage() { return built(m_stillLostPage, &MainWindow::connectStillLost); }
    AssistancePage* assistancePage() { return built(m_assistancePage, &MainWindow::connectAssistance); }
    ActivationPage* activationPage() { return built(m_activationPage, &MainWindow::connectActivation); }
    AccountPage* accountPage() { return built(m_accountPage, &MainWindow::connectAccount); }
    HelpPupilPage* helpPupilPage() { return built(m_helpPupilPage, &MainWindow::connectHelpPupil); }
    ForcedPasswordPage* forcedPasswordPage() { return built(m_forcedPasswordPage, &MainWindow::connectForcedPassword); }
    TermsPage* termsPage() { return built(m_termsPage, &MainWindow::connectTerms); }
    EntStatusBanner* entStatusBanner() const { return m_entStatusBanner; }
    // « Écouter »: the engine is started by App::KioskApplication once the window is up (ReadAloud::start); the button
    // shows only where the current language has a voice. It stops on every change of page, on the wipe and on a new
    // language.
    ReadAloud& readAloud() { return m_readAloud; }

    // What the sign-in screen says after a session the ENT ended, or after the forced password change ended it: the
    // one thing restart_on_logout carries over to the next process (App::KioskApplication), never whose session it was.
    // None once anything else wipes the pages.
    enum class SignInNotice { None, SessionLapsed, PasswordChanged };
    SignInNotice signInNotice() const { return m_signInNotice; }
    void showSignInNotice(SignInNotice notice);

public Q_SLOTS:
    // Every page built so far wiped, the clipboard emptied of what we put there, the default language, easy-read off,
    // the login page with the focus in the identifier field.
    void resetAllPages();
    // The screen of a help topic, as "Besoin d'aide ?" opens it (also the attract screen's "Forgot your password?").
    void openHelpTopic(HelpPage::Topic topic);

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseLanguage(const QString& language);
    // « Écouter » pressed: the current page's spokenText(), without its privateTexts() nor the signed-in login
    // (ReadAloud::redacted), in the current language; pressed while reading, it stops.
    void readCurrentPageAloud();
    void updateReadAloudButton();
    void applyLanguage(const QString& language);

    // The page in `page`, built (with the session if it takes one), added, placed in the focus chain and connected
    // by `connectPage` the first time.
    template <typename Page> Page* built(Page*& page, void (MainWindow::*connectPage)(Page*))
    {
        if (!page) {
            // Built in the language shown (its texts are translated as it is set up), then retranslated with the rest.
            if constexpr (std::is_constructible_v<Page, KioskSession&, QWidget*>)
                page = new Page(m_session, this);
            else
                page = new Page(this);
            addPage(page);
            placeInFocusChain(page);
            (this->*connectPage)(page);
        }
        return page;
    }
    // A page built after the window takes the place in the focus chain it would have had if built with it: after
    // the pages built before it, before the banner and the language switch (identifier → … → CONNEXION →
    // Français → English).
    void placeInFocusChain(const KioskPage* page);

    void connectLoginPage();
    struct LostPasswordScreens
    {
        HelpPage* help = nullptr;
        ForgotPasswordPage* forgotPassword = nullptr;
        ResetCodePage* resetCode = nullptr;
        NewPasswordPage* newPassword = nullptr;
    };
    // Built together the first time one of them is needed.
    const LostPasswordScreens& lostPasswordScreens();
    void connectHelp(HelpPage* page);
    void connectForgotPassword(ForgotPasswordPage* page);
    void connectResetCode(ResetCodePage* page);
    void connectNewPassword(NewPasswordPage* page);
    void connectLostIdentifier(LostIdentifierPage* page);
    void connectStillLost(StillLostPage* page);
    void connectAssistance(AssistancePage* page);
    void connectActivation(ActivationPage* page);
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
    void connectSignedIn(SignedInPage* page);
    void connectAccount(AccountPage* page);
    void connectHelpPupil(HelpPupilPage* page);
    // "Passer la main à l'élève": the adult's session ends with the full wipe, then « J'ai reçu un code » for the pupil.
    void handOverToPupil(const QString& login);
    void connectForcedPassword(ForcedPasswordPage* page);
    void connectTerms(TermsPage* page);
    // The forced password change, then the terms, then the signed-in page.
    void showAfterSignIn();
    void showSignedIn(); // the signed-in screen, and the recovery-address offer after a reset
    void showForcedPasswordChanged(const QString& login);
    void showSessionLapsed(const QString& login); // KioskSession::lapsed: back to sign-in, the identifier kept

    const std::unique_ptr<Ui::MainWindow> m_ui;
    KioskSession& m_session;
    LanguageManager& m_languages;
    const ClipboardGuard m_clipboardGuard;
    ReadAloud m_readAloud;
    SignInNotice m_signInNotice = SignInNotice::None;
    QList<KioskPage*> m_pages;      // every page built so far, in the stack
    QList<KioskPage*> m_helpPages;  // the help screens built so far: what leaveHelp() wipes
    LoginPage* const m_loginPage;
    SignedInPage* m_signedInPage = nullptr;
    LostPasswordScreens m_lostPassword;
    LostIdentifierPage* m_lostIdentifierPage = nullptr;
    StillLostPage* m_stillLostPage = nullptr;
    AssistancePage* m_assistancePage = nullptr;
    ActivationPage* m_activationPage = nullptr;
    AccountPage* m_accountPage = nullptr;
    HelpPupilPage* m_helpPupilPage = nullptr;
    QString m_handedOverLogin; // the pupil an adult's code was handed to: their reset is counted as such
    QString m_resetLogin;      // the account whose password was just reset: offered a recovery address once signed in
    ForcedPasswordPage* m_forcedPasswordPage = nullptr;
    TermsPage* m_termsPage = nullptr;
    EntStatusBanner* m_entStatusBanner = nullptr;
    EasyReadSetting m_easyRead; // every page's EasyReadPanel follows it (addPage)
};

} // namespace LeoKiosk::Gui
