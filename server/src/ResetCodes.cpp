#include "ResetCodes.h"

#include "Digest.h"
#include "ResetCode.h"
#include "Store.h"

ResetCodes::ResetCodes(Store& store, int lifetimeS, int maxTries)
    : m_store(store), m_key(store.secretKey("reset_code_key")), m_lifetimeS(lifetimeS), m_maxTries(maxTries)
{
}

ResetCodes::~ResetCodes() = default;

QByteArray ResetCodes::hash(const QString& userId, const QString& code) const
{
    return Digest::keyed(m_key, QByteArray(userId.toUtf8() + '\0' + code.toUtf8()));
}

void ResetCodes::issue(SqlCipherDatabase& db, const QString& userId, const QString& code) const
{
    db.prepare("INSERT INTO reset_codes (user_id, code_hash, expires_at, failed_tries) VALUES (?1, ?2, ?3, 0) "
               "ON CONFLICT (user_id) DO UPDATE SET code_hash = excluded.code_hash, "
               "expires_at = excluded.expires_at, failed_tries = 0")
        .bindText(1, userId)
        .bindBlob(2, hash(userId, code))
        .bindInt(3, Store::now() + m_lifetimeS)
        .run();
}

bool ResetCodes::consume(SqlCipherDatabase& db, const QString& userId, const QString& typed) const
{
    const std::optional<QString> code = ResetCode::normalised(typed);
    if (!code)
        return false;
    db.prepare("DELETE FROM reset_codes WHERE user_id = ?1 AND code_hash = ?2 AND expires_at > ?3 AND "
               "failed_tries < ?4")
        .bindText(1, userId)
        .bindBlob(2, hash(userId, *code))
        .bindInt(3, Store::now())
        .bindInt(4, m_maxTries)
        .run();
    return db.changes() == 1;
}

void ResetCodes::clear(SqlCipherDatabase& db, const QString& userId)
{
    db.prepare("DELETE FROM reset_codes WHERE user_id = ?1").bindText(1, userId).run();
}

std::optional<QString> ResetCodes::check(const QString& login, const QString& typed)
{
    const std::optional<QString> code = ResetCode::normalised(typed);
    return m_store.transaction([&](SqlCipherDatabase& db) -> std::optional<QString> {
        auto select = db.prepare("SELECT r.user_id, r.code_hash, r.expires_at, r.failed_tries FROM reset_codes r "
                                 "JOIN users u ON u.id = r.user_id WHERE u.login = ?1 AND u.blocked = 0");
        if (!select.bindText(1, login).step())
            return std::nullopt;
        const QString userId = select.columnText(0);
        const bool matches = code && Digest::equal(hash(userId, *code), select.columnBlob(1));
        const bool valid = select.columnInt(2) > Store::now() && select.columnInt(3) < m_maxTries;
        select.reset();
        if (!valid) {
            clear(db, userId);
            return std::nullopt;
        }
        if (matches)
            return userId;
        db.prepare("UPDATE reset_codes SET failed_tries = failed_tries + 1 WHERE user_id = ?1")
            .bindText(1, userId)
            .run();
        db.prepare("DELETE FROM reset_codes WHERE user_id = ?1 AND failed_tries >= ?2")
            .bindText(1, userId)
            .bindInt(2, m_maxTries)
            .run();
        return std::nullopt;
    });
}
