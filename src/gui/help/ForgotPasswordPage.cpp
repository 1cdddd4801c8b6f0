#include "gui/help/ForgotPasswordPage.h"
#include "ui_ForgotPasswordPage.h"

#include "core/ent/EntClient.h"
#include "core/session/KioskSession.h"
#include "gui/widgets/EasyReadPanel.h"
#include "gui/widgets/FederatedNotice.h"
#include "gui/widgets/IdentifierValidator.h"

namespace LeoKiosk::Gui {

using namespace std::chrono_literals;

ForgotPasswordPage::ForgotPasswordPage(KioskSession& session, QWidget* parent)
    : KioskPage(parent)
    , m_ui(std::make_unique<Ui::ForgotPasswordPage>())
    , m_session(session)
{
    setUpUi(*m_ui);
    // Under the result: a pupil whose account is federated gets the neutral sentence and never a message.
    m_ui->pageLayout->insertWidget(
        m_ui->pageLayout->indexOf(m_ui->homeButton),
        new FederatedNotice(session.config().federatedNotice, session.config().federatedNoticeUrl, this));
    EasyReadPanel::addUnder(m_ui->titleLabel, EasyReadTexts::Screen::ForgotPassword, m_ui->loginLineEdit);
    IdentifierValidator::attachTo(m_ui->loginLineEdit);
    m_ui->channelWidget->hide();
    m_ui->resultLabel->setProperty("messagePurpose", QStringLiteral("result")); // "Résultat : …" to a screen reader
    m_ui->cooldownLabel->hide();

    m_cooldownTimer.setInterval(1s);
    m_cooldownTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_cooldownTimer, &QTimer::timeout, this, &ForgotPasswordPage::tick);

    connect(m_ui->sendButton, &QPushButton::clicked, this, &ForgotPasswordPage::send);
    connect(m_ui->loginLineEdit, &QLineEdit::returnPressed, this, &ForgotPasswordPage::send);
    connect(m_ui->codeReceivedButton, &QPushButton::clicked, this, [this] { Q_EMIT codeReceived(m_sentFor); });
    connect(m_ui->homeButton, &QPushButton::clicked, this, &ForgotPasswordPage::homeRequested);
    updateSendButton();
}

ForgotPasswordPage::~ForgotPasswordPage() = default;

void ForgotPasswordPage::open(const QString& login)
{
    m_ui->loginLineEdit->setText(KioskSession::normalizeLogin(login));
    clearMessages();
}

void ForgotPasswordPage::resetPage()
{
    dropAnswers();
    setBusy(false);
    m_cooldownTimer.stop();
    m_secondsLeft = 0;
    wipe(m_ui->loginLineEdit);
    m_sentFor.clear();
    m_ui->mailRadioButton->setChecked(true);
    m_ui->channelWidget->hide();
    m_channelsAsked = false; // the next pupil's visit asks again: the ENT's configuration may have changed
    clearMessages();
    updateSendButton();
}

QWidget* ForgotPasswordPage::initialFocusWidget() const
{
    if (m_ui->loginLineEdit->text().isEmpty())
        return m_ui->loginLineEdit;
    return m_ui->sendButton->isEnabled() ? static_cast<QWidget*>(m_ui->sendButton) : m_ui->loginLineEdit;
}

void ForgotPasswordPage::setCooldown(std::chrono::seconds cooldown)
{
    m_cooldown = cooldown;
}

void ForgotPasswordPage::send()
{
    if (m_busy || isCoolingDown())
        return;
    const QString login = m_ui->loginLineEdit->text(); // already in the ENT's form: see IdentifierValidator
    clearMessages();
    if (login.isEmpty()) {
        m_ui->errorLabel->showMessage([] { return tr("Enter your identifier."); });
        m_ui->loginLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    const bool bySms = !m_ui->channelWidget->isHidden() && m_ui->smsRadioButton->isChecked();
    const RecoveryService service = bySms ? RecoveryService::Mobile : RecoveryService::Mail;
    setBusy(true);
    auto sent = [this, login, service](const EntResult& result) {
        if (result.ok())
            m_sentFor = login;
        finishSending(result, service);
    };
    m_session.client().forgotPassword(login, service, unlessDropped<EntResult>(std::move(sent)));
}

void ForgotPasswordPage::retranslate()
{
    m_ui->retranslateUi(this);
    updateSendButton();
}

void ForgotPasswordPage::showEvent(QShowEvent* event)
{
    KioskPage::showEvent(event);
    if (m_channelsAsked)
        return;
    m_channelsAsked = true;
    m_session.client().passwordChannels(unlessDropped<PasswordChannelsResult>(
        [this](const PasswordChannelsResult& result) { showChannels(result); }));
}

void ForgotPasswordPage::showChannels(const PasswordChannelsResult& result)
{
    // Without an answer the ENT's own default applies: e-mail, the one channel every platform has.
    m_ui->channelWidget->setVisible(result.ok() && result.mobile);
}

void ForgotPasswordPage::finishSending(const EntResult& result, RecoveryService service)
{
    setBusy(false);
    if (!result.ok()) {
        // The ENT was not reached (or answered out of contract): nothing is known to have been sent, so the pupil
        // may try again at once with what they typed.
        m_ui->errorLabel->showResult(result);
        m_ui->sendButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (service == RecoveryService::Mobile) {
        m_ui->resultLabel->showMessage([] {
            //: Shown after a code was asked by SMS, whatever the ENT answered (ENT: auth.notify.password.forgotten.sms)
            return tr("If a phone number is linked to this account, a code has been sent to the mobile phone number "
                      "you gave.");
        });
    } else {
        m_ui->resultLabel->showMessage([] {
            //: Shown after a message was asked by e-mail, whatever the ENT answered
            //: (ENT: auth.notify.password.forgotten)
            return tr("If an e-mail address is linked to this account, a message with a link to renew your password "
                      "has been sent to it. Remember to check your spam folder.");
        });
    }
    m_secondsLeft = int(m_cooldown.count());
    if (m_secondsLeft > 0)
        m_cooldownTimer.start();
    updateSendButton();
    m_ui->codeReceivedButton->show();
    m_ui->codeReceivedButton->setFocus(Qt::OtherFocusReason);
}

void ForgotPasswordPage::clearMessages()
{
    m_ui->errorLabel->clearMessage();
    m_ui->resultLabel->clearMessage();
    m_ui->codeReceivedButton->hide();
}

void ForgotPasswordPage::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    setInputsEnabled({m_ui->loginLineEdit, m_ui->mailRadioButton, m_ui->smsRadioButton}, !busy);
    updateSendButton();
}

void ForgotPasswordPage::tick()
{
    if (--m_secondsLeft <= 0) {
        m_secondsLeft = 0;
        m_cooldownTimer.stop();
    }
    updateSendButton();
}

void ForgotPasswordPage::updateSendButton()
{
    const QString text = m_busy
        //: The send button while the ENT is being asked
        ? tr("Sending…")
        //: Sends the reset message, in capitals as on the ENT (ENT: ENVOYER)
        : tr("SEND");
    setButtonText(m_ui->sendButton, text);
    m_ui->sendButton->setEnabled(!m_busy && !isCoolingDown());

    if (isCoolingDown()) {
        //: Under the disabled send button, counting down each second; "s" is the symbol for seconds
        m_ui->cooldownLabel->setText(tr("You can send a new code in %n s", nullptr, m_secondsLeft));
        m_ui->cooldownLabel->show();
    } else {
        m_ui->cooldownLabel->clear();
        m_ui->cooldownLabel->hide();
    }
}

} // namespace LeoKiosk::Gui
