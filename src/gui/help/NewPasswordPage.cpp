#include "gui/help/NewPasswordPage.h"
#include "ui_NewPasswordPage.h"

#include "core/secrets/SecretBytes.h"
#include "core/session/KioskSession.h"
#include "gui/widgets/SecretLineEdit.h"

namespace LeoKiosk::Gui {

NewPasswordPage::NewPasswordPage(KioskSession& session, QWidget* parent)
    : KioskPage(parent)
    , m_ui(std::make_unique<Ui::NewPasswordPage>())
    , m_session(session)
{
    m_ui->setupUi(this);

    connect(m_ui->passwordChecklist, &PasswordChecklist::allSatisfiedChanged, this,
            &NewPasswordPage::updateResetButton);
    // Enter in the first field goes on to the confirmation, as long as there is something left to do there.
    connect(m_ui->newPasswordField, &PasswordField::returnPressed, this, [this] {
        if (m_ui->passwordChecklist->allSatisfied())
            submit();
        else
            m_ui->confirmationField->setFocus(Qt::TabFocusReason);
    });
    connect(m_ui->confirmationField, &PasswordField::returnPressed, this, &NewPasswordPage::submit);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &NewPasswordPage::submit);
    connect(m_ui->homeButton, &QPushButton::clicked, this, &NewPasswordPage::homeRequested);
    m_ui->passwordChecklist->follow(m_session.authContext(), PasswordPolicy::Purpose::Reset, m_ui->newPasswordField,
                                    m_ui->confirmationField);
    updateResetButton();
}

NewPasswordPage::~NewPasswordPage() = default;

void NewPasswordPage::open(const QString& login, const QString& code)
{
    resetPage();
    m_login = login;
    m_code = code;
    m_ui->loginLabel->setText(login);
    m_ui->passwordChecklist->refreshRuleIfUnknown();
}

void NewPasswordPage::resetPage()
{
    dropAnswers();
    setBusy(false);
    m_ui->newPasswordField->wipe();
    m_ui->confirmationField->wipe();
    m_ui->errorLabel->clearMessage();
    m_ui->loginLabel->clear();
    m_login.clear();
    m_code.clear();
}

QWidget* NewPasswordPage::initialFocusWidget() const
{
    return m_ui->newPasswordField;
}

QString NewPasswordPage::successMessage()
{
    //: On the sign-in screen, with the identifier filled in, once the ENT took the new password
    return tr("Your new password is saved. You can sign in.");
}

void NewPasswordPage::submit()
{
    if (m_busy || !m_ui->passwordChecklist->allSatisfied() || m_login.isEmpty())
        return;
    m_ui->errorLabel->clearMessage();
    setBusy(true);
    m_session.client().resetPassword(
        m_login, m_code, m_ui->newPasswordField->secret(), m_ui->confirmationField->secret(),
        unlessDropped<EntResult>([this](const EntResult& result) { finishSubmitting(result); }));
}

void NewPasswordPage::retranslate()
{
    m_ui->retranslateUi(this);
    updateResetButton();
}

void NewPasswordPage::finishSubmitting(const EntResult& result)
{
    setBusy(false);
    if (result.ok()) {
        Q_EMIT passwordReset(m_login);
        return;
    }
    m_ui->errorLabel->showResult(result);
    if (entJudgedNothing(result.status)) {
        m_ui->resetButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    // The ENT refused the password (already used, or against its rule): a new one is typed from scratch, and the
    // code, which a refusal does not use up (ENT protocol §3.11), is kept.
    m_ui->newPasswordField->wipe();
    m_ui->confirmationField->wipe();
    m_ui->newPasswordField->setFocus(Qt::OtherFocusReason);
}

void NewPasswordPage::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    setInputsEnabled({m_ui->newPasswordField, m_ui->confirmationField}, !busy);
    updateResetButton();
}

void NewPasswordPage::updateResetButton()
{
    const QString text = m_busy
        //: The reset button while the ENT is saving the new password
        ? tr("Saving…")
        //: Saves the new password, in capitals as on the ENT (ENT: RÉINITIALISER)
        : tr("RESET");
    setButtonText(m_ui->resetButton, text);
    m_ui->resetButton->setEnabled(!m_busy && m_ui->passwordChecklist->allSatisfied());
}

} // namespace LeoKiosk::Gui
