#include "domain/LoginThrottle.h"

#include <algorithm>

namespace LeoEnt {

LoginThrottle::LoginThrottle(const Policy& policy) : m_policy(policy) {}

LoginThrottle::~LoginThrottle() = default;

QString LoginThrottle::keyFor(const QString& login)
{
    return login.trimmed().toLower();
}

std::chrono::seconds LoginThrottle::delay(int level) const
{
    const auto doubled = m_policy.baseDelay * (qint64(1) << std::min(level, 30));
    return std::min<std::chrono::seconds>(doubled, m_policy.maxDelay);
}

bool LoginThrottle::isStale(const Entry& entry, Clock::time_point now) const
{
    if (entry.level > 0)
        return now >= entry.bannedUntil + m_policy.window;
    return entry.failures.empty() || now - entry.failures.back() >= m_policy.window;
}

void LoginThrottle::forgetStale(Clock::time_point now)
{
    m_entries.removeIf([&](const auto& entry) { return isStale(entry.value(), now); });
    m_pruneAbove = std::max<qsizetype>(4096, 2 * m_entries.size());
}

bool LoginThrottle::admit(const QString& key)
{
    const auto now = Clock::now();
    const std::lock_guard lock(m_mutex);
    if (m_entries.size() > m_pruneAbove)
        forgetStale(now);

    Entry& entry = m_entries[key];
    if (now < entry.bannedUntil)
        return false;
    if (isStale(entry, now))
        entry = Entry();
    while (!entry.failures.empty() && now - entry.failures.front() >= m_policy.window)
        entry.failures.pop_front();

    entry.failures.push_back(now);
    if (entry.failures.size() > static_cast<std::size_t>(m_policy.maxRetry))
        entry.failures.pop_front();
    if (entry.level > 0 || entry.failures.size() >= static_cast<std::size_t>(m_policy.maxRetry)) {
        entry.bannedUntil = now + delay(entry.level);
        ++entry.level;
    }
    return true;
}

void LoginThrottle::succeeded(const QString& key)
{
    const std::lock_guard lock(m_mutex);
    m_entries.remove(key);
}

} // namespace LeoEnt
