#pragma once

#include "core/session/PasswordPolicy.h"

#include <QList>
#include <QObject>

#include <functional>

class QAbstractButton;
class QWidget;

namespace LeoKiosk {
class AuthContextCache;
class SecretBytes;
struct EntResult;
}

namespace LeoKiosk::Gui {

class KioskPage;
class MessageLabel;
class PasswordChecklist;
class PasswordField;

// What every form where a new password is chosen shares (NewPasswordPage: a reset with a code; ActivationPage: the
// first password; ForcedPasswordPage: the change the ENT requires; AccountPage: "change my password"). Not a widget:
// it binds the widgets of the page's own .ui (the current password where it is asked, the new password and its
// confirmation, the checklist, the button, the message label), so layouts and object names stay the page's. It owns
// what they do together: the checklist follows the ENT's rule for the purpose (ENT protocol §5.1, read from
// /auth/context, ENT protocol §3.6), Enter goes on from field to field, the button can be pressed only while every
// rule holds, the busy state while the ENT works, the secrets read for sending, the wipe, and the ENT's refusal.
// What is sent and where a success leads stay with the page, as do the button's words (in its translation context).
class NewPasswordForm final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewPasswordForm)

public:
    // The page's widgets, from its .ui; those with a default may be left out.
    struct Widgets
    {
        PasswordField* currentPassword = nullptr; // where the form asks for it
        PasswordField* newPassword;
        PasswordField* confirmation;
        PasswordChecklist* checklist;
        QAbstractButton* submitButton;
        MessageLabel* messageLabel;
        // The page's other inputs that the form sends too: disabled with the fields while the ENT works.
        QList<QWidget*> otherInputs = {};
    };
    // The button's words at rest and while the ENT works, rendered again on every update (and language change).
    using ButtonText = std::function<QString(bool busy)>;

    NewPasswordForm(KioskPage& page,
                    AuthContextCache& context,
                    PasswordPolicy::Purpose purpose,
                    const Widgets& widgets,
                    ButtonText buttonText);
    ~NewPasswordForm() override;

    // Enter in the new-password field submits straight away once every rule holds, instead of going on to the
    // confirmation (where there is nothing left to do then).
    void setEnterSubmitsWhenReady(bool submits) { m_enterSubmitsWhenReady = submits; }
    // What else the page requires before the button is enabled (the terms box…); call updateButton() when it changes.
    void setAlsoRequired(std::function<bool()> condition);

    // Not busy, the current password typed where it is asked, every line of the checklist met, and the page's own
    // condition.
    bool isReady() const;
    bool isBusy() const { return m_busy; }
    // Disables the fields (and the other inputs) while a request is in flight, and enables them again.
    void setBusy(bool busy);
    // The button's words and whether it can be pressed; for the page's own condition. A language change needs no
    // call: the form renders the words again itself, after the page's retranslateUi().
    void updateButton();

    // If the form is ready: clears the message and turns busy, for the page to send what is typed; otherwise false.
    bool beginSubmit();
    // Copies of what is typed, for sending; the fields keep theirs until wipe().
    SecretBytes currentPassword() const;
    SecretBytes newPassword() const;
    SecretBytes confirmation() const;

    // Every field of the form empty, with no undo history, and hidden again.
    void wipe();
    // A fresh form: not busy, nothing typed, no message.
    void reset();
    // The rule is fetched after start-up; a kiosk that started while the ENT was away asks again when a page opens.
    void refreshRuleIfUnknown();
    // The ENT refused what was sent: its message, every field typed again from the first one.
    void showRefusal(const EntResult& result);

Q_SIGNALS:
    // The button was pressed, or Enter said so: the page sends the form if it is ready.
    void submitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void newPasswordEntered();

    KioskPage& m_page;
    PasswordField* const m_currentPassword;
    PasswordField* const m_newPassword;
    PasswordField* const m_confirmation;
    PasswordChecklist* const m_checklist;
    QAbstractButton* const m_submitButton;
    MessageLabel* const m_messageLabel;
    const QList<QWidget*> m_inputs; // disabled while busy
    const ButtonText m_buttonText;
    std::function<bool()> m_alsoRequired;
    bool m_enterSubmitsWhenReady = false;
    bool m_busy = false;
};

} // namespace LeoKiosk::Gui
