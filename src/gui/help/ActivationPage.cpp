#include "gui/help/ActivationPage.h"
#include "ui_ActivationPage.h"

#include "core/secrets/SecretBytes.h"
#include "core/session/KioskSession.h"

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

ActivationPage::ActivationPage(KioskSession& session, QWidget* parent)
    : KioskPage(parent)
    , m_ui(setUpUi<Ui::ActivationPage>())
    , m_session(session)
    , m_passwordForm(*this, session.authContext(), PasswordPolicy::Purpose::Activation,
                     {.newPassword = m_ui->newPasswordField, .confirmation = m_ui->confirmationField,
                      .checklist = m_ui->passwordChecklist, .submitButton = m_ui->activateButton,
                      .messageLabel = m_ui->errorLabel, .otherInputs = {m_ui->mailLineEdit, m_ui->cguCheckBox}},
                     &ActivationPage::activateButtonText)
{
    m_passwordForm.setAlsoRequired([this] { return !cguRequired() || m_ui->cguCheckBox->isChecked(); });
    connect(m_ui->cguCheckBox, &QCheckBox::toggled, &m_passwordForm, &NewPasswordForm::updateButton);
    connect(&m_passwordForm, &NewPasswordForm::submitRequested, this, &ActivationPage::submit);
    connect(m_ui->homeButton, &QPushButton::clicked, this, &ActivationPage::homeRequested);
    connect(&m_session.authContext(), &AuthContextCache::updated, this, &ActivationPage::showTerms);

    connect(&m_session, &KioskSession::activated, this, [this] {
        if (!m_passwordForm.isBusy())
            return;
        m_passwordForm.setBusy(false);
        Q_EMIT activated(m_login);
    });
    connect(&m_session, &KioskSession::activationFailed, this, [this](const EntResult& result) {
        if (!m_passwordForm.isBusy())
            return;
        m_passwordForm.setBusy(false);
        m_passwordForm.showRefusal(result);
    });
    connect(&m_session, &KioskSession::signedIn, this, [this] {
        if (m_passwordForm.isBusy())
            resetPage(); // the session takes over: nothing typed here stays
    });
    showTerms();
    retranslate();
}

ActivationPage::~ActivationPage() = default;

void ActivationPage::open(const QString& login, const QString& activationCode)
{
    resetPage();
    m_login = login;
    m_code = activationCode;
    m_ui->loginLabel->setText(login);
    m_passwordForm.refreshRuleIfUnknown();
}

void ActivationPage::resetPage()
{
    m_passwordForm.reset();
    wipe(m_ui->mailLineEdit);
    m_ui->cguCheckBox->setChecked(false);
    m_ui->loginLabel->clear();
    m_login.clear();
    m_code.fill(u'\0');
    m_code.clear();
}

QWidget* ActivationPage::initialFocusWidget() const
{
    return m_ui->newPasswordField;
}

QString ActivationPage::activatedMessage()
{
    //: On the sign-in screen, with the identifier filled in, once the ENT activated the account
    return tr("Your account is activated. Sign in with your new password.");
}

void ActivationPage::submit()
{
    if (m_login.isEmpty() || !m_passwordForm.beginSubmit())
        return;
    m_session.activate(m_code, m_passwordForm.newPassword(), m_passwordForm.confirmation(),
                       cguRequired() && m_ui->cguCheckBox->isChecked(), m_ui->mailLineEdit->text().trimmed());
}

void ActivationPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->newPasswordField->setFieldName(m_ui->newPasswordLabel->text());
    m_ui->confirmationField->setFieldName(m_ui->confirmationLabel->text());
    m_ui->mailLineEdit->setAccessibleName(m_ui->mailLabel->text());
    m_ui->cguCheckBox->setAccessibleName(m_ui->cguCheckBox->text());
}

bool ActivationPage::cguRequired() const
{
    // The ENT's default is true (ENT protocol §10): until the context says otherwise, the terms are asked.
    return m_session.authContext().context().value(u"cgu"_s).toBool(true);
}

void ActivationPage::showTerms()
{
    m_ui->cguWidget->setVisible(cguRequired());
    m_passwordForm.updateButton();
}

QString ActivationPage::activateButtonText(bool busy)
{
    return busy
        //: The activation button while the ENT is activating the account
        ? tr("Activating…")
        //: Activates the account, in capitals as on the ENT (ENT: ACTIVER MON COMPTE)
        : tr("ACTIVATE MY ACCOUNT");
}

} // namespace LeoKiosk::Gui
