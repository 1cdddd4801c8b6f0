#include "gui/accessibility/AccessibleScrollArea.h"

#include <QAbstractScrollArea>
#include <QScrollBar>

namespace LeoKiosk::Gui {

namespace {

// Consulted before Qt's own factory (QAccessible asks the last installed first, class by class from the most
// derived): a class Qt has its own interface for (QTextEdit, the item views) is matched by Qt under its own name
// first and keeps it; only the two scroll-area names Qt answers with its unchecked interface come here.
QAccessibleInterface* scrollAreaFactory(const QString& className, QObject* object)
{
    if (className != QLatin1StringView("QScrollArea") && className != QLatin1StringView("QAbstractScrollArea"))
        return nullptr;
    auto* area = qobject_cast<QAbstractScrollArea*>(object);
    return area ? new AccessibleScrollArea(area) : nullptr;
}

} // namespace

AccessibleScrollArea::AccessibleScrollArea(QAbstractScrollArea* area) : QAccessibleWidget(area, QAccessible::Client)
{
}

void AccessibleScrollArea::install()
{
    QAccessible::installFactory(&scrollAreaFactory); // ignores a factory already installed
}

QAbstractScrollArea* AccessibleScrollArea::area() const
{
    return qobject_cast<QAbstractScrollArea*>(object()); // null once the widget is gone
}

QWidgetList AccessibleScrollArea::children() const
{
    QWidgetList list;
    const QAbstractScrollArea* scrollArea = area();
    if (!scrollArea)
        return list;
    if (QWidget* viewport = scrollArea->viewport())
        list.append(viewport);
    for (const QScrollBar* bar : {scrollArea->horizontalScrollBar(), scrollArea->verticalScrollBar()}) {
        if (bar && bar->isVisible() && bar->parentWidget())
            list.append(bar->parentWidget()); // the bar's container, as Qt exposes it
    }
    if (QWidget* corner = scrollArea->cornerWidget(); corner && corner->isVisible())
        list.append(corner);
    return list;
}

bool AccessibleScrollArea::isValid() const
{
    return QAccessibleWidget::isValid() && area() && area()->viewport();
}

int AccessibleScrollArea::childCount() const
{
    return int(children().size());
}

QAccessibleInterface* AccessibleScrollArea::child(int index) const
{
    const QWidgetList list = children();
    if (index < 0 || index >= list.size())
        return nullptr;
    return QAccessible::queryAccessibleInterface(list.at(index));
}

int AccessibleScrollArea::indexOfChild(const QAccessibleInterface* child) const
{
    if (!child || !child->object())
        return -1;
    return int(children().indexOf(qobject_cast<QWidget*>(child->object())));
}

QAccessibleInterface* AccessibleScrollArea::childAt(int x, int y) const
{
    const QAbstractScrollArea* scrollArea = area();
    if (!scrollArea || !scrollArea->isVisible())
        return nullptr;
    for (QWidget* widget : children()) {
        if (QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size()).contains(x, y))
            return QAccessible::queryAccessibleInterface(widget);
    }
    return nullptr;
}

} // namespace LeoKiosk::Gui
