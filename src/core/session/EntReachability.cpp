#include "core/session/EntReachability.h"

#include "core/ent/EntClient.h"
#include "core/session/AuthContextCache.h"

#include <algorithm>

namespace LeoKiosk {

EntReachability::EntReachability(AuthContextCache& probe, Backoff backoff, QObject* parent)
    : QObject(parent)
    , m_probe(probe)
    , m_backoff(backoff)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EntReachability::retryNow);
    watch(probe.client());
}

EntReachability::~EntReachability() = default;

void EntReachability::watch(EntClient& client)
{
    connect(&client, &EntClient::entReached, this, &EntReachability::observe);
}

std::chrono::milliseconds EntReachability::nextRetryIn() const
{
    if (!m_unreachable || !m_retryTimer.isActive())
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(m_nextRetry.remainingTime());
}

void EntReachability::retryNow()
{
    if (!m_unreachable)
        return;
    m_retryTimer.stop();
    m_retrying = true;
    m_probe.refresh();
}

void EntReachability::observe(bool reached)
{
    if (reached) {
        m_retryTimer.stop();
        m_retrying = false;
        m_failedRetries = 0;
        m_delay = std::chrono::milliseconds(0);
        if (std::exchange(m_unreachable, false))
            Q_EMIT reachable();
        return;
    }
    if (m_retrying)
        ++m_failedRetries;
    m_retrying = false;
    const bool wasUnreachable = std::exchange(m_unreachable, true);
    if (!wasUnreachable)
        Q_EMIT unreachable();
    if (!m_retryTimer.isActive())
        scheduleRetry();
}

void EntReachability::scheduleRetry()
{
    m_delay = m_delay.count() == 0 ? m_backoff.first : std::min(m_delay * 2, m_backoff.max);
    m_nextRetry.setRemainingTime(m_delay);
    m_retryTimer.start(m_delay);
    Q_EMIT retryScheduled(m_delay);
}

} // namespace LeoKiosk
