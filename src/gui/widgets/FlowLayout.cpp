#include "gui/widgets/FlowLayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace LeoKiosk::Gui {

FlowLayout::FlowLayout(QWidget* parent, int spacing) : QLayout(parent), m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::setAlignTrailing(bool trailing)
{
    m_alignTrailing = trailing;
    invalidate();
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

int FlowLayout::heightForWidth(int width) const
{
    return layOut(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // The widest item alone on its line.
    QSize size;
    for (const QLayoutItem* item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? m_spacing : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    layOut(rect, true);
}

int FlowLayout::layOut(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    // Lines of items, filled in reading order.
    QList<QList<QLayoutItem*>> lines(1);
    int lineWidth = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = item->sizeHint().width();
        if (!lines.last().isEmpty() && lineWidth + m_spacing + width > area.width()) {
            lines.append(QList<QLayoutItem*>());
            lineWidth = 0;
        }
        lineWidth += (lines.last().isEmpty() ? 0 : m_spacing) + width;
        lines.last().append(item);
    }
    const Qt::LayoutDirection direction = parentWidget() ? parentWidget()->layoutDirection() : Qt::LeftToRight;
    int y = area.y();
    for (const QList<QLayoutItem*>& line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        int width = -m_spacing;
        int height = 0;
        for (const QLayoutItem* item : line) {
            width += m_spacing + std::min(item->sizeHint().width(), area.width());
            height = std::max(height, item->sizeHint().height());
        }
        int x = area.x() + (m_alignTrailing ? std::max(0, area.width() - width) : 0);
        for (QLayoutItem* item : line) {
            const QSize size(std::min(item->sizeHint().width(), area.width()), height);
            if (apply)
                item->setGeometry(QStyle::visualRect(direction, area, QRect(QPoint(x, y), size)));
            x += size.width() + m_spacing;
        }
        y += height + m_spacing;
    }
    const int used = y > area.y() ? y - m_spacing - area.y() : 0;
    return used + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace LeoKiosk::Gui
