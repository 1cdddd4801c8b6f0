#include "gui/help/ResetCodePage.h"
#include "ui_ResetCodePage.h"

#include "core/ent/EntClient.h"
#include "core/ent/ResetCode.h"
#include "core/session/KioskSession.h"
#include "gui/widgets/EasyReadPanel.h"
#include "gui/widgets/IdentifierValidator.h"

namespace LeoKiosk::Gui {

ResetCodePage::ResetCodePage(KioskSession& session, QWidget* parent)
    : KioskPage(parent)
    , m_ui(std::make_unique<Ui::ResetCodePage>())
    , m_session(session)
{
    setUpUi(*m_ui);
    EasyReadPanel::addUnder(m_ui->titleLabel, EasyReadTexts::Screen::ResetCode, m_ui->loginLineEdit);
    IdentifierValidator::attachTo(m_ui->loginLineEdit);
    // A code is short-lived and checked against what the pupil reads on their phone: shown as typed, yet never
    // copied, selected or offered to predictive input.
    m_ui->codeLineEdit->setRevealed(true);

    connect(m_ui->verifyButton, &QPushButton::clicked, this, &ResetCodePage::verify);
    connect(m_ui->loginLineEdit, &QLineEdit::returnPressed, this, &ResetCodePage::verify);
    connect(m_ui->codeLineEdit, &QLineEdit::returnPressed, this, &ResetCodePage::verify);
    connect(m_ui->newCodeButton, &QPushButton::clicked, this,
            [this] { Q_EMIT newCodeRequested(m_ui->loginLineEdit->text()); });
    connect(m_ui->homeButton, &QPushButton::clicked, this, &ResetCodePage::homeRequested);
    updateVerifyButton();
}

ResetCodePage::~ResetCodePage() = default;

void ResetCodePage::open(const QString& login)
{
    resetPage();
    m_ui->loginLineEdit->setText(KioskSession::normalizeLogin(login));
}

void ResetCodePage::resetPage()
{
    dropAnswers();
    setBusy(false);
    wipe(m_ui->loginLineEdit);
    m_ui->codeLineEdit->wipe();
    m_ui->errorLabel->clearMessage();
    m_ui->newCodeButton->hide();
    m_triedLogin.clear();
    m_wrongTries = 0;
}

QWidget* ResetCodePage::initialFocusWidget() const
{
    if (m_ui->loginLineEdit->text().isEmpty())
        return m_ui->loginLineEdit;
    return m_ui->codeLineEdit;
}

void ResetCodePage::verify()
{
    if (m_busy)
        return;
    m_ui->errorLabel->clearMessage();
    m_ui->newCodeButton->hide();

    const std::optional<ResetCode::Link> typed = ResetCode::parseLink(m_ui->codeLineEdit->text());
    if (typed && !typed->login.isEmpty() && m_ui->loginLineEdit->text().isEmpty())
        m_ui->loginLineEdit->setText(KioskSession::normalizeLogin(typed->login));
    const QString login = m_ui->loginLineEdit->text();
    if (login.isEmpty()) {
        m_ui->errorLabel->showMessage([] { return tr("Enter your identifier."); });
        m_ui->loginLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_ui->codeLineEdit->text().trimmed().isEmpty()) {
        m_ui->errorLabel->showMessage([] { return tr("Enter the code you received."); });
        m_ui->codeLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!typed) {
        m_ui->errorLabel->showMessage([] {
            //: The typed code is neither 8 characters of the ENT's alphabet nor a reset link
            return tr("This is not a reset code. The code has 8 characters (letters and digits); you can also type "
                      "the whole link from the e-mail.");
        });
        m_ui->codeLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (login != m_triedLogin) {
        m_triedLogin = login;
        m_wrongTries = 0;
    }
    if (m_wrongTries >= maxWrongTries) {
        showTooManyTries();
        return;
    }

    setBusy(true);
    const QString code = typed->code;
    auto checked = [this, login, code](const CodeMatchResult& result) { finishVerifying(result, login, code); };
    m_session.client().matchResetCode(login, code, unlessDropped<CodeMatchResult>(std::move(checked)));
}

void ResetCodePage::retranslate()
{
    m_ui->retranslateUi(this);
    updateVerifyButton();
}

void ResetCodePage::finishVerifying(const CodeMatchResult& result, const QString& login, const QString& code)
{
    setBusy(false);
    if (!result.ok()) {
        m_ui->errorLabel->showResult(result);
        m_ui->verifyButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (result.match) {
        Q_EMIT codeMatched(login, code);
        return;
    }
    if (++m_wrongTries >= maxWrongTries) {
        showTooManyTries();
        return;
    }
    m_ui->errorLabel->showMessage([] {
        //: The ENT does not know this code for this identifier (wrong, expired or already used)
        return tr("This code is not valid or has expired. Check it, or request a new code.");
    });
    m_ui->newCodeButton->show();
    m_ui->codeLineEdit->setFocus(Qt::OtherFocusReason);
}

void ResetCodePage::showTooManyTries()
{
    m_ui->errorLabel->showMessage([] {
        //: After five wrong codes for one identifier; the ENT no longer accepts the code either
        return tr("Too many tries: this code can no longer be used. Request a new code.");
    });
    m_ui->codeLineEdit->wipe();
    m_ui->newCodeButton->show();
    m_ui->newCodeButton->setFocus(Qt::OtherFocusReason);
}

void ResetCodePage::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    setInputsEnabled({m_ui->loginLineEdit, m_ui->codeLineEdit, m_ui->verifyButton}, !busy);
    updateVerifyButton();
}

void ResetCodePage::updateVerifyButton()
{
    const QString text = m_busy
        //: The check button while the ENT is being asked
        ? tr("Checking…")
        //: Checks the reset code with the ENT, in capitals like the ENT's buttons (VÉRIFIER LE CODE)
        : tr("CHECK THE CODE");
    setButtonText(m_ui->verifyButton, text);
}

} // namespace LeoKiosk::Gui
