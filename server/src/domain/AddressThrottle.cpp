#include "domain/AddressThrottle.h"

#include <algorithm>

namespace LeoEnt {

AddressThrottle::AddressThrottle(Policy policy) : m_policy(std::move(policy)) {}

void AddressThrottle::dropOld(Failures& failures, Clock::time_point now) const
{
    const auto recent = std::find_if(failures.begin(), failures.end(),
                                     [&](Clock::time_point at) { return now - at < m_policy.window; });
    failures.erase(failures.begin(), recent);
}

bool AddressThrottle::admit(const QString& address)
{
    if (m_policy.allowList.contains(address))
        return true;
    const auto now = Clock::now();
    const std::lock_guard lock(m_mutex);
    const auto it = m_failures.find(AddressList::clientKey(address));
    if (it == m_failures.end())
        return true;
    dropOld(*it, now);
    return std::ssize(*it) < m_policy.maxFailures;
}

void AddressThrottle::failed(const QString& address)
{
    if (m_policy.allowList.contains(address))
        return;
    const auto now = Clock::now();
    const QByteArray key = AddressList::clientKey(address);
    const std::lock_guard lock(m_mutex);
    if (!m_failures.contains(key) && m_failures.size() >= m_policy.maxAddresses)
        makeRoom(now);
    Failures& failures = m_failures[key];
    dropOld(failures, now);
    failures.push_back(now);
    if (std::ssize(failures) > m_policy.maxFailures)
        failures.erase(failures.begin());
}

void AddressThrottle::makeRoom(Clock::time_point now)
{
    m_failures.removeIf([&](auto entry) {
        dropOld(entry.value(), now);
        return entry.value().empty();
    });
    if (m_failures.size() < m_policy.maxAddresses)
        return;
    const auto oldest = std::min_element(m_failures.begin(), m_failures.end(),
                                         [](const Failures& a, const Failures& b) { return a.back() < b.back(); });
    m_failures.erase(oldest);
}

} // namespace LeoEnt
