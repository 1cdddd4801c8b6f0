#include "gui/shell/KioskGuard.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>
#include <QWindow>

namespace LeoKiosk::Gui {

KioskGuard::KioskGuard(QWidget& window, const KioskConfig& config, QObject* parent)
    : QObject(parent), m_window(&window), m_active(config.profile == KioskProfile::Kiosk)
{
    if (!m_active)
        return;
    if ((window.windowFlags() & windowFlags(config)) != windowFlags(config)) {
        // Late: setWindowFlags() re-polishes every widget under the style sheet, and hides a visible window.
        const bool wasVisible = window.isVisible();
        window.setWindowFlags(window.windowFlags() | windowFlags(config));
        if (wasVisible)
            window.show();
    }
    window.installEventFilter(this);
    qApp->installEventFilter(this);
    if (config.hideCursor) {
        // The override cursor wins over every widget's own cursor (the pointing hands of the buttons).
        QGuiApplication::setOverrideCursor(QCursor(Qt::BlankCursor));
        m_cursorHidden = true;
    }
}

Qt::WindowFlags KioskGuard::windowFlags(const KioskConfig& config)
{
    if (config.profile != KioskProfile::Kiosk)
        return {};
    return Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint;
}

KioskGuard::~KioskGuard()
{
    if (m_cursorHidden)
        QGuiApplication::restoreOverrideCursor();
}

void KioskGuard::allowClose()
{
    m_closeAllowed = true;
}

bool KioskGuard::isEscapeShortcut(const QKeyEvent& event)
{
    const QKeyCombination pressed(event.modifiers() & ~Qt::KeypadModifier, Qt::Key(event.key()));
    if (pressed.key() == Qt::Key_Escape)
        return true;
    static const QKeyCombination refused[] = {
        Qt::ALT | Qt::Key_F4,
        Qt::CTRL | Qt::Key_F4,
        Qt::CTRL | Qt::Key_Q,
        Qt::CTRL | Qt::Key_W,
    };
    for (const QKeyCombination combination : refused) {
        if (pressed == combination)
            return true;
    }
    // The platform's own bindings, whatever they are (e.g. Ctrl+Shift+W on some desktops).
    return event.matches(QKeySequence::Close) || event.matches(QKeySequence::Quit);
}

bool KioskGuard::belongsToWindow(QObject* object) const
{
    if (!m_window)
        return false;
    if (object->isWidgetType())
        return static_cast<QWidget*>(object)->window() == m_window;
    if (object->isWindowType())
        return static_cast<QWindow*>(object) == m_window->windowHandle();
    return false;
}

bool KioskGuard::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Close:
        if (watched == m_window && !m_closeAllowed) {
            event->ignore();
            return true;
        }
        break;
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
        // A popup open over the window (a combo box's list) gets Escape even though it belongs to the window.
        if (!QApplication::activePopupWidget() && belongsToWindow(watched) &&
            isEscapeShortcut(*static_cast<QKeyEvent*>(event))) {
            event->accept(); // an accepted ShortcutOverride keeps the shortcut map from acting on the key
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace LeoKiosk::Gui
