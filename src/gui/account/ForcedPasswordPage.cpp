#include "gui/account/ForcedPasswordPage.h"
#include "ui_ForcedPasswordPage.h"

#include "core/secrets/SecretBytes.h"
#include "core/session/KioskSession.h"
#include "gui/widgets/SecretLineEdit.h"

namespace LeoKiosk::Gui {

ForcedPasswordPage::ForcedPasswordPage(KioskSession& session, QWidget* parent)
    : KioskPage(parent)
    , m_ui(std::make_unique<Ui::ForcedPasswordPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    connect(m_ui->oldPasswordField->lineEdit(), &QLineEdit::textChanged, this, &ForcedPasswordPage::updateButton);
    connect(m_ui->passwordChecklist, &PasswordChecklist::allSatisfiedChanged, this, &ForcedPasswordPage::updateButton);
    connect(m_ui->oldPasswordField, &PasswordField::returnPressed, this,
            [this] { m_ui->newPasswordField->setFocus(Qt::TabFocusReason); });
    connect(m_ui->newPasswordField, &PasswordField::returnPressed, this,
            [this] { m_ui->confirmationField->setFocus(Qt::TabFocusReason); });
    connect(m_ui->confirmationField, &PasswordField::returnPressed, this, &ForcedPasswordPage::submit);
    connect(m_ui->changePasswordButton, &QPushButton::clicked, this, &ForcedPasswordPage::submit);
    connect(m_ui->forcedSignOutButton, &QPushButton::clicked, this,
            [this] { m_session.end(KioskSession::EndReason::Logout); });
    m_ui->passwordChecklist->follow(m_session.authContext(), PasswordPolicy::Purpose::Reset, m_ui->newPasswordField,
                                    m_ui->confirmationField);
    updateButton();
}

ForcedPasswordPage::~ForcedPasswordPage() = default;

void ForcedPasswordPage::open()
{
    resetPage();
    m_ui->passwordChecklist->refreshRuleIfUnknown();
}

void ForcedPasswordPage::resetPage()
{
    dropAnswers();
    setBusy(false);
    m_ui->oldPasswordField->wipe();
    m_ui->newPasswordField->wipe();
    m_ui->confirmationField->wipe();
    m_ui->errorLabel->clearMessage();
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
    if (m_busy || m_ui->oldPasswordField->isEmpty() || !m_ui->passwordChecklist->allSatisfied())
        return;
    m_ui->errorLabel->clearMessage();
    setBusy(true);
    m_session.client().changePasswordWithoutSession(
        m_session.user().login, m_ui->oldPasswordField->secret(), m_ui->newPasswordField->secret(),
        m_ui->confirmationField->secret(), EntClient::PasswordChange::Forced,
        unlessDropped<EntResult>([this](const EntResult& result) { finish(result); }));
}

void ForcedPasswordPage::retranslate()
{
    m_ui->retranslateUi(this);
    updateButton();
}

void ForcedPasswordPage::setBusy(bool busy)
{
    m_busy = busy;
    setInputsEnabled({m_ui->oldPasswordField, m_ui->newPasswordField, m_ui->confirmationField}, !busy);
    updateButton();
}

void ForcedPasswordPage::updateButton()
{
    const QString text = m_busy
        //: The forced change button while the ENT is saving the new password
        ? tr("Saving…")
        //: Sends the forced password change to the ENT
        : tr("Change my password");
    setButtonText(m_ui->changePasswordButton, text);
    m_ui->changePasswordButton->setEnabled(!m_busy && !m_ui->oldPasswordField->isEmpty()
                                           && m_ui->passwordChecklist->allSatisfied());
}

void ForcedPasswordPage::finish(const EntResult& result)
{
    setBusy(false);
    if (result.ok()) {
        Q_EMIT passwordChanged(m_session.user().login);
        return;
    }
    m_ui->oldPasswordField->wipe();
    m_ui->newPasswordField->wipe();
    m_ui->confirmationField->wipe();
    m_ui->errorLabel->showResult(result);
    m_ui->oldPasswordField->setFocus(Qt::OtherFocusReason);
}

} // namespace LeoKiosk::Gui
