#pragma once

#include <QPointer>
#include <QScrollArea>

class QPushButton;

namespace LeoKiosk::Gui {

// What every screen scrolls in (KioskPage's template): the whole page, vertically only, when it is taller than the
// window. While there is more below, a "More below" cue sits at the bottom right of the view, with words and an
// arrow, not colour alone; a tap on it scrolls one view further (it takes no keyboard focus: Tab already scrolls).
// Whatever takes the keyboard focus inside the page — by Tab, a click, the page opening, an error — is scrolled into
// view, clear of the cue.
class PageScrollArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageScrollArea)

public:
    explicit PageScrollArea(QWidget* parent = nullptr);
    ~PageScrollArea() override;

    // Scrolls so that `target` (a widget inside the page) is wholly in view when it fits, clear of the cue, its top
    // first when it does not; does nothing for a widget outside the page.
    void reveal(const QWidget* target);
    // Once what is pending is laid out: `target` revealed, then the focus widget (which wins if both do not fit).
    void revealSoon(QWidget* target);
    // The cue button ("scrollCueButton"), visible while there is more below.
    QPushButton* cue() const { return m_cue; }
    // Space kept between a revealed widget and the edges of the view (or the cue).
    static constexpr int revealMargin = 16;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void placeCue();
    void retranslate();
    void revealFocus(QWidget* now);

    QPushButton* const m_cue;
    QPointer<const QWidget> m_pendingReveal;
};

} // namespace LeoKiosk::Gui
