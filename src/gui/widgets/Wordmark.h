#pragma once

class QSvgWidget;

namespace LeoKiosk::Gui {

// The LEO wordmark (:/icons/leo-wordmark.svg) in `widget`, `height` pixels tall with the drawing's proportions
// (QSvgWidget stretches a drawing to its size): the header of the main window and the attract screen.
void showWordmark(QSvgWidget* widget, int height);

} // namespace LeoKiosk::Gui
