#include "gui/widgets/Wordmark.h"

#include <QIcon>

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

namespace {
// The drawing's proportions (its view box is 120 x 48).
constexpr int drawingWidth = 120;
constexpr int drawingHeight = 48;
} // namespace

Wordmark::Wordmark(QWidget* parent) : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
}

Wordmark::~Wordmark() = default;

void Wordmark::setLogoHeight(int height)
{
    const QSize size(height * drawingWidth / drawingHeight, height);
    // The renderings at build time are named by height; QIcon takes the one that fits the screen's density
    // (the "@2x" file on a high-density screen) and scales only when no rendering matches.
    const QIcon drawing(u":/icons/leo-wordmark-%1.png"_s.arg(height));
    setPixmap(drawing.pixmap(size, devicePixelRatioF()));
    setFixedSize(size);
}

} // namespace LeoKiosk::Gui
