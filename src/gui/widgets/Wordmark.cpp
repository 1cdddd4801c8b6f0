#include "gui/widgets/Wordmark.h"

#include <QSvgRenderer>
#include <QSvgWidget>

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

void showWordmark(QSvgWidget* widget, int height)
{
    widget->load(u":/icons/leo-wordmark.svg"_s);
    const QSize size = widget->renderer()->defaultSize();
    if (!size.isEmpty())
        widget->setFixedSize(size.scaled(QSize(height * 10, height), Qt::KeepAspectRatio));
}

} // namespace LeoKiosk::Gui
