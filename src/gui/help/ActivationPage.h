#pragma once

#include "gui/KioskPage.h"
#include "gui/widgets/NewPasswordForm.h"

#include <memory>

namespace Ui {
class ActivationPage;
}

namespace LeoKiosk {
class KioskSession;
struct EntResult;
}

namespace LeoKiosk::Gui {

// First-time activation (ENT protocol §3.2): the ENT recognised an activation code typed as the password. The
// identifier (read-only), the new password twice with the live checklist of the activation rule, an optional
// personal e-mail address, the terms of use with a required box when /auth/context says cgu, and ACTIVER MON
// COMPTE → KioskSession::activate(). Success signs the pupil in (KioskSession::signedIn) or, where the ENT does not,
// emits activated(); a refusal shows the ENT's message and the password fields are typed again.
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
    void showTerms(); // the terms box, as /auth/context asks
    static QString activateButtonText(bool busy);

    const std::unique_ptr<Ui::ActivationPage> m_ui;
    KioskSession& m_session;
    NewPasswordForm m_passwordForm;
    QString m_login;
    QString m_code;
};

} // namespace LeoKiosk::Gui
