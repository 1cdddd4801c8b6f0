#include "gui/widgets/QrCodeWidget.h"

#include <QEvent>
#include <QPainter>

namespace LeoKiosk::Gui {

QrCodeWidget::QrCodeWidget(QWidget* parent)
    : QWidget(parent)
    , m_code(QByteArray())
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    retranslate();
}

QrCodeWidget::~QrCodeWidget() = default;

void QrCodeWidget::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_code = QrCode(text.toUtf8());
    retranslate();
    updateGeometry();
    update();
}

QSize QrCodeWidget::sizeHint() const
{
    const int side = (m_code.size() + 2 * quietZone) * minimumModulePixels * 2;
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int side = (m_code.size() + 2 * quietZone) * minimumModulePixels;
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (m_code.isNull())
        return;
    const int modules = m_code.size() + 2 * quietZone;
    const int pixels = qMax(1, qMin(width(), height()) / modules); // whole pixels: no blurred edges
    const int side = pixels * modules;
    const QPoint origin((width() - side) / 2 + quietZone * pixels, (height() - side) / 2 + quietZone * pixels);
    for (int y = 0; y < m_code.size(); ++y) {
        for (int x = 0; x < m_code.size(); ++x) {
            if (m_code.isDark(x, y))
                painter.fillRect(origin.x() + x * pixels, origin.y() + y * pixels, pixels, pixels, Qt::black);
        }
    }
}

void QrCodeWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QrCodeWidget::retranslate()
{
    //: Accessible name of a QR code picture
    setAccessibleName(tr("QR code"));
    //: Accessible description of a QR code picture; %1 is the address it holds
    setAccessibleDescription(m_text.isEmpty() ? QString() : tr("QR code of the address %1").arg(m_text));
}

} // namespace LeoKiosk::Gui
