#include "gui/help/ActivationPage.h"
#include "ui_ActivationPage.h"

#include "common/MobileNumber.h"
#include "core/ent/EntStatus.h"
#include "core/secrets/SecretBytes.h"
#include "core/session/KioskSession.h"
#include "gui/widgets/EasyReadPanel.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

ActivationPage::ActivationPage(KioskSession& session, QWidget* parent)
    : KioskPage(parent)
    , m_ui(setUpUi<Ui::ActivationPage>())
    , m_session(session)
    , m_passwordForm(*this, session.authContext(), PasswordPolicy::Purpose::Activation,
                     {.newPassword = m_ui->newPasswordField, .confirmation = m_ui->confirmationField,
                      .checklist = m_ui->passwordChecklist, .submitButton = m_ui->activateButton,
                      .messageLabel = m_ui->errorLabel,
                      .otherInputs = {m_ui->mailLineEdit, m_ui->phoneLineEdit, m_ui->cguCheckBox}},
                     &ActivationPage::activateButtonText)
{
    EasyReadPanel::addUnder(m_ui->titleLabel, EasyReadTexts::Screen::Activation, m_ui->newPasswordField);
    m_passwordForm.setAlsoRequired([this] {
        return m_accountRead && (!cguRequired() || m_ui->cguCheckBox->isChecked()) &&
               (!mandatory(u"mail"_s) || !m_ui->mailLineEdit->text().trimmed().isEmpty()) &&
               (!mandatory(u"phone"_s) || !m_ui->phoneLineEdit->text().trimmed().isEmpty());
    });
    connect(m_ui->cguCheckBox, &QCheckBox::toggled, &m_passwordForm, &NewPasswordForm::updateButton);
    connect(m_ui->mailLineEdit, &QLineEdit::textChanged, &m_passwordForm, &NewPasswordForm::updateButton);
    connect(m_ui->phoneLineEdit, &QLineEdit::textChanged, &m_passwordForm, &NewPasswordForm::updateButton);
    connect(&m_session, &KioskSession::activationAccountRead, this, &ActivationPage::showAccount);
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
    m_passwordForm.updateButton();
    m_session.readActivationAccount(activationCode);
}

void ActivationPage::showAccount(const EntResult& result)
{
    if (m_login.isEmpty() || m_accountRead)
        return;
    if (!result.ok()) {
        // Without what the ENT holds, an activation here would erase the pupil's e-mail address and mobile.
        const bool transport = result.status == EntStatus::Unreachable || result.status == EntStatus::Timeout ||
                               result.status == EntStatus::TlsError || result.status == EntStatus::ServerError;
        if (transport)
            m_ui->errorLabel->showResult(result);
        else
            m_ui->errorLabel->showMessage([] {
                return tr("The kiosk could not read your account on the ENT, so it cannot activate it here without "
                          "losing your e-mail address and mobile number. Activate your account on the ENT website.");
            });
        return;
    }
    const EntHtml::ActivationAccount& account = m_session.pendingActivationAccount();
    m_ui->mailLineEdit->setText(account.email);
    m_ui->phoneLineEdit->setText(account.phone);
    m_accountRead = true;
    m_passwordForm.updateButton();
}

void ActivationPage::resetPage()
{
    m_passwordForm.reset();
    wipe(m_ui->mailLineEdit);
    wipe(m_ui->phoneLineEdit);
    m_accountRead = false;
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

ActivationPage::FieldProblem ActivationPage::fieldProblem() const
{
    // ENT Core's StringValidation.isEmail, the regular expression its activation applies (ENT protocol §3.16).
    static const QRegularExpression mailPattern(u"^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}$"_s);
    const QString mail = m_ui->mailLineEdit->text().trimmed();
    if (mail.isEmpty() && mandatory(u"mail"_s))
        return {m_ui->mailLineEdit, [] { return tr("The e-mail address is required."); }};
    if (!mail.isEmpty() && !mailPattern.match(mail).hasMatch())
        return {m_ui->mailLineEdit,
                [] { return tr("The e-mail address is not valid. Check it, for example: prenom.nom@example.fr"); }};
    const QString phone = m_ui->phoneLineEdit->text().trimmed();
    if (phone.isEmpty() && mandatory(u"phone"_s))
        return {m_ui->phoneLineEdit, [] { return tr("The mobile phone number is required."); }};
    if (phone.isEmpty())
        return {};
    // Numbers of another country are left to the ENT, which knows every numbering plan.
    const Common::MobileNumber number = Common::MobileNumber::check(phone);
    if (number.verdict != Common::MobileNumber::Verdict::Invalid)
        return {};
    return {m_ui->phoneLineEdit, [key = number.errorKey] { return EntMessages::formLine(key); }};
}

void ActivationPage::submit()
{
    if (m_login.isEmpty() || !m_accountRead || !m_passwordForm.isReady())
        return;
    if (const FieldProblem problem = fieldProblem(); problem.field) {
        m_ui->errorLabel->showMessage(problem.text);
        problem.field->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_passwordForm.beginSubmit())
        return;
    m_session.activate(m_code, m_passwordForm.newPassword(), m_passwordForm.confirmation(),
                       cguRequired() && m_ui->cguCheckBox->isChecked(), m_ui->mailLineEdit->text().trimmed(),
                       m_ui->phoneLineEdit->text().trimmed());
}

void ActivationPage::retranslate()
{
    m_ui->retranslateUi(this);
    showFieldLabels();
    m_ui->newPasswordField->setFieldName(m_ui->newPasswordLabel->text());
    m_ui->confirmationField->setFieldName(m_ui->confirmationLabel->text());
    m_ui->cguCheckBox->setAccessibleName(m_ui->cguCheckBox->text());
}

bool ActivationPage::mandatory(const QString& field) const
{
    // ENT Core's default is {} (ENT protocol §3.16): nothing mandatory until the context says so.
    return m_session.authContext().context().value(u"mandatory"_s).toObject().value(field).toBool(false);
}

void ActivationPage::showFieldLabels()
{
    m_ui->mailLabel->setText(mandatory(u"mail"_s)
                                 //: Label of the e-mail field at activation when the ENT requires it (ENT: Adresse email)
                                 ? tr("Personal e-mail address")
                                 //: Label of the optional e-mail field at activation; used to recover a lost
                                 //: identifier or password (ENT: Adresse email)
                                 : tr("Personal e-mail address (optional)"));
    m_ui->phoneLabel->setText(mandatory(u"phone"_s)
                                  //: Label of the mobile number field at activation when the ENT requires it (ENT:
                                  //: Téléphone mobile)
                                  ? tr("Mobile phone number")
                                  //: Label of the optional mobile number field at activation (ENT: Téléphone mobile)
                                  : tr("Mobile phone number (optional)"));
    m_ui->mailLineEdit->setAccessibleName(m_ui->mailLabel->text());
    m_ui->phoneLineEdit->setAccessibleName(m_ui->phoneLabel->text());
}

bool ActivationPage::cguRequired() const
{
    // The ENT's default is true (ENT protocol §10): until the context says otherwise, the terms are asked.
    return m_session.authContext().context().value(u"cgu"_s).toBool(true);
}

void ActivationPage::showTerms()
{
    showFieldLabels();
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
