#include "gui/help/NewPasswordPage.h"
#include "ui_NewPasswordPage.h"

#include "core/secrets/SecretBytes.h"
#include "core/session/KioskSession.h"
#include "gui/widgets/EasyReadPanel.h"

namespace LeoKiosk::Gui {

NewPasswordPage::NewPasswordPage(KioskSession& session, QWidget* parent)
    : KioskPage(parent)
    , m_ui(setUpUi<Ui::NewPasswordPage>())
    , m_session(session)
    , m_passwordForm(*this, session.authContext(), PasswordPolicy::Purpose::Reset,
                     {.newPassword = m_ui->newPasswordField, .confirmation = m_ui->confirmationField,
                      .checklist = m_ui->passwordChecklist, .submitButton = m_ui->resetButton,
                      .messageLabel = m_ui->errorLabel},
                     &NewPasswordPage::resetButtonText)
{
    // Enter in the first field goes on to the confirmation, as long as there is something left to do there.
    m_passwordForm.setEnterSubmitsWhenReady(true);
    EasyReadPanel::addUnder(m_ui->titleLabel, EasyReadTexts::Screen::NewPassword, m_ui->newPasswordField);
    connect(&m_passwordForm, &NewPasswordForm::submitRequested, this, &NewPasswordPage::submit);
    connect(m_ui->homeButton, &QPushButton::clicked, this, &NewPasswordPage::homeRequested);
}

NewPasswordPage::~NewPasswordPage() = default;

void NewPasswordPage::open(const QString& login, const QString& code)
{
    resetPage();
    m_login = login;
    m_code = code;
    m_ui->loginLabel->setText(login);
    m_passwordForm.refreshRuleIfUnknown();
}

void NewPasswordPage::resetPage()
{
    dropAnswers();
    m_passwordForm.reset();
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
    if (m_login.isEmpty() || !m_passwordForm.beginSubmit())
        return;
    m_session.client().resetPassword(
        m_login, m_code, m_passwordForm.newPassword(), m_passwordForm.confirmation(),
        unlessDropped<EntResult>([this](const EntResult& result) { finishSubmitting(result); }));
}

void NewPasswordPage::retranslate()
{
    m_ui->retranslateUi(this);
}

void NewPasswordPage::finishSubmitting(const EntResult& result)
{
    m_passwordForm.setBusy(false);
    if (result.ok()) {
        Q_EMIT passwordReset(m_login);
        return;
    }
    if (entJudgedNothing(result.status)) {
        m_ui->errorLabel->showResult(result);
        m_ui->resetButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    // The ENT refused the password (already used, or against its rule): a new one is typed from scratch, and the
    // code, which a refusal does not use up (ENT protocol §3.11), is kept.
    m_passwordForm.showRefusal(result);
}

QString NewPasswordPage::resetButtonText(bool busy)
{
    return busy
        //: The reset button while the ENT is saving the new password
        ? tr("Saving…")
        //: Saves the new password, in capitals as on the ENT (ENT: RÉINITIALISER)
        : tr("RESET");
}

} // namespace LeoKiosk::Gui
