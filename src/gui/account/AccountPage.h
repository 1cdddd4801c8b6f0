#pragma once

#include "core/ent/MailState.h"
#include "gui/KioskPage.h"
#include "gui/widgets/NewPasswordForm.h"

#include <QTimer>

#include <memory>

namespace Ui {
class AccountPage;
}

namespace LeoKiosk {
class KioskSession;
struct EntResult;
}

namespace LeoKiosk::Gui {

// "Mon compte": change the password (current, new twice, the live checklist), the personal e-mail address
// used for recovery (current address and its state; a new one is proven by a 6-digit code, with the remaining time
// and tries shown), the ENT's security advice, and signing out of every device after an in-page confirmation.
// Nothing typed here outlives resetPage().
class AccountPage final : public KioskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPage)

public:
    explicit AccountPage(KioskSession& session, QWidget* parent = nullptr);
    ~AccountPage() override;

    // A fresh screen for the signed-in user; asks the ENT for the e-mail state.
    void open();
    // After a password reset (issue #16, the guide's advice): open() and, once the ENT says the account has no
    // verified personal address, recoveryAddressOffered() with the offer said on the screen. Skipping is "Back".
    void offerRecoveryAddress();
    void resetPage() override;
    QWidget* initialFocusWidget() const override;

public Q_SLOTS:
    void changePassword();
    void requestMailChange();
    void submitMailCode();

Q_SIGNALS:
    void backRequested();
    void recoveryAddressOffered();

protected:
    void retranslate() override;

private:
    static QString passwordButtonText(bool busy);
    void finishChangingPassword(const EntResult& result);

    void loadMailState();
    void showMailState(const MailState& state);
    void showValidation(const MailValidation& validation);
    // The code field is there while a new address waits for its code.
    bool codeShown() const { return m_validation.state == MailValidation::State::Pending; }
    void renderMail();
    void renderCodeInfo();
    void tickCode();
    void updateMailButtons();
    void setMailBusy(bool busy);
    void showMailFailure(const EntResult& result);

    void askSignOutEverywhere();
    void cancelSignOutEverywhere();
    void setSessionsBusy(bool busy);
    void signOutEverywhere();

    void handleNotAuthenticated(const EntResult& result);

    const std::unique_ptr<Ui::AccountPage> m_ui;
    KioskSession& m_session;
    NewPasswordForm m_passwordForm;
    bool m_mailBusy = false;
    bool m_offering = false; // offerRecoveryAddress() waits for the e-mail state
    bool m_sessionsBusy = false;
    bool m_mailKnown = false;
    QString m_email;          // the current address, "" when none
    MailValidation m_validation;
    bool m_verified = false;
    int m_codeSecondsLeft = 0;
    QTimer m_codeTimer;
};

} // namespace LeoKiosk::Gui
