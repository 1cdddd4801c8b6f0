#include "gui/widgets/NewPasswordForm.h"

#include "core/secrets/SecretBytes.h"
#include "gui/KioskPage.h"
#include "gui/widgets/MessageLabel.h"
#include "gui/widgets/PasswordChecklist.h"
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/SecretLineEdit.h"

#include <QAbstractButton>
#include <QEvent>

namespace LeoKiosk::Gui {

namespace {

QList<QWidget*> formInputs(const NewPasswordForm::Widgets& widgets)
{
    QList<QWidget*> inputs;
    if (widgets.currentPassword)
        inputs << widgets.currentPassword;
    inputs << widgets.newPassword << widgets.confirmation << widgets.otherInputs;
    return inputs;
}

} // namespace

NewPasswordForm::NewPasswordForm(KioskPage& page,
                                 AuthContextCache& context,
                                 PasswordPolicy::Purpose purpose,
                                 const Widgets& widgets,
                                 ButtonText buttonText)
    : m_page(page)
    , m_currentPassword(widgets.currentPassword)
    , m_newPassword(widgets.newPassword)
    , m_confirmation(widgets.confirmation)
    , m_checklist(widgets.checklist)
    , m_submitButton(widgets.submitButton)
    , m_messageLabel(widgets.messageLabel)
    , m_inputs(formInputs(widgets))
    , m_buttonText(std::move(buttonText))
{
    if (m_currentPassword) {
        connect(m_currentPassword->lineEdit(), &QLineEdit::textChanged, this, &NewPasswordForm::updateButton);
        connect(m_currentPassword, &PasswordField::returnPressed, this,
                [this] { m_newPassword->setFocus(Qt::TabFocusReason); });
    }
    connect(m_checklist, &PasswordChecklist::allSatisfiedChanged, this, &NewPasswordForm::updateButton);
    connect(m_newPassword, &PasswordField::returnPressed, this, &NewPasswordForm::newPasswordEntered);
    connect(m_confirmation, &PasswordField::returnPressed, this, &NewPasswordForm::submitRequested);
    connect(m_submitButton, &QAbstractButton::clicked, this, &NewPasswordForm::submitRequested);
    m_submitButton->installEventFilter(this);
    m_checklist->follow(context, purpose, m_newPassword, m_confirmation);
    updateButton();
}

NewPasswordForm::~NewPasswordForm() = default;

void NewPasswordForm::setAlsoRequired(std::function<bool()> condition)
{
    m_alsoRequired = std::move(condition);
    updateButton();
}

bool NewPasswordForm::isReady() const
{
    return !m_busy && (!m_currentPassword || !m_currentPassword->isEmpty()) && m_checklist->allSatisfied()
        && (!m_alsoRequired || m_alsoRequired());
}

void NewPasswordForm::setBusy(bool busy)
{
    m_busy = busy;
    m_page.setInputsEnabled(m_inputs, !busy);
    updateButton();
}

void NewPasswordForm::updateButton()
{
    KioskPage::setButtonText(m_submitButton, m_buttonText(m_busy));
    m_submitButton->setEnabled(isReady());
}

bool NewPasswordForm::beginSubmit()
{
    if (!isReady())
        return false;
    m_messageLabel->clearMessage();
    setBusy(true);
    return true;
}

SecretBytes NewPasswordForm::currentPassword() const
{
    return m_currentPassword ? m_currentPassword->secret() : SecretBytes();
}

SecretBytes NewPasswordForm::newPassword() const
{
    return m_newPassword->secret();
}

SecretBytes NewPasswordForm::confirmation() const
{
    return m_confirmation->secret();
}

void NewPasswordForm::wipe()
{
    if (m_currentPassword)
        m_currentPassword->wipe();
    m_newPassword->wipe();
    m_confirmation->wipe();
}

void NewPasswordForm::reset()
{
    setBusy(false);
    wipe();
    m_messageLabel->clearMessage();
}

void NewPasswordForm::refreshRuleIfUnknown()
{
    m_checklist->refreshRuleIfUnknown();
}

void NewPasswordForm::showRefusal(const EntResult& result)
{
    m_messageLabel->showResult(result);
    wipe();
    (m_currentPassword ? m_currentPassword : m_newPassword)->setFocus(Qt::OtherFocusReason);
}

bool NewPasswordForm::eventFilter(QObject* watched, QEvent* event)
{
    // A page passes a language change on to its widgets after its own retranslate(), whose retranslateUi() has just
    // put the .ui's words back on the button.
    if (watched == m_submitButton && event->type() == QEvent::LanguageChange)
        updateButton();
    return QObject::eventFilter(watched, event);
}

void NewPasswordForm::newPasswordEntered()
{
    // On to the confirmation, as long as there is something left to do there.
    if (m_enterSubmitsWhenReady && m_checklist->allSatisfied())
        Q_EMIT submitRequested();
    else
        m_confirmation->setFocus(Qt::TabFocusReason);
}

} // namespace LeoKiosk::Gui
