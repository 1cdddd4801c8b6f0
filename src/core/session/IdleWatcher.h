#pragma once

#include "core/config/KioskConfig.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace LeoKiosk {

// Inactivity and absolute session limits (idle_timeout, session_max), without widgets: an event filter on the
// application notes every mouse, touch, key, wheel and input-method event as activity, and single-shot timers do
// the rest (the idle timer is not restarted per event: when it fires early it re-arms for what is left).
//
// start() when a session begins, stop() when it ends. No input for `idle`: countdownStarted(seconds), then
// countdownTick(remaining) every second; input during the countdown: activityResumed() and the idle wait begins
// again; the countdown reaching zero: expired(). sessionLimitReached() fires `sessionMax` after start() whatever
// the activity. Either stops the watcher; the GUI then calls KioskSession::end(Idle or SessionLimit).
class IdleWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatcher)

public:
    struct Settings
    {
        std::chrono::milliseconds idle{std::chrono::seconds(120)};
        int countdownSeconds = 30; // 0: expires as soon as the idle time is over
        std::chrono::milliseconds sessionMax{std::chrono::seconds(900)}; // 0: no limit
        std::chrono::milliseconds second{1000}; // one countdown step; tests shorten it

        static Settings fromConfig(const KioskConfig& config);
    };

    IdleWatcher(const Settings& settings, QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setSettings(const Settings& settings); // used from the next start()

    void start(); // (re)starts both limits from now
    void stop();
    bool isRunning() const { return m_running; }
    bool isCountingDown() const { return m_countingDown; }

    void reportActivity(); // what an input event does; ignored while stopped

Q_SIGNALS:
    void countdownStarted(int seconds);
    void countdownTick(int remaining);
    void activityResumed();
    void expired();
    void sessionLimitReached();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void idleTimeout();
    void tick();
    void finish(void (IdleWatcher::*signal)());

    Settings m_settings;
    QTimer m_idleTimer;
    QTimer m_tickTimer;
    QTimer m_sessionTimer;
    QElapsedTimer m_sinceActivity;
    bool m_running = false;
    bool m_countingDown = false;
    int m_remaining = 0;
};

} // namespace LeoKiosk
