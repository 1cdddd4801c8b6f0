#include "gui/account/AccountPage.h"
#include "ui_AccountPage.h"

#include "core/secrets/SecretBytes.h"
#include "core/session/KioskSession.h"
#include "gui/widgets/PageScrollArea.h"

#include <QRegularExpression>
#include <QScrollBar>
#include <QStyle>

#include <utility>

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

namespace {

// "9:05": minutes and seconds left.
QString clock(int seconds)
{
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// The mail section shares one message label between outcomes: its kind (style, and alert or label to a screen
// reader) is set before each message, as a success must not be read out as an error.
void setMessageKind(QLabel* label, const QString& kind)
{
    if (label->property("messageKind").toString() == kind)
        return;
    label->setProperty("messageKind", kind);
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace

AccountPage::AccountPage(KioskSession& session, QWidget* parent)
    : KioskPage(parent)
    , m_ui(setUpUi<Ui::AccountPage>())
    , m_session(session)
    , m_passwordForm(*this, session.authContext(), PasswordPolicy::Purpose::Reset,
                     {.currentPassword = m_ui->oldPasswordField, .newPassword = m_ui->newPasswordField,
                      .confirmation = m_ui->confirmationField, .checklist = m_ui->passwordChecklist,
                      .submitButton = m_ui->changePasswordButton, .messageLabel = m_ui->passwordMessageLabel},
                     &AccountPage::passwordButtonText)
{
    m_codeTimer.setInterval(std::chrono::seconds(1));
    connect(&m_codeTimer, &QTimer::timeout, this, &AccountPage::tickCode);
    connect(&m_passwordForm, &NewPasswordForm::submitRequested, this, &AccountPage::changePassword);

    connect(m_ui->newMailLineEdit, &QLineEdit::textChanged, this, &AccountPage::updateMailButtons);
    connect(m_ui->newMailLineEdit, &QLineEdit::returnPressed, this, &AccountPage::requestMailChange);
    connect(m_ui->sendMailButton, &QPushButton::clicked, this, &AccountPage::requestMailChange);
    connect(m_ui->codeLineEdit, &QLineEdit::textChanged, this, &AccountPage::updateMailButtons);
    connect(m_ui->codeLineEdit, &QLineEdit::returnPressed, this, &AccountPage::submitMailCode);
    connect(m_ui->submitCodeButton, &QPushButton::clicked, this, &AccountPage::submitMailCode);

    connect(m_ui->signOutEverywhereButton, &QPushButton::clicked, this, &AccountPage::askSignOutEverywhere);
    connect(m_ui->cancelSignOutEverywhereButton, &QPushButton::clicked, this,
            &AccountPage::cancelSignOutEverywhere);
    connect(m_ui->confirmSignOutEverywhereButton, &QPushButton::clicked, this, &AccountPage::signOutEverywhere);

    connect(m_ui->backButton, &QPushButton::clicked, this, &AccountPage::backRequested);
    connect(m_ui->accountSignOutButton, &QPushButton::clicked, this,
            [this] { m_session.end(KioskSession::EndReason::Logout); });
    resetPage();
}

AccountPage::~AccountPage() = default;

void AccountPage::open()
{
    resetPage();
    m_passwordForm.refreshRuleIfUnknown();
    loadMailState();
}

void AccountPage::offerRecoveryAddress()
{
    open();
    m_offering = true;
}

void AccountPage::resetPage()
{
    dropAnswers();
    m_offering = false;
    m_passwordForm.reset();
    setMailBusy(false);
    setSessionsBusy(false);
    wipe(m_ui->newMailLineEdit);
    wipe(m_ui->codeLineEdit);
    m_ui->mailMessageLabel->clearMessage();
    m_ui->sessionsMessageLabel->clearMessage();
    m_mailKnown = false;
    m_email.clear();
    m_validation = MailValidation();
    m_verified = false;
    m_codeSecondsLeft = 0;
    m_codeTimer.stop();
    m_ui->confirmWidget->hide();
    pageScrollArea()->verticalScrollBar()->setValue(0);
    renderMail();
}

QWidget* AccountPage::initialFocusWidget() const
{
    return m_ui->oldPasswordField;
}

void AccountPage::retranslate()
{
    m_ui->retranslateUi(this);
    renderMail();
}

// Password ---------------------------------------------------------------------------------------------------------

QString AccountPage::passwordButtonText(bool busy)
{
    return busy
        //: The change-password button while the ENT is saving the new password
        ? tr("Saving…")
        //: Sends the password change to the ENT (ENT: Changer mon mot de passe)
        : tr("Change my password");
}

void AccountPage::changePassword()
{
    if (!m_passwordForm.beginSubmit())
        return;
    m_session.client().changePassword(
        m_session.user().login, m_passwordForm.currentPassword(), m_passwordForm.newPassword(),
        m_passwordForm.confirmation(),
        unlessDropped<EntResult>([this](const EntResult& result) { finishChangingPassword(result); }));
}

void AccountPage::finishChangingPassword(const EntResult& result)
{
    m_passwordForm.setBusy(false);
    if (result.status == EntStatus::NotAuthenticated)
        return handleNotAuthenticated(result);
    // Whatever the outcome, a password is never left in the fields once the ENT has judged it.
    if (result.ok() || !entJudgedNothing(result.status))
        m_passwordForm.wipe();
    if (result.ok()) {
        m_ui->passwordMessageLabel->setProperty("messageKind", u"info"_s);
        m_ui->passwordMessageLabel->showMessage(
            //: After a successful password change on the account screen
            [] { return tr("Your password has been changed. Use the new one from now on."); });
    } else {
        m_ui->passwordMessageLabel->setProperty("messageKind", u"error"_s);
        m_ui->passwordMessageLabel->showResult(result);
    }
    style()->unpolish(m_ui->passwordMessageLabel);
    style()->polish(m_ui->passwordMessageLabel);
    m_ui->oldPasswordField->setFocus(Qt::OtherFocusReason);
}

void AccountPage::handleNotAuthenticated(const EntResult&)
{
    // The ENT no longer knows this session: nothing here can go on; the full wipe, and the sign-in screen says why.
    m_session.lapse();
}

// Recovery e-mail --------------------------------------------------------------------------------------------------

void AccountPage::loadMailState()
{
    m_mailBusy = true;
    updateMailButtons();
    m_session.client().mailState(unlessDropped<MailStateResult>([this](const MailStateResult& result) {
        m_mailBusy = false;
        if (result.status == EntStatus::NotAuthenticated)
            return handleNotAuthenticated(result);
        if (!result.ok()) {
            m_offering = false;
            setMessageKind(m_ui->mailMessageLabel, u"error"_s);
            m_ui->mailMessageLabel->showResult(result);
            updateMailButtons();
            return;
        }
        showMailState(result.mailState);
        if (std::exchange(m_offering, false) && !m_verified) {
            setMessageKind(m_ui->mailMessageLabel, u"info"_s);
            m_ui->mailMessageLabel->showMessage([] {
                //: Mon compte, just after signing in with a new password, for an account without a verified personal
                //: e-mail (the ENT guide's advice). "Back" skips it
                return tr("Your password has been reset. Add a personal e-mail address now: next time you will be "
                          "able to get a new password on your own. You can also do it later (Back).");
            });
            Q_EMIT recoveryAddressOffered();
            m_ui->newMailLineEdit->setFocus(Qt::OtherFocusReason);
        }
    }));
}

void AccountPage::showMailState(const MailState& state)
{
    m_mailKnown = true;
    m_email = state.email;
    m_verified = state.isVerified();
    showValidation(state.validation);
}

void AccountPage::showValidation(const MailValidation& validation)
{
    m_validation = validation;
    m_codeSecondsLeft = validation.ttlSeconds.value_or(0);
    if (codeShown() && m_codeSecondsLeft > 0)
        m_codeTimer.start();
    else
        m_codeTimer.stop();
    if (!codeShown())
        wipe(m_ui->codeLineEdit);
    renderMail();
}

void AccountPage::tickCode()
{
    if (m_codeSecondsLeft > 0)
        --m_codeSecondsLeft;
    if (m_codeSecondsLeft == 0)
        m_codeTimer.stop();
    renderCodeInfo();
}

void AccountPage::renderMail()
{
    if (!m_mailKnown) {
        //: Account screen, while the ENT is asked for the personal e-mail address
        m_ui->currentMailLabel->setText(m_mailBusy ? tr("Loading…") : QString());
    } else if (m_email.isEmpty()) {
        //: Account screen: the account has no personal e-mail address
        m_ui->currentMailLabel->setText(tr("You have no personal e-mail address yet."));
    } else {
        //: Account screen; %1 is the current personal e-mail address, masked (a…s@exemple.fr)
        m_ui->currentMailLabel->setText(tr("Current address: %1").arg(maskedMailAddress(m_email)));
    }

    QString state;
    if (m_mailKnown) {
        switch (m_validation.state) {
        case MailValidation::State::Pending:
            //: State of the e-mail address change; %1 is the new address waiting for its code, masked (a…s@exemple.fr)
            state = tr("Waiting for confirmation: a code was sent to %1.").arg(maskedMailAddress(m_validation.pending));
            break;
        case MailValidation::State::Outdated:
            if (m_verified) {
                //: State of the personal e-mail address: proven by a code
                state = tr("This address is confirmed.");
            } else if (m_validation.triesExhausted()) {
                //: State of the e-mail address change: five wrong codes; a new code must be asked for
                state = tr("The code is no longer valid: too many wrong tries. Ask for a new code.");
            } else {
                //: State of the e-mail address change: the code expired; a new code must be asked for
                state = tr("The code is no longer valid: it has expired. Ask for a new code.");
            }
            break;
        case MailValidation::State::Valid:
            state = tr("This address is confirmed.");
            break;
        case MailValidation::State::Unchecked:
            if (!m_email.isEmpty())
                //: State of the personal e-mail address: never proven by a code
                state = m_verified ? tr("This address is confirmed.") : tr("This address is not confirmed yet.");
            break;
        }
    }
    m_ui->mailStateLabel->setText(state);
    m_ui->mailStateLabel->setVisible(!state.isEmpty());
    m_ui->codeWidget->setVisible(codeShown());
    renderCodeInfo();
    updateMailButtons();
}

void AccountPage::renderCodeInfo()
{
    if (!codeShown()) {
        m_ui->codeInfoLabel->clear();
        return;
    }
    QStringList parts;
    if (m_codeSecondsLeft > 0)
        //: Under the e-mail code field; %1 is minutes:seconds left, e.g. 9:05
        parts << tr("Time left: %1.").arg(clock(m_codeSecondsLeft));
    else
        //: Under the e-mail code field, once the code's time is up
        parts << tr("The code has expired: ask for a new one.");
    if (m_validation.tries)
        //: Under the e-mail code field: how many wrong codes may still be typed
        parts << tr("Tries left: %1.").arg(*m_validation.tries);
    m_ui->codeInfoLabel->setText(parts.join(u' '));
}

void AccountPage::updateMailButtons()
{
    //: The send-code button while the ENT is sending the e-mail
    const QString sendText = m_mailBusy ? tr("Please wait…") : tr("Send me a code");
    setButtonText(m_ui->sendMailButton, sendText);
    m_ui->sendMailButton->setEnabled(!m_mailBusy && m_ui->newMailLineEdit->text().contains(u'@'));
    m_ui->submitCodeButton->setEnabled(!m_mailBusy && m_ui->codeLineEdit->text().trimmed().size() == 6);
}

void AccountPage::setMailBusy(bool busy)
{
    m_mailBusy = busy;
    setInputsEnabled({m_ui->newMailLineEdit, m_ui->codeLineEdit}, !busy);
    updateMailButtons();
}

// A PUT or POST mailstate the ENT did not carry out: the full wipe if the session is gone, else the ENT's reason.
void AccountPage::showMailFailure(const EntResult& result)
{
    if (result.status == EntStatus::NotAuthenticated)
        return handleNotAuthenticated(result);
    setMessageKind(m_ui->mailMessageLabel, u"error"_s);
    m_ui->mailMessageLabel->showResult(result);
}

void AccountPage::requestMailChange()
{
    const QString email = m_ui->newMailLineEdit->text().trimmed();
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    m_ui->mailMessageLabel->clearMessage();
    if (m_mailBusy)
        return;
    if (!shape.match(email).hasMatch()) {
        setMessageKind(m_ui->mailMessageLabel, u"error"_s);
        //: The typed e-mail address is not one
        m_ui->mailMessageLabel->showMessage([] { return tr("This does not look like an e-mail address."); });
        return;
    }
    setMailBusy(true);
    m_session.client().requestMailChange(email, unlessDropped<EntResult>([this](const EntResult& result) {
        setMailBusy(false);
        if (!result.ok())
            return showMailFailure(result);
        wipe(m_ui->newMailLineEdit);
        wipe(m_ui->codeLineEdit);
        // The PUT says nothing else (ENT protocol §16.4): the state, the time and the tries come from GET.
        loadMailState();
        m_ui->codeLineEdit->setFocus(Qt::OtherFocusReason);
    }));
}

void AccountPage::submitMailCode()
{
    const QString code = m_ui->codeLineEdit->text().trimmed();
    if (m_mailBusy || code.size() != 6)
        return;
    m_ui->mailMessageLabel->clearMessage();
    setMailBusy(true);
    m_session.client().submitMailCode(code, unlessDropped<MailCodeResult>([this](const MailCodeResult& result) {
        setMailBusy(false);
        if (!result.ok())
            return showMailFailure(result);
        wipe(m_ui->codeLineEdit);
        MailValidation validation = result.validation;
        switch (validation.state) {
        case MailValidation::State::Valid:
            m_email = validation.valid;
            m_verified = true;
            setMessageKind(m_ui->mailMessageLabel, u"info"_s);
            //: After the right code: the new personal e-mail address is saved
            m_ui->mailMessageLabel->showMessage([] { return tr("Your new address is confirmed and saved."); });
            break;
        case MailValidation::State::Pending:
            validation.pending = m_validation.pending; // POST does not send it again (ENT protocol §16.5)
            setMessageKind(m_ui->mailMessageLabel, u"error"_s);
            //: After a wrong e-mail code
            m_ui->mailMessageLabel->showMessage([] { return tr("This code is not right. Check it and try again."); });
            break;
        default:
            validation.pending = m_validation.pending;
            m_verified = false;
            break;
        }
        showValidation(validation);
        m_ui->codeLineEdit->setFocus(Qt::OtherFocusReason);
    }));
}

// Sign out everywhere ----------------------------------------------------------------------------------------------

void AccountPage::askSignOutEverywhere()
{
    m_ui->sessionsMessageLabel->clearMessage();
    m_ui->confirmWidget->show();
    pageScrollArea()->reveal(m_ui->confirmWidget);
    m_ui->cancelSignOutEverywhereButton->setFocus(Qt::OtherFocusReason);
}

void AccountPage::cancelSignOutEverywhere()
{
    m_ui->confirmWidget->hide();
    m_ui->signOutEverywhereButton->setFocus(Qt::OtherFocusReason);
}

void AccountPage::setSessionsBusy(bool busy)
{
    m_sessionsBusy = busy;
    setInputsEnabled({m_ui->confirmSignOutEverywhereButton}, !busy);
}

void AccountPage::signOutEverywhere()
{
    if (m_sessionsBusy || !m_ui->confirmWidget->isVisible())
        return;
    setSessionsBusy(true);
    m_session.client().endOtherSessions(unlessDropped<EntResult>([this](const EntResult& result) {
        setSessionsBusy(false);
        if (result.status == EntStatus::NotAuthenticated)
            return handleNotAuthenticated(result);
        // Signed in with the OAuth2 grant, this terminal holds a token, and ENT Core drops every token of the account,
        // the caller's included (ENT protocol §2.3, §3.14): its session is over too, so the full wipe, not a page that
        // looks signed in until the next request fails. A cookie session is the one the ENT keeps.
        if (result.ok() && m_session.config().usesOAuth())
            return m_session.end(KioskSession::EndReason::Logout);
        m_ui->confirmWidget->hide();
        m_ui->signOutEverywhereButton->setFocus(Qt::OtherFocusReason);
        if (result.ok()) {
            m_ui->sessionsMessageLabel->showMessage(
                //: After signing out everywhere: this terminal stays signed in until Sign out
                [] { return tr("Your other devices and the phone app are signed out."); });
        } else {
            m_ui->sessionsMessageLabel->showResult(result);
        }
    }));
}

} // namespace LeoKiosk::Gui
