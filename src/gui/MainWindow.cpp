#include "gui/MainWindow.h"
#include "ui_MainWindow.h"

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
#include "gui/widgets/Wordmark.h"

#include <QEvent>
#include <QGuiApplication>

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int logoHeight = 40;
}

MainWindow::MainWindow(KioskSession& session, LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_languages(languages)
    , m_clipboardGuard(QGuiApplication::clipboard())
    , m_loginPage(new LoginPage(session, this))
    , m_signedInPage(new SignedInPage(session, this))
    , m_helpPage(new HelpPage(this))
    , m_forgotPasswordPage(new ForgotPasswordPage(session, this))
    , m_resetCodePage(new ResetCodePage(session, this))
    , m_newPasswordPage(new NewPasswordPage(session, this))
    , m_helpPages{m_helpPage, m_forgotPasswordPage, m_resetCodePage, m_newPasswordPage}
{
    m_ui->setupUi(this);
    showWordmark(m_ui->logoSvgWidget, logoHeight);
    m_entStatusBanner = new EntStatusBanner(m_session.reachability(), m_ui->centralWidget);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->pageStackedWidget), m_entStatusBanner);

    const QString siteName = m_session.config().siteName;
    m_ui->siteNameLabel->setText(siteName);
    setWindowTitle(siteName.isEmpty() ? u"LEO"_s : u"LEO – %1"_s.arg(siteName));

    addPage(m_loginPage);
    addPage(m_signedInPage);
    for (KioskPage* page : std::as_const(m_helpPages))
        addPage(page);
    connectHelpScreens();
    connectMoreHelpScreens();
    connectAccount();

    // Created after the pages so that, in the focus chain, the switch comes after the fields of whichever page is
    // shown (identifier → … → CONNEXION → Français → English).
    m_ui->languageSwitch->setLanguages(m_languages.available());
    applyLanguage(m_languages.current());
    connect(m_ui->languageSwitch, &LanguageSwitch::languageChosen, this, &MainWindow::chooseLanguage);
    connect(&m_languages, &LanguageManager::languageChanged, this, &MainWindow::applyLanguage);

    connect(&m_session, &KioskSession::signedIn, this, [this](const UserInfo& user) {
        m_signedInPage->showUser(user);
        showAfterSignIn();
    });
    connect(&m_session, &KioskSession::ended, this, &MainWindow::resetAllPages);

    showPage(m_loginPage);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(KioskPage* page)
{
    m_ui->pageStackedWidget->addWidget(page);
    m_pages.append(page);
}

void MainWindow::showPage(KioskPage* page)
{
    m_ui->pageStackedWidget->setCurrentWidget(page);
    if (QWidget* focus = page->initialFocusWidget())
        focus->setFocus(Qt::OtherFocusReason);
}

KioskPage* MainWindow::currentPage() const
{
    return qobject_cast<KioskPage*>(m_ui->pageStackedWidget->currentWidget());
}

void MainWindow::resetAllPages()
{
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
    m_session.setLanguage(language);
    m_ui->languageSwitch->setCurrentLanguage(language);
}

void MainWindow::connectHelpScreens()
{
    m_loginPage->setHelpAvailable(true);
    connect(m_loginPage, &LoginPage::helpRequested, this, [this] { showPage(m_helpPage); });
    connect(m_loginPage, &LoginPage::resetCodeEntered, this, &MainWindow::openNewPassword);

    connect(m_helpPage, &HelpPage::topicChosen, this, &MainWindow::openHelpTopic);
    connect(m_forgotPasswordPage, &ForgotPasswordPage::codeReceived, this, &MainWindow::openResetCode);
    connect(m_resetCodePage, &ResetCodePage::newCodeRequested, this, &MainWindow::openForgotPassword);
    connect(m_resetCodePage, &ResetCodePage::codeMatched, this, &MainWindow::openNewPassword);
    connect(m_newPasswordPage, &NewPasswordPage::passwordReset, this,
            [this](const QString& login) { returnToLogin(login, &NewPasswordPage::successMessage); });

    connect(m_helpPage, &HelpPage::homeRequested, this, &MainWindow::leaveHelp);
    connect(m_forgotPasswordPage, &ForgotPasswordPage::homeRequested, this, &MainWindow::leaveHelp);
    connect(m_resetCodePage, &ResetCodePage::homeRequested, this, &MainWindow::leaveHelp);
    connect(m_newPasswordPage, &NewPasswordPage::homeRequested, this, &MainWindow::leaveHelp);
}

void MainWindow::openHelpTopic(HelpPage::Topic topic)
{
    switch (topic) {
    case HelpPage::Topic::LostPassword:
        return openForgotPassword(QString());
    case HelpPage::Topic::ReceivedCode:
        return openResetCode(QString());
    case HelpPage::Topic::LostIdentifier:
        return openMoreHelp(m_lostIdentifierPage);
    case HelpPage::Topic::StillLost:
        return openMoreHelp(m_stillLostPage);
    case HelpPage::Topic::Assistance:
        return openMoreHelp(m_assistancePage);
    }
}

void MainWindow::openForgotPassword(const QString& login)
{
    m_forgotPasswordPage->open(login);
    showPage(m_forgotPasswordPage);
}

void MainWindow::openResetCode(const QString& login)
{
    m_resetCodePage->open(login);
    showPage(m_resetCodePage);
}

void MainWindow::openNewPassword(const QString& login, const QString& code)
{
    m_newPasswordPage->open(login, code);
    showPage(m_newPasswordPage);
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

void MainWindow::connectAccount()
{
    m_accountPage = new AccountPage(m_session, this);
    addPage(m_accountPage);
    connect(m_signedInPage, &SignedInPage::accountRequested, this, [this] {
        m_accountPage->open();
        showPage(m_accountPage);
    });
    connect(m_accountPage, &AccountPage::backRequested, this, [this] {
        m_accountPage->resetPage();
        showPage(m_signedInPage);
    });

    m_forcedPasswordPage = new ForcedPasswordPage(m_session, this);
    addPage(m_forcedPasswordPage);
    connect(m_forcedPasswordPage, &ForcedPasswordPage::passwordChanged, this, &MainWindow::showForcedPasswordChanged);
    m_termsPage = new TermsPage(m_session, this);
    addPage(m_termsPage);
    connect(m_termsPage, &TermsPage::accepted, this, [this] { showPage(m_signedInPage); });
}

void MainWindow::showAfterSignIn()
{
    if (m_session.requirements().forceChangePassword) {
        m_forcedPasswordPage->open();
        return showPage(m_forcedPasswordPage);
    }
    if (m_session.requirements().needRevalidateTerms) {
        m_termsPage->resetPage();
        return showPage(m_termsPage);
    }
    showPage(m_signedInPage);
}

void MainWindow::showForcedPasswordChanged(const QString& login)
{
    const QString identifier = login; // the argument may live in the session that end() wipes
    // The ENT has ended every session of the account (ENT protocol §13.9): ours is wiped too, then the pupil signs in again.
    m_session.end(KioskSession::EndReason::Logout);
    m_loginPage->setIdentifier(identifier);
    m_loginPage->showInfo(&ForcedPasswordPage::successMessage);
    showPage(m_loginPage);
}

void MainWindow::connectMoreHelpScreens()
{
    // help_url is checked by ConfigLoader (a public https address); only that address ever goes into a QR code.
    const QString helpUrl = m_session.config().helpUrl.toString(QUrl::FullyEncoded);
    m_lostIdentifierPage = new LostIdentifierPage(m_session, this);
    m_stillLostPage = new StillLostPage(this);
    m_stillLostPage->setHelpUrl(helpUrl);
    m_assistancePage = new AssistancePage(this);
    m_assistancePage->setContacts(m_session.config().supportContacts, helpUrl);
    m_activationPage = new ActivationPage(m_session, this);
    for (KioskPage* page : std::initializer_list<KioskPage*>{m_lostIdentifierPage, m_stillLostPage, m_assistancePage,
                                                              m_activationPage}) {
        addPage(page);
        m_helpPages.append(page);
    }

    connect(m_lostIdentifierPage, &LostIdentifierPage::homeRequested, this, &MainWindow::leaveHelp);
    connect(m_stillLostPage, &StillLostPage::homeRequested, this, &MainWindow::leaveHelp);
    connect(m_assistancePage, &AssistancePage::homeRequested, this, &MainWindow::leaveHelp);
    connect(m_assistancePage, &AssistancePage::receivedCodeRequested, this, [this] { openResetCode(QString()); });
    connect(m_activationPage, &ActivationPage::homeRequested, this, &MainWindow::leaveHelp);
    connect(m_activationPage, &ActivationPage::activated, this,
            [this](const QString& login) { returnToLogin(login, &ActivationPage::activatedMessage); });
    connect(m_loginPage, &LoginPage::activationCodeEntered, this, [this](const QString& login, const QString& code) {
        m_activationPage->open(login, code);
        showPage(m_activationPage);
    });
}

void MainWindow::openMoreHelp(KioskPage* page)
{
    page->resetPage();
    showPage(page);
}

} // namespace LeoKiosk::Gui
