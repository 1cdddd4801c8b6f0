#include "gui/MainWindow.h"
#include "ui_MainWindow.h"

#include "core/ent/EntClient.h"
#include "core/i18n/LanguageManager.h"
#include "core/session/KioskSession.h"
#include "gui/account/AccountPage.h"
#include "gui/account/ForcedPasswordPage.h"
#include "gui/account/TermsPage.h"
#include "gui/help/ActivationPage.h"
#include "gui/help/AssistancePage.h"
#include "gui/help/ForgotPasswordPage.h"
#include "gui/help/HelpPage.h"
#include "gui/help/LostIdentifierPage.h"
#include "gui/help/NewPasswordPage.h"
#include "gui/help/ResetCodePage.h"
#include "gui/help/StillLostPage.h"
#include "gui/signin/LoginPage.h"
#include "gui/signin/SignedInPage.h"
#include "gui/widgets/EntStatusBanner.h"
#include "gui/widgets/ReadAloudButton.h"
#include "gui/widgets/Wordmark.h"

#include <QEvent>
#include <QGuiApplication>

#include <utility>

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int logoHeight = 40;

// A widget Tab stops on by itself (one with a focus proxy hands the focus on to it).
bool isTabStop(const QWidget* widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy();
}

} // namespace

MainWindow::MainWindow(KioskSession& session, LanguageManager& languages, Qt::WindowFlags flags, QWidget* parent)
    : QMainWindow(parent, flags)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_languages(languages)
    , m_clipboardGuard(QGuiApplication::clipboard())
    , m_loginPage(new LoginPage(session, this))
{
    m_ui->setupUi(this);
    m_ui->wordmark->setLogoHeight(logoHeight);
    m_entStatusBanner = new EntStatusBanner(m_session.reachability(), m_ui->centralWidget);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->pageStackedWidget), m_entStatusBanner);

    const QString siteName = m_session.config().siteName;
    m_ui->siteNameLabel->setText(siteName);
    setWindowTitle(siteName.isEmpty() ? u"LEO"_s : u"LEO – %1"_s.arg(siteName));

    addPage(m_loginPage);
    connectLoginPage();

    // Created after the login page so that, in the focus chain, the switch comes after its fields (identifier → … →
    // CONNEXION → Français → English); the pages built later are placed before it (placeInFocusChain).
    m_ui->languageSwitch->setLanguages(m_languages.available());
    applyLanguage(m_languages.current());
    connect(m_ui->languageSwitch, &LanguageSwitch::languageChosen, this, &MainWindow::chooseLanguage);
    connect(&m_languages, &LanguageManager::languageChanged, this, &MainWindow::applyLanguage);

    connect(&m_session, &KioskSession::signedIn, this, [this](const UserInfo& user) {
        signedInPage()->showUser(user);
        showAfterSignIn();
    });
    connect(&m_session, &KioskSession::ended, this, &MainWindow::resetAllPages);
    connect(&m_session, &KioskSession::lapsed, this, &MainWindow::showSessionLapsed);

    // « Écouter »: absent until the engine has a voice for the language; silent as soon as the screen changes.
    updateReadAloudButton();
    connect(&m_readAloud, &ReadAloud::voicesChanged, this, &MainWindow::updateReadAloudButton);
    connect(&m_readAloud, &ReadAloud::speakingChanged, m_ui->readAloudButton, &ReadAloudButton::setSpeaking);
    connect(m_ui->readAloudButton, &QAbstractButton::clicked, this, &MainWindow::readCurrentPageAloud);
    connect(m_ui->pageStackedWidget, &QStackedWidget::currentChanged, &m_readAloud, &ReadAloud::stop);

    showPage(m_loginPage);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(KioskPage* page)
{
    m_ui->pageStackedWidget->addWidget(page);
    m_pages.append(page);
    EasyReadPanel::shareSetting(page, &m_easyRead);
}

void MainWindow::showPage(KioskPage* page)
{
    m_ui->pageStackedWidget->setCurrentWidget(page);
    QWidget* focus = page->initialFocusWidget();
    // With « Facile à lire » on, a screen opens at its steps: the focus on the switch above them (the page scrolls to
    // keep it in view), the first input a Tab further.
    if (const auto* easyRead = page->findChild<EasyReadPanel*>(); easyRead && m_easyRead.isOn())
        focus = easyRead->switchButton();
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

KioskPage* MainWindow::currentPage() const
{
    return qobject_cast<KioskPage*>(m_ui->pageStackedWidget->currentWidget());
}

void MainWindow::resetAllPages()
{
    m_readAloud.stop();
    m_signInNotice = SignInNotice::None;
    m_handedOverLogin.clear();
    m_resetLogin.clear();
    m_easyRead.setOn(false);
    for (KioskPage* page : std::as_const(m_pages))
        page->resetPage();
    m_clipboardGuard.wipe();
    m_languages.resetToDefault();
    showPage(m_loginPage);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QMainWindow::changeEvent(event);
}

void MainWindow::chooseLanguage(const QString& language)
{
    if (!m_languages.setLanguage(language))
        m_ui->languageSwitch->setCurrentLanguage(m_languages.current());
}

void MainWindow::applyLanguage(const QString& language)
{
    // Arabic mirrors the whole window; the fields of identifiers, codes, addresses and passwords stay left to right
    // (KioskPage::adoptForm).
    QGuiApplication::setLayoutDirection(LanguageManager::layoutDirection(language));
    m_session.setLanguage(language);
    m_ui->languageSwitch->setCurrentLanguage(language);
    m_readAloud.stop();
    updateReadAloudButton();
}

void MainWindow::updateReadAloudButton()
{
    // Hidden, it leaves the focus chain and the screen reader's view (a focus it had goes on to the next stop).
    m_ui->readAloudButton->setVisible(m_readAloud.hasVoice(m_languages.current()));
}

void MainWindow::readCurrentPageAloud()
{
    if (m_ui->readAloudButton->isSpeaking()) {
        m_readAloud.stop();
        return;
    }
    const KioskPage* page = currentPage();
    if (!page)
        return;
    QStringList secrets = page->privateTexts();
    if (m_session.isSignedIn())
        secrets.append(m_session.user().login);
    m_readAloud.say(ReadAloud::redacted(page->spokenText(), secrets), m_languages.current());
}

void MainWindow::placeInFocusChain(const KioskPage* page)
{
    // The chain runs through the window's widgets in the order they were made. The pages built with the window come
    // before its header (made by setupUi), the banner and the language switch; this one was appended after them.
    QWidget* previous = m_ui->centralWidget->previousInFocusChain();
    while (previous != this && !isTabStop(previous))
        previous = previous->previousInFocusChain();
    if (previous == this)
        return;
    QList<QWidget*> stops;
    for (QWidget* widget = nextInFocusChain(); widget != this; widget = widget->nextInFocusChain()) {
        if (page->isAncestorOf(widget) && isTabStop(widget))
            stops.append(widget);
    }
    for (QWidget* stop : std::as_const(stops)) {
        QWidget::setTabOrder(previous, stop);
        previous = stop;
    }
}

void MainWindow::connectLoginPage()
{
    m_loginPage->setHelpAvailable(true);
    connect(m_loginPage, &LoginPage::helpRequested, this, [this] { showPage(helpPage()); });
    connect(m_loginPage, &LoginPage::resetCodeEntered, this, &MainWindow::openNewPassword);
    connect(m_loginPage, &LoginPage::activationCodeEntered, this, [this](const QString& login, const QString& code) {
        activationPage()->open(login, code);
        showPage(activationPage());
    });
}

const MainWindow::LostPasswordScreens& MainWindow::lostPasswordScreens()
{
    built(m_lostPassword.help, &MainWindow::connectHelp);
    built(m_lostPassword.forgotPassword, &MainWindow::connectForgotPassword);
    built(m_lostPassword.resetCode, &MainWindow::connectResetCode);
    built(m_lostPassword.newPassword, &MainWindow::connectNewPassword);
    return m_lostPassword;
}

template <typename Page> void MainWindow::addHelpScreen(Page* page)
{
    m_helpPages.append(page);
    connect(page, &Page::homeRequested, this, &MainWindow::leaveHelp);
}

QString MainWindow::helpUrl() const
{
    // help_url is checked by ConfigLoader (a public https address); only that address ever goes into a QR code.
    return m_session.config().helpUrl.toString(QUrl::FullyEncoded);
}

void MainWindow::connectHelp(HelpPage* page)
{
    addHelpScreen(page);
    connect(page, &HelpPage::topicChosen, this, &MainWindow::openHelpTopic);
}

void MainWindow::connectForgotPassword(ForgotPasswordPage* page)
{
    addHelpScreen(page);
    connect(page, &ForgotPasswordPage::codeReceived, this, &MainWindow::openResetCode);
}

void MainWindow::connectResetCode(ResetCodePage* page)
{
    addHelpScreen(page);
    connect(page, &ResetCodePage::newCodeRequested, this, &MainWindow::openForgotPassword);
    connect(page, &ResetCodePage::codeMatched, this, &MainWindow::openNewPassword);
}

void MainWindow::connectNewPassword(NewPasswordPage* page)
{
    addHelpScreen(page);
    connect(page, &NewPasswordPage::passwordReset, this, [this](const QString& login) {
        if (!m_handedOverLogin.isEmpty() && login == m_handedOverLogin) {
            // The journal counts resets completed with an adult's code (never the login).
            EntResult done;
            done.status = EntStatus::Ok;
            m_session.client().reportFlow(EntClient::Flow::StaffCodeReset, done);
        }
        m_handedOverLogin.clear();
        m_resetLogin = login;
        returnToLogin(login, &NewPasswordPage::successMessage);
    });
}

void MainWindow::connectLostIdentifier(LostIdentifierPage* page)
{
    addHelpScreen(page);
}

void MainWindow::connectStillLost(StillLostPage* page)
{
    page->setHelpUrl(helpUrl());
    addHelpScreen(page);
}

void MainWindow::connectAssistance(AssistancePage* page)
{
    page->setContacts(m_session.config().supportContacts, helpUrl());
    addHelpScreen(page);
    connect(page, &AssistancePage::receivedCodeRequested, this, [this] { openResetCode(QString()); });
}

void MainWindow::connectActivation(ActivationPage* page)
{
    addHelpScreen(page);
    connect(page, &ActivationPage::activated, this,
            [this](const QString& login) { returnToLogin(login, &ActivationPage::activatedMessage); });
}

void MainWindow::openHelpTopic(HelpPage::Topic topic)
{
    switch (topic) {
    case HelpPage::Topic::LostPassword:
        return openForgotPassword(QString());
    case HelpPage::Topic::ReceivedCode:
        return openResetCode(QString());
    case HelpPage::Topic::LostIdentifier:
        return openMoreHelp(lostIdentifierPage());
    case HelpPage::Topic::StillLost:
        return openMoreHelp(stillLostPage());
    case HelpPage::Topic::Assistance:
        return openMoreHelp(assistancePage());
    }
}

void MainWindow::openForgotPassword(const QString& login)
{
    ForgotPasswordPage* page = forgotPasswordPage();
    page->open(login);
    showPage(page);
}

void MainWindow::openResetCode(const QString& login)
{
    ResetCodePage* page = resetCodePage();
    page->open(login);
    showPage(page);
}

void MainWindow::openNewPassword(const QString& login, const QString& code)
{
    NewPasswordPage* page = newPasswordPage();
    page->open(login, code);
    showPage(page);
}

void MainWindow::leaveHelp()
{
    for (KioskPage* page : std::as_const(m_helpPages))
        page->resetPage();
    showPage(m_loginPage);
}

void MainWindow::returnToLogin(const QString& login, std::function<QString()> message)
{
    const QString identifier = login; // the signal's argument may live in a page that leaveHelp() wipes
    leaveHelp();
    m_loginPage->resetPage();
    m_loginPage->setIdentifier(identifier);
    m_loginPage->showInfo(std::move(message));
    showPage(m_loginPage); // the focus goes to the password field, the identifier being there
}

void MainWindow::openMoreHelp(KioskPage* page)
{
    page->resetPage();
    showPage(page);
}

void MainWindow::connectSignedIn(SignedInPage* page)
{
    connect(page, &SignedInPage::accountRequested, this, [this] {
        accountPage()->open();
        showPage(m_accountPage);
    });
    connect(page, &SignedInPage::helpPupilRequested, this, [this] {
        if (!m_session.user().isAdult())
            return;
        helpPupilPage()->open(m_session.user());
        showPage(m_helpPupilPage);
    });
}

void MainWindow::connectHelpPupil(HelpPupilPage* page)
{
    connect(page, &HelpPupilPage::backRequested, this, [this] {
        m_helpPupilPage->resetPage();
        showPage(signedInPage());
    });
    connect(page, &HelpPupilPage::handOverRequested, this, &MainWindow::handOverToPupil);
}

void MainWindow::handOverToPupil(const QString& login)
{
    const QString identifier = login; // the argument may live in a page that end() wipes
    m_session.end(KioskSession::EndReason::Logout); // cookies, tokens, every page (the adult's names, the class list)
    m_handedOverLogin = identifier;
    openResetCode(identifier);
}

void MainWindow::connectAccount(AccountPage* page)
{
    connect(page, &AccountPage::recoveryAddressOffered, this, [this] {
        if (currentPage() == signedInPage())
            showPage(m_accountPage);
    });
    connect(page, &AccountPage::backRequested, this, [this] {
        m_accountPage->resetPage();
        showPage(signedInPage());
    });
}

void MainWindow::connectForcedPassword(ForcedPasswordPage* page)
{
    connect(page, &ForcedPasswordPage::passwordChanged, this, &MainWindow::showForcedPasswordChanged);
}

void MainWindow::connectTerms(TermsPage* page)
{
    connect(page, &TermsPage::accepted, this, &MainWindow::showSignedIn);
}

void MainWindow::showAfterSignIn()
{
    m_signInNotice = SignInNotice::None; // said and done: signed in again
    if (m_session.requirements().forceChangePassword) {
        forcedPasswordPage()->open();
        return showPage(m_forcedPasswordPage);
    }
    if (m_session.requirements().needRevalidateTerms) {
        termsPage()->resetPage();
        return showPage(m_termsPage);
    }
    showSignedIn();
}

void MainWindow::showSignedIn()
{
    showPage(signedInPage());
    // After a reset (by e-mailed code or an adult's code), an account without a verified personal e-mail is offered
    // to add one (the ENT guide's advice): Mon compte's recovery address, once the ENT has said there is none.
    const QString reset = std::exchange(m_resetLogin, QString());
    if (!reset.isEmpty() && reset.compare(m_session.user().login, Qt::CaseInsensitive) == 0)
        accountPage()->offerRecoveryAddress();
}

void MainWindow::showSessionLapsed(const QString& login)
{
    // After resetAllPages(): what was typed is gone with the session, but the identifier, to sign in again.
    m_loginPage->setIdentifier(login);
    m_loginPage->showInfo([] {
        //: On the sign-in screen when the ENT has ended the session (expired, or ended elsewhere)
        return tr("Your session on the ENT has ended. Sign in again to go on.");
    });
    showPage(m_loginPage);
    m_signInNotice = SignInNotice::SessionLapsed;
}

void MainWindow::showForcedPasswordChanged(const QString& login)
{
    const QString identifier = login; // the argument may live in the session that end() wipes
    // The ENT has ended every session of the account (ENT protocol §13.9): ours is wiped too, then the pupil signs in again.
    m_session.end(KioskSession::EndReason::Logout);
    m_loginPage->setIdentifier(identifier);
    m_loginPage->showInfo(&ForcedPasswordPage::successMessage);
    showPage(m_loginPage);
    m_signInNotice = SignInNotice::PasswordChanged;
}

void MainWindow::showSignInNotice(SignInNotice notice)
{
    switch (notice) {
    case SignInNotice::None:
        return;
    case SignInNotice::SessionLapsed:
        return showSessionLapsed({});
    case SignInNotice::PasswordChanged:
        m_loginPage->showInfo(&ForcedPasswordPage::successMessage);
        showPage(m_loginPage);
        m_signInNotice = notice;
        return;
    }
}

} // namespace LeoKiosk::Gui
