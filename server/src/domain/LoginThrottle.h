#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

namespace SqlCipher {
class Database;
}

namespace LeoEnt {

class Store;

// Per-login brute-force protection, keyed on a keyed hash of the typed login folded to lower case, for known and
// unknown logins alike (so that the answers do not reveal which logins exist), and kept in the database, so that a
// restart forgets nothing. It follows NIST SP 800-63B §5.2.2: failures are counted until a success, never forgotten
// with time; from max_retry consecutive failures each further one bans the login for base * 2^n (capped at
// max_delay), and lock_after of them lock it until its password is reset (a reset code, a renewal code, an
// activation) or staff unblock it.
// Every admitted attempt counts as a failure until succeeded() clears the login, so parallel guesses cannot slip
// past the limit. Attempts refused during a ban or a lock are not counted.
class LoginThrottle final
{
public:
    struct Policy
    {
        int maxRetry = 5;
        std::chrono::seconds baseDelay{60};
        std::chrono::seconds maxDelay{3600};
        int lockAfter = 50;
        int maxRows = 100000; // beyond, the unlocked logins least recently failed are forgotten
    };

    LoginThrottle(Store& store, const Policy& policy);
    ~LoginThrottle();
    LoginThrottle(const LoginThrottle&) = delete;
    LoginThrottle& operator=(const LoginThrottle&) = delete;

    static QString keyFor(const QString& login); // the folding: trimmed, lower case

    bool admit(const QString& login); // false: banned or locked, refuse without checking the password
    void succeeded(const QString& login);
    // In the caller's transaction: the login's failures, ban and lock are lifted (a new password, staff).
    void forget(SqlCipher::Database& db, const QString& login) const;

private:
    QByteArray keyHash(const QString& login) const;
    std::chrono::seconds delay(qint64 failures) const;

    Store& m_store;
    const Policy m_policy;
    const QByteArray m_key;
};

} // namespace LeoEnt
