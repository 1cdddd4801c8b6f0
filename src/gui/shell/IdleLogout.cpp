#include "gui/shell/IdleLogout.h"

#include "core/session/KioskSession.h"
#include "gui/KioskPage.h"
#include "gui/MainWindow.h"
#include "gui/shell/IdleOverlay.h"

namespace LeoKiosk::Gui {

IdleLogout::IdleLogout(MainWindow& window, KioskSession& session, const IdleWatcher::Settings& settings)
    : QObject(&window)
    , m_window(window)
    , m_session(session)
    , m_settings(settings)
    , m_watcher(settings)
    , m_overlay(new IdleOverlay(window.centralWidget()))
{
    connect(&m_watcher, &IdleWatcher::countdownStarted, this, &IdleLogout::startCountdown);
    connect(&m_watcher, &IdleWatcher::countdownTick, m_overlay, &IdleOverlay::setRemaining);
    connect(&m_watcher, &IdleWatcher::activityResumed, m_overlay, &IdleOverlay::dismiss);
    connect(m_overlay, &IdleOverlay::stillHere, &m_watcher, &IdleWatcher::reportActivity);
    connect(&m_watcher, &IdleWatcher::expired, this, [this] { finish(KioskSession::EndReason::Idle); });
    connect(&m_watcher, &IdleWatcher::sessionLimitReached, this,
            [this] { finish(KioskSession::EndReason::SessionLimit); });

    connect(&m_session, &KioskSession::signedIn, this, [this] {
        m_watcher.setSettings(m_settings);
        m_watcher.start();
    });
    connect(&m_session, &KioskSession::ended, this, [this] {
        m_overlay->dismiss();
        watchWithoutSession();
    });
    watchWithoutSession();
}

IdleLogout::~IdleLogout() = default;

void IdleLogout::watchWithoutSession()
{
    IdleWatcher::Settings settings = m_settings;
    settings.sessionMax = std::chrono::milliseconds(0);
    m_watcher.setSettings(settings);
    m_watcher.start();
}

void IdleLogout::startCountdown(int seconds)
{
    const KioskPage* page = m_window.currentPage();
    if (!m_session.isSignedIn() && !m_session.isBusy() && page && (page == m_restingPage || page->isAtRest())) {
        if (m_restingPage && page != m_restingPage)
            return m_session.end(KioskSession::EndReason::Idle); // nothing to warn about: back to the attract screen
        return m_watcher.start(); // nothing of anyone's to wipe: keep watching, quietly
    }
    m_overlay->showCountdown(seconds);
}

void IdleLogout::finish(KioskSession::EndReason reason)
{
    // end() cancels whatever request is in flight (its answer is dropped) and wipes; ended() restarts the watch.
    m_overlay->dismiss();
    m_session.end(reason);
}

} // namespace LeoKiosk::Gui
