#include "domain/LoginThrottle.h"

#include "security/Digest.h"
#include "store/Store.h"

#include <algorithm>

namespace LeoEnt {

LoginThrottle::LoginThrottle(Store& store, const Policy& policy)
    : m_store(store), m_policy(policy), m_key(store.secretKey("login_throttle_key"))
{
}

LoginThrottle::~LoginThrottle() = default;

QString LoginThrottle::keyFor(const QString& login)
{
    return login.trimmed().toLower();
}

QByteArray LoginThrottle::keyHash(const QString& login) const
{
    return Digest::keyed(m_key, keyFor(login).toUtf8());
}

// The ban that the failure number `failures` starts (the max_retry-th starts the first).
std::chrono::seconds LoginThrottle::delay(qint64 failures) const
{
    const qint64 doublings = std::clamp<qint64>(failures - m_policy.maxRetry, 0, 30);
    return std::min<std::chrono::seconds>(m_policy.baseDelay * (qint64(1) << doublings), m_policy.maxDelay);
}

bool LoginThrottle::admit(const QString& login)
{
    const QByteArray key = keyHash(login);
    return m_store.transaction([&](SqlCipher::Database& db) {
        const qint64 now = Store::now();
        auto select = db.prepare("SELECT failures, banned_until, locked FROM login_failures WHERE key_hash = ?1");
        const bool known = select.bindBlob(1, key).step();
        const qint64 failures = (known ? select.columnInt(0) : 0) + 1;
        if (known && (select.columnInt(2) != 0 || now < select.columnInt(1)))
            return false;
        select.reset();
        if (!known) {
            // Bounded: a new login beyond max_rows pushes out the unlocked one that failed longest ago.
            db.prepare("DELETE FROM login_failures WHERE key_hash IN (SELECT key_hash FROM login_failures "
                       "WHERE locked = 0 ORDER BY last_at LIMIT max(0, (SELECT count(*) FROM login_failures) - ?1))")
                .bindInt(1, m_policy.maxRows - 1)
                .run();
        }
        const qint64 bannedUntil = failures >= m_policy.maxRetry ? now + delay(failures).count() : 0;
        db.prepare("INSERT INTO login_failures (key_hash, failures, banned_until, locked, last_at) "
                   "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (key_hash) DO UPDATE SET failures = excluded.failures, "
                   "banned_until = excluded.banned_until, locked = excluded.locked, last_at = excluded.last_at")
            .bindBlob(1, key)
            .bindInt(2, failures)
            .bindInt(3, bannedUntil)
            .bindInt(4, failures >= m_policy.lockAfter ? 1 : 0)
            .bindInt(5, now)
            .run();
        return true;
    });
}

void LoginThrottle::succeeded(const QString& login)
{
    m_store.transaction([&](SqlCipher::Database& db) { forget(db, login); });
}

void LoginThrottle::forget(SqlCipher::Database& db, const QString& login) const
{
    db.prepare("DELETE FROM login_failures WHERE key_hash = ?1").bindBlob(1, keyHash(login)).run();
}

} // namespace LeoEnt
