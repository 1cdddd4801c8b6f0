#include "gui/help/LostIdentifierPage.h"
#include "ui_LostIdentifierPage.h"

#include "core/ent/EntClient.h"
#include "core/session/KioskSession.h"

namespace LeoKiosk::Gui {

LostIdentifierPage::LostIdentifierPage(KioskSession& session, QWidget* parent)
    : KioskPage(parent)
    , m_ui(std::make_unique<Ui::LostIdentifierPage>())
    , m_session(session)
{
    setUpUi(*m_ui);
    m_ui->structureWidget->hide();
    m_ui->resultLabel->setProperty("messagePurpose", QStringLiteral("result")); // "Résultat : …" to a screen reader
    m_ui->howBuiltLabel->hide();

    connect(m_ui->sendButton, &QPushButton::clicked, this, &LostIdentifierPage::send);
    connect(m_ui->mailLineEdit, &QLineEdit::returnPressed, this, &LostIdentifierPage::send);
    connect(m_ui->mailLineEdit, &QLineEdit::textEdited, this, &LostIdentifierPage::forgetStructures);
    connect(m_ui->firstNameLineEdit, &QLineEdit::returnPressed, this, &LostIdentifierPage::send);
    connect(m_ui->howBuiltButton, &QPushButton::toggled, m_ui->howBuiltLabel, &QLabel::setVisible);
    connect(m_ui->homeButton, &QPushButton::clicked, this, &LostIdentifierPage::homeRequested);
    retranslate();
}

LostIdentifierPage::~LostIdentifierPage() = default;

void LostIdentifierPage::resetPage()
{
    dropAnswers();
    setBusy(false);
    wipe(m_ui->mailLineEdit);
    wipe(m_ui->firstNameLineEdit);
    m_ui->structureComboBox->clear();
    m_ui->structureWidget->hide();
    m_ui->howBuiltButton->setChecked(false);
    clearMessages();
    updateSendButton();
}

QWidget* LostIdentifierPage::initialFocusWidget() const
{
    return m_ui->mailLineEdit;
}

void LostIdentifierPage::send()
{
    if (m_busy)
        return;
    const QString mail = m_ui->mailLineEdit->text().trimmed();
    const bool askingStructure = !m_ui->structureWidget->isHidden();
    const QString firstName = askingStructure ? m_ui->firstNameLineEdit->text().trimmed() : QString();
    const QString structureId =
        askingStructure ? m_ui->structureComboBox->currentData().toString() : QString();
    clearMessages();
    if (mail.isEmpty()) {
        //: Shown when ENVOYER is pressed with no e-mail address on the lost-identifier screen
        m_ui->errorLabel->showMessage([] { return tr("Enter your personal e-mail address."); });
        m_ui->mailLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (askingStructure && firstName.isEmpty()) {
        //: Shown when the first name is missing after the ENT asked for it
        m_ui->errorLabel->showMessage([] { return tr("Enter your first name."); });
        m_ui->firstNameLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    setBusy(true);
    m_session.client().forgotId(
        mail, RecoveryService::Mail, firstName, structureId,
        unlessDropped<ForgotIdResult>([this](const ForgotIdResult& result) { finishSending(result); }));
}

void LostIdentifierPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->mailLineEdit->setAccessibleName(m_ui->mailLabel->text());
    m_ui->firstNameLineEdit->setAccessibleName(m_ui->firstNameLabel->text());
    m_ui->structureComboBox->setAccessibleName(m_ui->structureLabel->text());
    m_ui->howBuiltButton->setAccessibleName(m_ui->howBuiltButton->text());
    updateSendButton();
}

void LostIdentifierPage::finishSending(const ForgotIdResult& result)
{
    setBusy(false);
    if (!result.ok()) {
        m_ui->errorLabel->showResult(result);
        m_ui->sendButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!result.structures.isEmpty() && m_ui->structureWidget->isHidden()) {
        showStructures(result);
        return;
    }
    m_ui->resultLabel->showMessage([] {
        //: Shown after an identifier was asked, whatever the ENT answered (ENT: auth.notify.login.forgotten)
        return tr("If this e-mail address is valid, a message with your identifier has been sent to it. Remember "
                  "to check your spam folder.");
    });
    m_ui->homeButton->setFocus(Qt::OtherFocusReason);
}

void LostIdentifierPage::showStructures(const ForgotIdResult& result)
{
    m_ui->structureComboBox->clear();
    for (const RecoveryStructure& structure : result.structures)
        m_ui->structureComboBox->addItem(structure.structureName, structure.structureId);
    m_ui->structureWidget->show();
    m_ui->firstNameLineEdit->setFocus(Qt::OtherFocusReason);
}

void LostIdentifierPage::forgetStructures()
{
    // The schools answered for the address they were asked for: a corrected address is asked afresh, without a first
    // name or a school that belong to the other one.
    if (m_ui->structureWidget->isHidden())
        return;
    wipe(m_ui->firstNameLineEdit);
    m_ui->structureComboBox->clear();
    m_ui->structureWidget->hide();
}

void LostIdentifierPage::clearMessages()
{
    m_ui->errorLabel->clearMessage();
    m_ui->resultLabel->clearMessage();
}

void LostIdentifierPage::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    setInputsEnabled({m_ui->mailLineEdit, m_ui->firstNameLineEdit, m_ui->structureComboBox}, !busy);
    updateSendButton();
}

void LostIdentifierPage::updateSendButton()
{
    const QString text = m_busy
        //: The send button while the ENT is being asked
        ? tr("Sending…")
        //: Asks for the identifier by e-mail, in capitals as on the ENT (ENT: ENVOYER)
        : tr("SEND");
    setButtonText(m_ui->sendButton, text);
    m_ui->sendButton->setEnabled(!m_busy);
}

} // namespace LeoKiosk::Gui
