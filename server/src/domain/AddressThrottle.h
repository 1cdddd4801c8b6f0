#pragma once

#include "common/AddressList.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <chrono>
#include <mutex>
#include <vector>

namespace LeoEnt {

// The per-client-address limit of the sign-in routes (the login form and the OAuth2 token endpoint): at most
// max_failures failed attempts (wrong credentials, banned logins, unknown refresh tokens, wrong client secrets)
// within a sliding window; over it, the address is refused before any password is checked until its oldest failures
// leave the window. Addresses of the allow-list (a school's shared public address) are not limited. Kept in memory
// and bounded: at most maxAddresses addresses, the one whose last failure is oldest going first.
class AddressThrottle final
{
public:
    using Clock = std::chrono::steady_clock;

    struct Policy
    {
        int maxFailures = 30;
        std::chrono::seconds window{300};
        AddressList allowList;
        qsizetype maxAddresses = 10000;
    };

    explicit AddressThrottle(Policy policy);

    bool admit(const QString& address); // false: too many failures from it
    void failed(const QString& address);

private:
    using Failures = std::vector<Clock::time_point>; // oldest first, at most maxFailures

    void dropOld(Failures& failures, Clock::time_point now) const;
    void makeRoom(Clock::time_point now);

    const Policy m_policy;
    std::mutex m_mutex;
    QHash<QByteArray, Failures> m_failures;
};

} // namespace LeoEnt
