#include "gui/widgets/FederatedNotice.h"

#include "gui/widgets/QrCodeWidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace LeoKiosk::Gui {

using namespace Qt::StringLiterals;

namespace {

constexpr int codeSide = 132; // px, more only if the address needs it: the notice stays small under the form

} // namespace

FederatedNotice::FederatedNotice(const QString& text, const QUrl& url, QWidget* parent)
    : QFrame(parent), m_text(text.trimmed()), m_url(url)
{
    setObjectName(u"federatedNotice"_s);
    setProperty("messageKind", u"info"_s);
    // The QR code beside the words, so that the notice adds little height under the form.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    if (!m_url.isEmpty()) {
        m_qrCode = new QrCodeWidget(this);
        m_qrCode->setObjectName(u"federatedNoticeQrCode"_s);
        m_qrCode->setText(m_url.toString());
        const int side = std::max(m_qrCode->minimumSizeHint().width(), codeSide);
        m_qrCode->setFixedSize(side, side);
        layout->addWidget(m_qrCode, 0, Qt::AlignTop);
    }
    auto* words = new QVBoxLayout;
    words->setSpacing(8);
    m_textLabel = new QLabel(this);
    m_textLabel->setObjectName(u"federatedNoticeLabel"_s);
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setWordWrap(true);
    m_textLabel->setText(m_text);
    words->addWidget(m_textLabel);
    if (m_qrCode) {
        m_captionLabel = new QLabel(this);
        m_captionLabel->setObjectName(u"federatedNoticeCaptionLabel"_s);
        m_captionLabel->setTextFormat(Qt::PlainText);
        m_captionLabel->setWordWrap(true);
        m_captionLabel->setProperty("textStyle", u"caption"_s);
        words->addWidget(m_captionLabel);
    }
    words->addStretch(1);
    layout->addLayout(words, 1);
    setVisible(isConfigured());
    retranslate();
}

FederatedNotice::~FederatedNotice() = default;

void FederatedNotice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void FederatedNotice::retranslate()
{
    //: Accessible name of the school's notice for pupils who sign in with EduConnect, under the sign-in form
    setAccessibleName(tr("Notice for pupils who sign in with EduConnect"));
    m_textLabel->setAccessibleName(m_text);
    if (m_captionLabel) {
        //: Under the QR code of the EduConnect notice; %1 is the address the code holds
        m_captionLabel->setText(tr("Scan this code with your phone, or go to %1").arg(m_url.toString()));
    }
}

} // namespace LeoKiosk::Gui
