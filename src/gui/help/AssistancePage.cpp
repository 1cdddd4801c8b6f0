#include "gui/help/AssistancePage.h"
#include "ui_AssistancePage.h"

#include "gui/widgets/EasyReadPanel.h"

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

AssistancePage::AssistancePage(QWidget* parent)
    : KioskPage(parent)
    , m_ui(std::make_unique<Ui::AssistancePage>())
{
    setUpUi(*m_ui);
    EasyReadPanel::addUnder(m_ui->titleLabel, EasyReadTexts::Screen::Assistance, m_ui->receivedCodeButton);
    m_ui->qrWidget->hide();
    connect(m_ui->receivedCodeButton, &QPushButton::clicked, this, &AssistancePage::receivedCodeRequested);
    connect(m_ui->homeButton, &QPushButton::clicked, this, &AssistancePage::homeRequested);
    retranslate();
}

AssistancePage::~AssistancePage() = default;

void AssistancePage::setContacts(const QList<AssistanceContact>& contacts, const QString& helpUrl)
{
    m_contacts = contacts;
    m_qrText = helpUrl;
    if (m_qrText.isEmpty()) {
        for (const AssistanceContact& contact : contacts) {
            if (!contact.mail.isEmpty()) {
                m_qrText = u"mailto:"_s + contact.mail;
                break;
            }
        }
    }
    m_ui->qrCodeWidget->setText(m_qrText);
    m_ui->qrWidget->setVisible(!m_qrText.isEmpty());
    renderContacts();
}

void AssistancePage::resetPage()
{
    // Nothing typed, nothing of a pupil shown.
}

QWidget* AssistancePage::initialFocusWidget() const
{
    return m_ui->receivedCodeButton;
}

void AssistancePage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->receivedCodeButton->setAccessibleName(m_ui->receivedCodeButton->text());
    renderContacts();
}

void AssistancePage::renderContacts()
{
    QString html;
    if (m_contacts.isEmpty()) {
        //: On the assistance screen when the kiosk has no contacts configured
        html = u"<p>%1</p>"_s.arg(tr("Ask at the school office (vie scolaire): they will tell you who manages the "
                                     "ENT accounts.")
                                      .toHtmlEscaped());
    }
    for (const AssistanceContact& contact : std::as_const(m_contacts)) {
        html += u"<p><b>%1</b>"_s.arg(contact.who.toHtmlEscaped());
        const auto line = [&html](const QString& caption, const QString& value) {
            if (!value.isEmpty())
                html += u"<br>%1 %2"_s.arg(caption.toHtmlEscaped(), value.toHtmlEscaped());
        };
        //: Caption before a support contact's room or building
        line(tr("Where:"), contact.where);
        //: Caption before a support contact's opening hours
        line(tr("When:"), contact.when);
        //: Caption before a support contact's phone number
        line(tr("Phone:"), contact.phone);
        //: Caption before a support contact's e-mail address
        line(tr("E-mail:"), contact.mail);
        html += u"</p>"_s;
    }
    m_ui->contactsLabel->setText(html);
    if (m_qrText.startsWith(u"mailto:"_s)) {
        //: Next to the QR code; %1 is the e-mail address it opens
        m_ui->qrCaptionLabel->setText(tr("Scan this code with your phone to write to %1").arg(m_qrText.mid(7)));
    } else if (!m_qrText.isEmpty()) {
        //: Next to the QR code; %1 is the address of the online help page
        m_ui->qrCaptionLabel->setText(tr("Scan this code with your phone to open the online help: %1").arg(m_qrText));
    }
}

} // namespace LeoKiosk::Gui
