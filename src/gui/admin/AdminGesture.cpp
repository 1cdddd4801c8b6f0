#include "gui/admin/AdminGesture.h"

#include <QApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QMouseEvent>
#include <QTouchEvent>
#include <QWidget>
#include <QWindow>

namespace LeoKiosk::Gui {

namespace {

QKeyCombination chordOf(const KioskConfig& config)
{
    if (config.adminGestureIsCornerTaps())
        return {};
    const QKeySequence sequence = QKeySequence::fromString(config.adminGesture, QKeySequence::PortableText);
    return sequence.isEmpty() ? QKeyCombination() : sequence[0];
}

} // namespace

AdminGesture::AdminGesture(QWidget& window, const KioskConfig& config, Clock now, QObject* parent)
    : QObject(parent), m_window(&window), m_cornerTaps(config.adminGestureIsCornerTaps()), m_chord(chordOf(config)),
      m_now(now ? std::move(now) : Clock([] { return std::chrono::steady_clock::now(); }))
{
    qApp->installEventFilter(this);
}

AdminGesture::~AdminGesture() = default;

bool AdminGesture::belongsToWindow(const QObject* object) const
{
    if (!m_window)
        return false;
    if (object->isWidgetType())
        return static_cast<const QWidget*>(object)->window() == m_window;
    return object->isWindowType() && object == m_window->windowHandle();
}

void AdminGesture::tap(quint64 timestamp, QPointF globalPosition)
{
    // One press is seen several times: by the QWindow, by the widget under it, by its parents if it ignores the
    // press. They share the timestamp of the input.
    if (timestamp == m_lastTap)
        return;
    m_lastTap = timestamp;
    const QPointF windowPosition = m_window->mapFromGlobal(globalPosition);
    if (windowPosition.x() >= cornerSize || windowPosition.y() >= cornerSize || windowPosition.x() < 0 ||
        windowPosition.y() < 0) {
        m_taps.clear(); // the taps must follow each other in the corner
        return;
    }
    const auto now = m_now();
    while (!m_taps.empty() && now - m_taps.front() > tapWindow)
        m_taps.pop_front();
    m_taps.push_back(now);
    if (std::ssize(m_taps) >= tapsNeeded) {
        m_taps.clear();
        Q_EMIT triggered();
    }
}

bool AdminGesture::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        // A press made up from an unhandled touch has been counted as a touch already.
        if (m_cornerTaps && belongsToWindow(watched)) {
            const auto* mouse = static_cast<QMouseEvent*>(event);
            if (mouse->deviceType() != QInputDevice::DeviceType::TouchScreen)
                tap(mouse->timestamp(), mouse->globalPosition());
        }
        break;
    case QEvent::TouchBegin:
        if (m_cornerTaps && belongsToWindow(watched)) {
            const auto* touch = static_cast<QTouchEvent*>(event);
            if (!touch->points().isEmpty())
                tap(touch->timestamp(), touch->points().constFirst().globalPosition());
        }
        break;
    case QEvent::KeyPress:
        // Key presses reach the QWindow first, or the widget directly when sent by QTest: swallowing the chord at
        // the first stop keeps it from being seen twice.
        if (!m_cornerTaps && m_chord.key() != Qt::Key_unknown && belongsToWindow(watched)) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if (QKeyCombination(key->modifiers() & ~Qt::KeypadModifier, Qt::Key(key->key())) == m_chord) {
                Q_EMIT triggered();
                return true;
            }
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace LeoKiosk::Gui
