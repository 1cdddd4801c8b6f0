#include "gui/widgets/PageScrollArea.h"

#include <QApplication>
#include <QEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>

namespace LeoKiosk::Gui {

using namespace Qt::Literals::StringLiterals;

PageScrollArea::PageScrollArea(QWidget* parent) : QScrollArea(parent), m_cue(new QPushButton(this))
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFocusPolicy(Qt::NoFocus); // the page's own widgets take the focus; the area only moves them into view

    m_cue->setObjectName(u"scrollCueButton"_s);
    m_cue->setProperty("buttonStyle", u"scrollCue"_s);
    m_cue->setFocusPolicy(Qt::NoFocus);
    m_cue->setCursor(Qt::PointingHandCursor);
    m_cue->hide();
    connect(m_cue, &QPushButton::clicked, this, [this] {
        QScrollBar* bar = verticalScrollBar();
        bar->setValue(bar->value() + std::max(bar->pageStep() - m_cue->height() - 2 * revealMargin, bar->singleStep()));
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &PageScrollArea::placeCue);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &PageScrollArea::placeCue);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { revealFocus(now); });
    retranslate();
}

PageScrollArea::~PageScrollArea() = default;

void PageScrollArea::reveal(const QWidget* target)
{
    QWidget* contents = widget();
    if (!target || !contents || !contents->isAncestorOf(target))
        return;
    // What was just shown or hidden is laid out first, so that the positions and the range are those on screen.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QScrollBar* bar = verticalScrollBar();
    const int top = target->mapTo(contents, QPoint(0, 0)).y() - revealMargin;
    const int bottom = top + target->height() + 2 * revealMargin;
    const int view = viewport()->height();
    // The cue covers the bottom of the view unless the view ends where the page does.
    const int covered = m_cue->sizeHint().height() + revealMargin;
    int value = bar->value();
    if (bottom - top > view - covered) {
        if (top < value || top > value + view - covered) // taller than the view: its top, unless already in view
            value = top;
    } else if (top < value) {
        value = top;
    } else if (bottom > value + view - covered)
        value = bottom < bar->maximum() + view - covered ? bottom - view + covered : bar->maximum();
    bar->setValue(std::clamp(value, bar->minimum(), bar->maximum()));
}

void PageScrollArea::revealSoon(QWidget* target)
{
    QTimer::singleShot(0, this, [this, target = QPointer<QWidget>(target)] {
        if (!target || !isVisible())
            return;
        reveal(target);
        reveal(QApplication::focusWidget());
    });
}

void PageScrollArea::revealFocus(QWidget* now)
{
    if (!now || !widget() || !widget()->isAncestorOf(now) || !isVisible())
        return;
    reveal(now);
    // A page just shown, or a message just made visible, is laid out a moment later: once more then.
    m_pendingReveal = now;
    QTimer::singleShot(0, this, [this] {
        if (m_pendingReveal && m_pendingReveal == QApplication::focusWidget())
            reveal(m_pendingReveal);
        m_pendingReveal = nullptr;
    });
}

void PageScrollArea::placeCue()
{
    // Off the screen, the page is not laid out and its widgets not yet styled: nothing to measure (showEvent places
    // the cue). Measuring here would also load a font the style sheet then replaces, on the way to the first frame.
    if (!isVisible()) {
        m_cue->hide();
        return;
    }
    const QScrollBar* bar = verticalScrollBar();
    const bool more = bar->maximum() > bar->minimum() && bar->value() < bar->maximum();
    if (more) {
        const QRect view = viewport()->geometry();
        const QSize size = m_cue->sizeHint().boundedTo(view.size());
        // At the right of the view, by the scroll bar: the screens' buttons are on the left.
        m_cue->setGeometry(QRect(QPoint(std::max(view.left(), view.right() + 1 - size.width() - 2 * revealMargin),
                                        view.bottom() + 1 - size.height() - revealMargin / 2),
                                 size));
        m_cue->raise();
    }
    m_cue->setVisible(more);
}

void PageScrollArea::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    placeCue();
}

void PageScrollArea::showEvent(QShowEvent* event)
{
    QScrollArea::showEvent(event);
    placeCue();
}

void PageScrollArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

void PageScrollArea::retranslate()
{
    //: Shown at the bottom of a screen taller than the display while there is more to read below; a tap scrolls down
    const QString text = tr("More below");
    m_cue->setText(text + u"  \u25BC"_s); // ▼: the arrow says which way, the words say what
    m_cue->setAccessibleName(text);
    m_cue->setToolTip(text);
    placeCue();
}

} // namespace LeoKiosk::Gui
