#include "gui/account/ForcedPasswordPage.h"
#include "ui_ForcedPasswordPage.h"

#include "core/secrets/SecretBytes.h"
#include "core/session/KioskSession.h"
#include "gui/widgets/EasyReadPanel.h"

namespace LeoKiosk::Gui {

ForcedPasswordPage::ForcedPasswordPage(KioskSession& session, QWidget* parent)
    : KioskPage(parent)
    , m_ui(setUpUi<Ui::ForcedPasswordPage>())
    , m_session(session)
    , m_passwordForm(*this, session.authContext(), PasswordPolicy::Purpose::Reset,
                     {.currentPassword = m_ui->oldPasswordField, .newPassword = m_ui->newPasswordField,
                      .confirmation = m_ui->confirmationField, .checklist = m_ui->passwordChecklist,
                      .submitButton = m_ui->changePasswordButton, .messageLabel = m_ui->errorLabel},
                     &ForcedPasswordPage::changeButtonText)
{
    EasyReadPanel::addUnder(m_ui->titleLabel, EasyReadTexts::Screen::ForcedPassword, m_ui->oldPasswordField);
    connect(&m_passwordForm, &NewPasswordForm::submitRequested, this, &ForcedPasswordPage::submit);
    connect(m_ui->forcedSignOutButton, &QPushButton::clicked, this,
            [this] { m_session.end(KioskSession::EndReason::Logout); });
}

ForcedPasswordPage::~ForcedPasswordPage() = default;

void ForcedPasswordPage::open()
{
    resetPage();
    m_passwordForm.refreshRuleIfUnknown();
}

void ForcedPasswordPage::resetPage()
{
    dropAnswers();
    m_passwordForm.reset();
}

QWidget* ForcedPasswordPage::initialFocusWidget() const
{
    return m_ui->oldPasswordField;
}

QString ForcedPasswordPage::successMessage()
{
    //: On the sign-in screen after the forced password change
    return tr("Your new password is saved. Sign in again with it.");
}

void ForcedPasswordPage::submit()
{
    if (!m_passwordForm.beginSubmit())
        return;
    m_session.client().changePasswordWithoutSession(
        m_session.user().login, m_passwordForm.currentPassword(), m_passwordForm.newPassword(),
        m_passwordForm.confirmation(), EntClient::PasswordChange::Forced,
        unlessDropped<EntResult>([this](const EntResult& result) {
            m_passwordForm.setBusy(false);
            if (result.ok())
                Q_EMIT passwordChanged(m_session.user().login);
            else
                m_passwordForm.showRefusal(result);
        }));
}

void ForcedPasswordPage::retranslate()
{
    m_ui->retranslateUi(this);
}

QString ForcedPasswordPage::changeButtonText(bool busy)
{
    return busy
        //: The forced change button while the ENT is saving the new password
        ? tr("Saving…")
        //: Sends the forced password change to the ENT
        : tr("Change my password");
}

} // namespace LeoKiosk::Gui
