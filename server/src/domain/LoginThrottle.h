#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <deque>
#include <mutex>

namespace LeoEnt {

// Per-login brute-force protection, keyed on the typed login folded to lower case, for known and unknown logins
// alike (so that the answers do not reveal which logins exist).
// Every admitted attempt counts as a failure until succeeded() clears the key, so parallel guesses cannot slip
// past the limit. max_retry failures within the window start a ban of base * 2^n (capped); after a ban, the next
// failure bans again with the next delay, until the login has been quiet for a whole window.
class LoginThrottle final
{
public:
    using Clock = std::chrono::steady_clock;

    struct Policy
    {
        int maxRetry;
        std::chrono::seconds window;
        std::chrono::seconds baseDelay;
        std::chrono::seconds maxDelay;
    };

    explicit LoginThrottle(const Policy& policy);
    ~LoginThrottle();
    LoginThrottle(const LoginThrottle&) = delete;
    LoginThrottle& operator=(const LoginThrottle&) = delete;

    static QString keyFor(const QString& login);

    bool admit(const QString& key); // false: banned, refuse without checking the password
    void succeeded(const QString& key);

private:
    struct Entry
    {
        std::deque<Clock::time_point> failures;
        int level = 0;
        Clock::time_point bannedUntil;
    };

    bool isStale(const Entry& entry, Clock::time_point now) const;
    void forgetStale(Clock::time_point now);
    std::chrono::seconds delay(int level) const;

    const Policy m_policy;
    std::mutex m_mutex;
    QHash<QString, Entry> m_entries;
    qsizetype m_pruneAbove = 4096;
};

} // namespace LeoEnt
