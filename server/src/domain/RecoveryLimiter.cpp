#include "domain/RecoveryLimiter.h"

#include "domain/LoginThrottle.h"
#include "security/Digest.h"
#include "store/Store.h"

#include <algorithm>

namespace LeoEnt {

namespace {

int countSince(SqlCipher::Database& db, const QByteArray& key, qint64 since)
{
    auto count = db.prepare("SELECT count(*) FROM recovery_requests WHERE key_hash = ?1 AND at > ?2");
    count.bindBlob(1, key).bindInt(2, since).step();
    return static_cast<int>(count.columnInt(0));
}

void record(SqlCipher::Database& db, const QByteArray& key, qint64 now)
{
    db.prepare("INSERT INTO recovery_requests (key_hash, at) VALUES (?1, ?2)").bindBlob(1, key).bindInt(2, now).run();
}

} // namespace

RecoveryLimiter::RecoveryLimiter(const QByteArray& key, Policy policy) : m_key(key), m_policy(std::move(policy)) {}

QByteArray RecoveryLimiter::keyOf(const char* kind, const QString& value) const
{
    return Digest::keyed(m_key, QByteArray(QByteArray(kind) + '\0' + value.toUtf8()));
}

bool RecoveryLimiter::admit(SqlCipher::Database& db, Subject subject, const QString& typed, const QString& address) const
{
    const qint64 now = Store::now();
    db.prepare("DELETE FROM recovery_requests WHERE at <= ?1")
        .bindInt(1, now - std::max({m_policy.loginWindowS, m_policy.addressWindowS, m_policy.accountWindowS}))
        .run();

    const QByteArray loginKey = subject == Subject::Login ? keyOf("login", LoginThrottle::keyFor(typed))
                                                          : keyOf("mail", typed.trimmed().toLower());
    const bool limitAddress = !m_policy.allowList.contains(address);
    const QByteArray addressKey = keyOf("address", address);
    if (countSince(db, loginKey, now - m_policy.loginWindowS) >= m_policy.loginMax)
        return false;
    if (limitAddress && countSince(db, addressKey, now - m_policy.addressWindowS) >= m_policy.addressMax)
        return false;
    record(db, loginKey, now);
    if (limitAddress)
        record(db, addressKey, now);
    return true;
}

bool RecoveryLimiter::admitAccount(SqlCipher::Database& db, const QString& userId) const
{
    const qint64 now = Store::now();
    const QByteArray key = keyOf("account", userId);
    if (countSince(db, key, now - m_policy.accountWindowS) >= m_policy.accountMax)
        return false;
    record(db, key, now);
    return true;
}

} // namespace LeoEnt
