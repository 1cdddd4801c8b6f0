#include "gui/signin/LoginPage.h"
#include "ui_LoginPage.h"

#include "core/ent/EntStatus.h"
#include "core/secrets/SecretBytes.h"
#include "core/session/KioskSession.h"
#include "gui/widgets/CapsLockWatcher.h"
#include "gui/widgets/FederatedNotice.h"
#include "gui/widgets/IdentifierValidator.h"
#include "gui/widgets/SecretLineEdit.h"

namespace LeoKiosk::Gui {

LoginPage::LoginPage(KioskSession& session, QWidget* parent)
    : KioskPage(parent)
    , m_ui(std::make_unique<Ui::LoginPage>())
    , m_session(session)
    , m_capsLock(new CapsLockWatcher(this))
{
    setUpUi(*m_ui);
    // Under the form's messages: a pupil who once used EduConnect is told "identifier or password incorrect".
    m_ui->pageLayout->insertWidget(
        m_ui->pageLayout->count() - 1,
        new FederatedNotice(session.config().federatedNotice, session.config().federatedNoticeUrl, this));

    IdentifierValidator::attachTo(m_ui->loginLineEdit);
    m_ui->rememberCheckBox->setVisible(m_session.config().rememberMeAvailable());
    setHelpAvailable(false);

    m_capsLock->watch(m_ui->loginLineEdit);
    m_capsLock->watch(m_ui->passwordField->lineEdit());
    connect(m_capsLock, &CapsLockWatcher::changed, this, &LoginPage::showCapsLockWarning);

    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginPage::signIn);
    connect(m_ui->loginLineEdit, &QLineEdit::returnPressed, this, &LoginPage::signIn);
    connect(m_ui->passwordField, &PasswordField::returnPressed, this, &LoginPage::signIn);
    connect(m_ui->helpButton, &QPushButton::clicked, this, &LoginPage::helpRequested);

    connect(&m_session, &KioskSession::busyChanged, this, &LoginPage::setBusy);
    connect(&m_session, &KioskSession::signInFailed, this, &LoginPage::showFailure);
    connect(&m_session, &KioskSession::signedIn, this, &LoginPage::clearForm);
    connect(&m_session, &KioskSession::rememberedIdentifierLoaded, this, &LoginPage::fillRememberedIdentifier);
}

LoginPage::~LoginPage() = default;

void LoginPage::resetPage()
{
    setBusy(false);
    clearForm();
    if (m_session.config().rememberMeAvailable())
        m_session.loadRememberedIdentifier();
}

QWidget* LoginPage::initialFocusWidget() const
{
    if (m_ui->loginLineEdit->text().isEmpty())
        return m_ui->loginLineEdit;
    return m_ui->passwordField;
}

bool LoginPage::isAtRest() const
{
    const QString login = m_ui->loginLineEdit->text();
    return m_ui->passwordField->isEmpty() && (login.isEmpty() || login == m_rememberedIdentifier);
}

void LoginPage::showInfo(std::function<QString()> render)
{
    m_ui->infoLabel->showMessage(std::move(render));
}

void LoginPage::setIdentifier(const QString& login)
{
    m_ui->loginLineEdit->setText(KioskSession::normalizeLogin(login));
}

void LoginPage::setHelpAvailable(bool available)
{
    m_ui->helpButton->setVisible(available);
}

void LoginPage::signIn()
{
    if (m_busy)
        return;
    const QString login = m_ui->loginLineEdit->text(); // already in the ENT's form: see IdentifierValidator
    if (login.isEmpty() || m_ui->passwordField->isEmpty()) {
        showMissingField();
        return;
    }
    m_ui->errorLabel->clearMessage();
    m_ui->infoLabel->clearMessage();
    const bool remember = m_session.config().rememberMeAvailable() && m_ui->rememberCheckBox->isChecked();
    m_session.signIn(login, m_ui->passwordField->secret(), remember);
}

void LoginPage::retranslate()
{
    m_ui->retranslateUi(this);
    updateSignInButton();
}

void LoginPage::clearForm()
{
    wipe(m_ui->loginLineEdit);
    m_rememberedIdentifier.clear();
    m_ui->passwordField->wipe();
    m_ui->rememberCheckBox->setChecked(false);
    m_ui->errorLabel->clearMessage();
    m_ui->infoLabel->clearMessage();
    m_capsLock->reset();
}

void LoginPage::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    setInputsEnabled({m_ui->loginLineEdit, m_ui->passwordField, m_ui->rememberCheckBox, m_ui->helpButton,
                      m_ui->signInButton},
                     !busy);
    updateSignInButton();
}

void LoginPage::showFailure(const LoginResult& result)
{
    setBusy(false);
    m_ui->errorLabel->showResult(result);

    switch (result.status) {
    case EntStatus::AuthenticationFailed:
    case EntStatus::Banned:
    case EntStatus::BlockedUser:
    case EntStatus::BlockedProfile:
    case EntStatus::OtpDisabled:
    case EntStatus::InvalidClient: // the kiosk's registration: the password typed will not do better on a retry
        m_ui->passwordField->wipe();
        m_ui->passwordField->setFocus(Qt::OtherFocusReason);
        break;
    case EntStatus::ResetCodeTyped: {
        // With the OAuth2 grant the ENT does not echo the code (403 auth.error.password.reset): it is what was typed.
        const QString code =
            result.resetCode.isEmpty() ? m_ui->passwordField->lineEdit()->text() : result.resetCode;
        m_ui->passwordField->wipe();
        m_ui->passwordField->setFocus(Qt::OtherFocusReason);
        // The new password screen takes over: no message is left here for when the pupil comes back.
        m_ui->errorLabel->clearMessage();
        Q_EMIT resetCodeEntered(m_ui->loginLineEdit->text(), code);
        break;
    }
    case EntStatus::ActivationCodeTyped: {
        const QString code = m_ui->passwordField->lineEdit()->text();
        m_ui->passwordField->wipe();
        m_ui->passwordField->setFocus(Qt::OtherFocusReason);
        // The activation screen takes over: no message is left here for when the pupil comes back.
        m_ui->errorLabel->clearMessage();
        Q_EMIT activationCodeEntered(m_ui->loginLineEdit->text(), code);
        break;
    }
    default:
        // Network, TLS, server trouble: nothing the pupil typed was wrong, so both fields stay for a retry.
        m_ui->signInButton->setFocus(Qt::OtherFocusReason);
        break;
    }
}

void LoginPage::showMissingField()
{
    if (m_ui->loginLineEdit->text().isEmpty()) {
        m_ui->errorLabel->showMessage([] { return tr("Enter your identifier."); });
        m_ui->loginLineEdit->setFocus(Qt::OtherFocusReason);
    } else {
        m_ui->errorLabel->showMessage([] { return tr("Enter your password."); });
        m_ui->passwordField->setFocus(Qt::OtherFocusReason);
    }
}

void LoginPage::fillRememberedIdentifier(const QString& login)
{
    // The keychain answers late; whatever the pupil has typed meanwhile wins.
    if (login.isEmpty() || !m_ui->loginLineEdit->text().isEmpty())
        return;
    m_ui->loginLineEdit->setText(login);
    m_rememberedIdentifier = login;
    m_ui->rememberCheckBox->setChecked(true);
    if (m_ui->loginLineEdit->hasFocus())
        m_ui->passwordField->setFocus(Qt::OtherFocusReason);
}

void LoginPage::showCapsLockWarning(bool on)
{
    if (on)
        m_ui->capsLockLabel->showMessage([] { return tr("Caps Lock is on."); });
    else
        m_ui->capsLockLabel->clearMessage();
}

void LoginPage::updateSignInButton()
{
    const QString text = m_busy
        //: The sign-in button while the ENT is being asked
        ? tr("Signing in…")
        //: The sign-in button, in capitals as on the ENT (ENT: CONNEXION)
        : tr("SIGN IN");
    setButtonText(m_ui->signInButton, text);
}

} // namespace LeoKiosk::Gui
