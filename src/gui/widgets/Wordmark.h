#pragma once

#include <QLabel>

namespace LeoKiosk::Gui {

// The LEO wordmark: the header of the main window and the attract screen. An image to assistive technologies,
// named by the form that holds it ("LEO").
//
// The drawing is resources/icons/leo-wordmark.svg, rendered to PNG at build time at the heights the kiosk shows it
// (and twice them, for high-density screens): no SVG engine is loaded to paint the first frame.
class Wordmark final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Wordmark)

public:
    explicit Wordmark(QWidget* parent = nullptr);
    ~Wordmark() override;

    // Shows the wordmark `height` logical pixels tall, with the drawing's proportions.
    void setLogoHeight(int height);
};

} // namespace LeoKiosk::Gui
