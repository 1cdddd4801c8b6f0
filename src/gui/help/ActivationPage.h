#pragma once

#include "gui/KioskPage.h"
#include "gui/widgets/NewPasswordForm.h"

#include <functional>
#include <memory>

namespace Ui {
class ActivationPage;
}

namespace LeoKiosk {
class KioskSession;
struct EntResult;
}

namespace LeoKiosk::Gui {

// First-time activation (ENT protocol §3.2, §3.16): the ENT recognised an activation code typed as the password. The
// identifier (read-only), the new password twice with the live checklist of the activation rule, the personal e-mail
// address and the mobile number, the terms of use with a required box when /auth/context says cgu, and ACTIVER MON
// COMPTE → KioskSession::activate(). The ENT stores exactly the e-mail and mobile it is sent, so both fields start
// with what the ENT holds (KioskSession::readActivationAccount, the way the ENT's own page gets them) and the button
// waits for them: a kiosk that cannot read them does not activate (it would erase them) and says to use the ENT
// website. Each is optional unless /auth/context's mandatory.mail / mandatory.phone says otherwise, and checked as
// the ENT checks it before anything is sent. Success signs the pupil in (KioskSession::signedIn) or, where the ENT
// does not, emits activated(); a refusal shows the ENT's messages, in the kiosk's words where it knows them, and the
// password fields are typed again.
class ActivationPage final : public KioskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivationPage)

public:
    explicit ActivationPage(KioskSession& session, QWidget* parent = nullptr);
    ~ActivationPage() override;

    // A fresh screen for the account waiting for activation, with the code that was typed at sign-in.
    void open(const QString& login, const QString& activationCode);
    void resetPage() override;
    QWidget* initialFocusWidget() const override;

    // For the login screen when the ENT activated the account without signing it in.
    static QString activatedMessage();

Q_SIGNALS:
    void activated(const QString& login);
    void homeRequested();

protected:
    void retranslate() override;

private:
    void submit();
    bool cguRequired() const;
    bool mandatory(const QString& field) const; // /auth/context mandatory.mail, mandatory.phone
    void showAccount(const EntResult& result); // the account's e-mail and mobile, once read
    // What is wrong with the e-mail and mobile as typed, as the ENT would say it; no field if nothing.
    struct FieldProblem
    {
        QWidget* field = nullptr;
        std::function<QString()> text;
    };
    FieldProblem fieldProblem() const;
    void showFieldLabels();
    void showTerms(); // the terms box, as /auth/context asks
    static QString activateButtonText(bool busy);

    const std::unique_ptr<Ui::ActivationPage> m_ui;
    KioskSession& m_session;
    NewPasswordForm m_passwordForm;
    QString m_login;
    QString m_code;
    bool m_accountRead = false; // the e-mail and mobile fields hold what the ENT holds
};

} // namespace LeoKiosk::Gui
