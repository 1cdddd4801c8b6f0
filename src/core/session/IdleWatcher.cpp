#include "core/session/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace LeoKiosk {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
    case QEvent::InputMethod: // the on-screen keyboard types through the input method
        return true;
    default: // hover, enter/leave, focus, paint…: what the screen does, not what the user does
        return false;
    }
}

void setUp(QTimer& timer)
{
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % late: 45 s on a 15 min cap
}

} // namespace

IdleWatcher::Settings IdleWatcher::Settings::fromConfig(const KioskConfig& config)
{
    Settings settings;
    settings.idle = std::chrono::seconds(config.idleTimeoutSeconds);
    settings.countdownSeconds = config.idleCountdownSeconds;
    settings.sessionMax = std::chrono::seconds(config.sessionMaxSeconds);
    return settings;
}

IdleWatcher::IdleWatcher(const Settings& settings, QObject* parent) : QObject(parent), m_settings(settings)
{
    setUp(m_idleTimer);
    setUp(m_tickTimer);
    setUp(m_sessionTimer);
    connect(&m_idleTimer, &QTimer::timeout, this, &IdleWatcher::idleTimeout);
    connect(&m_tickTimer, &QTimer::timeout, this, &IdleWatcher::tick);
    connect(&m_sessionTimer, &QTimer::timeout, this, [this] { finish(&IdleWatcher::sessionLimitReached); });
}

IdleWatcher::~IdleWatcher()
{
    stop();
}

void IdleWatcher::setSettings(const Settings& settings)
{
    m_settings = settings;
}

void IdleWatcher::start()
{
    stop();
    m_running = true;
    m_sinceActivity.start();
    m_idleTimer.start(m_settings.idle);
    if (m_settings.sessionMax.count() > 0)
        m_sessionTimer.start(m_settings.sessionMax);
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

void IdleWatcher::stop()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
    m_idleTimer.stop();
    m_tickTimer.stop();
    m_sessionTimer.stop();
    m_running = false;
    m_countingDown = false;
}

void IdleWatcher::reportActivity()
{
    if (!m_running)
        return;
    m_sinceActivity.restart();
    if (!m_countingDown)
        return; // the idle timer, when it fires, sees the new activity and waits again
    m_countingDown = false;
    m_tickTimer.stop();
    m_idleTimer.start(m_settings.idle);
    Q_EMIT activityResumed();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (isInput(event->type()))
        reportActivity();
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::idleTimeout()
{
    const auto quiet = std::chrono::milliseconds(m_sinceActivity.elapsed());
    if (quiet < m_settings.idle)
        return m_idleTimer.start(m_settings.idle - quiet);
    if (m_settings.countdownSeconds <= 0)
        return finish(&IdleWatcher::expired);
    m_countingDown = true;
    m_remaining = m_settings.countdownSeconds;
    m_tickTimer.start(m_settings.second);
    Q_EMIT countdownStarted(m_remaining);
}

void IdleWatcher::tick()
{
    if (--m_remaining <= 0)
        return finish(&IdleWatcher::expired);
    m_tickTimer.start(m_settings.second);
    Q_EMIT countdownTick(m_remaining);
}

void IdleWatcher::finish(void (IdleWatcher::*signal)())
{
    stop();
    Q_EMIT(this->*signal)();
}

} // namespace LeoKiosk
