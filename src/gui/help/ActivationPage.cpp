#include "gui/help/ActivationPage.h"
#include "ui_ActivationPage.h"

#include "core/secrets/SecretBytes.h"
#include "core/session/KioskSession.h"
#include "gui/widgets/SecretLineEdit.h"

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

ActivationPage::ActivationPage(KioskSession& session, QWidget* parent)
    : KioskPage(parent)
    , m_ui(std::make_unique<Ui::ActivationPage>())
    , m_session(session)
{
    m_ui->setupUi(this);

    connect(m_ui->passwordChecklist, &PasswordChecklist::allSatisfiedChanged, this,
            &ActivationPage::updateActivateButton);
    connect(m_ui->cguCheckBox, &QCheckBox::toggled, this, &ActivationPage::updateActivateButton);
    connect(m_ui->newPasswordField, &PasswordField::returnPressed, this,
            [this] { m_ui->confirmationField->setFocus(Qt::TabFocusReason); });
    connect(m_ui->confirmationField, &PasswordField::returnPressed, this, &ActivationPage::submit);
    connect(m_ui->activateButton, &QPushButton::clicked, this, &ActivationPage::submit);
    connect(m_ui->homeButton, &QPushButton::clicked, this, &ActivationPage::homeRequested);
    m_ui->passwordChecklist->follow(m_session.authContext(), PasswordPolicy::Purpose::Activation,
                                    m_ui->newPasswordField, m_ui->confirmationField);
    connect(&m_session.authContext(), &AuthContextCache::updated, this, &ActivationPage::showTerms);

    connect(&m_session, &KioskSession::activated, this, [this] {
        if (!m_busy)
            return;
        setBusy(false);
        Q_EMIT activated(m_login);
    });
    connect(&m_session, &KioskSession::activationFailed, this, [this](const EntResult& result) {
        if (m_busy)
            showFailure(result);
    });
    connect(&m_session, &KioskSession::signedIn, this, [this] {
        if (m_busy)
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
    m_ui->passwordChecklist->refreshRuleIfUnknown();
}

void ActivationPage::resetPage()
{
    setBusy(false);
    m_ui->newPasswordField->wipe();
    m_ui->confirmationField->wipe();
    wipe(m_ui->mailLineEdit);
    m_ui->cguCheckBox->setChecked(false);
    m_ui->errorLabel->clearMessage();
    m_ui->loginLabel->clear();
    m_login.clear();
    m_code.fill(u'\0');
    m_code.clear();
    updateActivateButton();
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
    if (m_busy || !m_ui->activateButton->isEnabled() || m_login.isEmpty())
        return;
    m_ui->errorLabel->clearMessage();
    setBusy(true);
    m_session.activate(m_code, m_ui->newPasswordField->secret(), m_ui->confirmationField->secret(),
                       cguRequired() && m_ui->cguCheckBox->isChecked(), m_ui->mailLineEdit->text().trimmed());
}

void ActivationPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->newPasswordField->setFieldName(m_ui->newPasswordLabel->text());
    m_ui->confirmationField->setFieldName(m_ui->confirmationLabel->text());
    m_ui->mailLineEdit->setAccessibleName(m_ui->mailLabel->text());
    m_ui->cguCheckBox->setAccessibleName(m_ui->cguCheckBox->text());
    updateActivateButton();
}

bool ActivationPage::cguRequired() const
{
    // The ENT's default is true (ENT protocol §10): until the context says otherwise, the terms are asked.
    return m_session.authContext().context().value(u"cgu"_s).toBool(true);
}

void ActivationPage::showTerms()
{
    m_ui->cguWidget->setVisible(cguRequired());
    updateActivateButton();
}

void ActivationPage::showFailure(const EntResult& result)
{
    setBusy(false);
    m_ui->errorLabel->showResult(result);
    m_ui->newPasswordField->wipe();
    m_ui->confirmationField->wipe();
    m_ui->newPasswordField->setFocus(Qt::OtherFocusReason);
}

void ActivationPage::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    setInputsEnabled({m_ui->newPasswordField, m_ui->confirmationField, m_ui->mailLineEdit, m_ui->cguCheckBox}, !busy);
    updateActivateButton();
}

void ActivationPage::updateActivateButton()
{
    const QString text = m_busy
        //: The activation button while the ENT is activating the account
        ? tr("Activating…")
        //: Activates the account, in capitals as on the ENT (ENT: ACTIVER MON COMPTE)
        : tr("ACTIVATE MY ACCOUNT");
    setButtonText(m_ui->activateButton, text);
    const bool cguOk = !cguRequired() || m_ui->cguCheckBox->isChecked();
    m_ui->activateButton->setEnabled(!m_busy && m_ui->passwordChecklist->allSatisfied() && cguOk);
}

} // namespace LeoKiosk::Gui
