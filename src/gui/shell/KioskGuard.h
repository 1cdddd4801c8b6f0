#pragma once

#include "core/config/KioskConfig.h"

#include <QObject>
#include <QPointer>

class QKeyEvent;
class QWidget;

namespace LeoKiosk::Gui {

// The kiosk profile's lock on the main window: frameless and on top (main() makes it full screen),
// close requests refused until the admin exit allows them, the close and quit shortcuts (Alt+F4, Ctrl+F4, Ctrl+Q,
// Ctrl+W) and Escape swallowed, and the pointer hidden when hide_cursor is set. In the desktop profile it changes
// nothing. Create it before the window is shown: changing the window flags of a visible window re-creates it.
//
// Escape is swallowed only on its way to the main window. Popups (a combo box's list) and dialogs are other
// windows: they keep Escape to close themselves, which leaves the pupil inside the kiosk.
class KioskGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskGuard)

public:
    KioskGuard(QWidget& window, const KioskConfig& config, QObject* parent = nullptr);
    // The flags the guarded window needs under this configuration (none outside the kiosk profile). Give them to
    // the window when it is made: set by the guard afterwards, they re-polish every widget already built.
    static Qt::WindowFlags windowFlags(const KioskConfig& config);
    ~KioskGuard() override;

    bool isActive() const { return m_active; }
    bool isCloseAllowed() const { return !m_active || m_closeAllowed; }

    // The key presses the kiosk profile keeps from the main window.
    static bool isEscapeShortcut(const QKeyEvent& event);

public Q_SLOTS:
    // The admin exit: from now on the window closes like any other.
    void allowClose();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool belongsToWindow(QObject* object) const;

    QPointer<QWidget> m_window;
    const bool m_active;
    bool m_closeAllowed = false;
    bool m_cursorHidden = false;
};

} // namespace LeoKiosk::Gui
