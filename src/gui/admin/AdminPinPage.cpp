#include "gui/admin/AdminPinPage.h"
#include "ui_AdminPinPage.h"

#include "core/secrets/SecretBytes.h"

namespace LeoKiosk::Gui {

AdminPinPage::AdminPinPage(QWidget* parent) : KioskPage(parent), m_ui(std::make_unique<Ui::AdminPinPage>())
{
    setUpUi(*m_ui);
    connect(m_ui->validateButton, &QPushButton::clicked, this, &AdminPinPage::validateRequested);
    connect(m_ui->pinLineEdit, &QLineEdit::returnPressed, this, &AdminPinPage::validateRequested);
    connect(m_ui->backButton, &QPushButton::clicked, this, &AdminPinPage::backRequested);
    updateValidateButton();
}

AdminPinPage::~AdminPinPage() = default;

void AdminPinPage::resetPage()
{
    setBusy(false);
    m_ui->pinLineEdit->wipe();
    m_ui->messageLabel->clearMessage();
}

QWidget* AdminPinPage::initialFocusWidget() const
{
    return m_ui->pinLineEdit;
}

SecretBytes AdminPinPage::takePin()
{
    SecretBytes pin(m_ui->pinLineEdit->text());
    m_ui->pinLineEdit->wipe();
    return pin;
}

void AdminPinPage::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    setInputsEnabled({m_ui->pinLineEdit, m_ui->validateButton, m_ui->backButton}, !busy);
    updateValidateButton();
    if (!busy)
        m_ui->pinLineEdit->setFocus(Qt::OtherFocusReason);
}

void AdminPinPage::showEmpty()
{
    m_ui->messageLabel->showMessage([] { return tr("Enter the administrator code."); });
}

void AdminPinPage::showRefused(int triesLeft)
{
    m_ui->messageLabel->showMessage([triesLeft] {
        //: The admin PIN was wrong; %n tries remain before the prompt locks itself
        return tr("Wrong code. %n tries left before the prompt is locked.", nullptr, triesLeft);
    });
}

void AdminPinPage::showLockedOut(std::chrono::seconds remaining)
{
    const int minutes = static_cast<int>(std::chrono::ceil<std::chrono::minutes>(remaining).count());
    m_ui->messageLabel->showMessage([minutes] {
        //: After too many wrong admin PINs; %n is the number of minutes, rounded up
        return tr("Too many wrong codes: the prompt is locked for %n more minute(s).", nullptr, minutes);
    });
}

void AdminPinPage::showNotConfigured()
{
    m_ui->messageLabel->showMessage([] { return tr("No administrator code is configured on this kiosk."); });
}

void AdminPinPage::retranslate()
{
    m_ui->retranslateUi(this);
    updateValidateButton();
}

void AdminPinPage::updateValidateButton()
{
    const QString text = m_busy
                             //: The validate button while the admin PIN is being checked
                             ? tr("Checking…")
                             //: Checks the admin PIN, in capitals as the ENT buttons (French: VALIDER)
                             : tr("VALIDATE");
    setButtonText(m_ui->validateButton, text);
}

} // namespace LeoKiosk::Gui
