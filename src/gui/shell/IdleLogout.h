#pragma once

#include "core/session/IdleWatcher.h"
#include "core/session/KioskSession.h"

#include <QObject>

namespace LeoKiosk::Gui {

class IdleOverlay;
class KioskPage;
class MainWindow;

// Idle sign-out for the shared kiosk: IdleWatcher counts, IdleOverlay shows the countdown over the
// window, and the end is KioskSession::end(Idle) — the same full wipe as "Se déconnecter". It also wipes a help
// screen or a half-typed login left by someone who walked away; only a kiosk already at rest (empty login page,
// attract screen) is left alone. session_max applies from sign-in to the end of the session.
class IdleLogout final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLogout)

public:
    IdleLogout(MainWindow& window, KioskSession& session, const IdleWatcher::Settings& settings);
    ~IdleLogout() override;

    // With an attract screen, only that page is at rest: an empty login page left by someone who tapped "Se
    // connecter" and went away goes back to it (quietly: nothing there to warn about).
    void setRestingPage(const KioskPage* page) { m_restingPage = page; }

    IdleWatcher& watcher() { return m_watcher; }
    IdleOverlay* overlay() const { return m_overlay; }

private:
    void watchWithoutSession();
    void startCountdown(int seconds);
    void finish(KioskSession::EndReason reason);

    MainWindow& m_window;
    KioskSession& m_session;
    const IdleWatcher::Settings m_settings;
    IdleWatcher m_watcher;
    IdleOverlay* m_overlay;
    const KioskPage* m_restingPage = nullptr;
};

} // namespace LeoKiosk::Gui
