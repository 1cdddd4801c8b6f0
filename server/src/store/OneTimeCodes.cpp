#include "store/OneTimeCodes.h"

#include "security/Digest.h"
#include "store/ResetCode.h"
#include "store/Store.h"

#include <string>

namespace LeoEnt {

namespace {

// Table names are constants, never input.
std::string table(OneTimeCodes::Kind kind)
{
    return kind == OneTimeCodes::Kind::Activation ? "activation_codes" : "reset_codes";
}

const char* keyName(OneTimeCodes::Kind kind)
{
    return kind == OneTimeCodes::Kind::Activation ? "activation_code_key" : "reset_code_key";
}

} // namespace

OneTimeCodes::OneTimeCodes(Store& store, Kind kind, int lifetimeS, int maxTries)
    : m_store(store), m_kind(kind), m_key(store.secretKey(keyName(kind))), m_lifetimeS(lifetimeS), m_maxTries(maxTries)
{
}

OneTimeCodes::~OneTimeCodes() = default;

QByteArray OneTimeCodes::hash(const QString& userId, const QString& code) const
{
    return Digest::keyed(m_key, QByteArray(userId.toUtf8() + '\0' + code.toUtf8()));
}

void OneTimeCodes::issue(SqlCipher::Database& db, const QString& userId, const QString& code) const
{
    auto insert = db.prepare("INSERT INTO " + table(m_kind) +
                             " (user_id, code_hash, expires_at, failed_tries) VALUES (?1, ?2, ?3, 0) "
                             "ON CONFLICT (user_id) DO UPDATE SET code_hash = excluded.code_hash, "
                             "expires_at = excluded.expires_at, failed_tries = 0");
    insert.bindText(1, userId).bindBlob(2, hash(userId, code));
    if (m_lifetimeS > 0)
        insert.bindInt(3, Store::now() + m_lifetimeS);
    else
        insert.bindNull(3);
    insert.run();
}

bool OneTimeCodes::consume(SqlCipher::Database& db, const QString& userId, const QString& typed) const
{
    const std::optional<QString> code = ResetCode::normalised(typed);
    if (!code)
        return false;
    db.prepare("DELETE FROM " + table(m_kind) +
               " WHERE user_id = ?1 AND code_hash = ?2 AND (expires_at IS NULL OR expires_at > ?3) AND "
               "failed_tries < ?4")
        .bindText(1, userId)
        .bindBlob(2, hash(userId, *code))
        .bindInt(3, Store::now())
        .bindInt(4, m_maxTries)
        .run();
    return db.changes() == 1;
}

void OneTimeCodes::clear(SqlCipher::Database& db, const QString& userId, Kind kind)
{
    db.prepare("DELETE FROM " + table(kind) + " WHERE user_id = ?1").bindText(1, userId).run();
}

bool OneTimeCodes::pending(SqlCipher::Database& db, const QString& userId, Kind kind)
{
    return db.prepare("SELECT 1 FROM " + table(kind) + " WHERE user_id = ?1").bindText(1, userId).step();
}

// Every check does the same work whatever the login: one lookup, one keyed hash (of a dummy account without a code),
// the same two statements on the code's row (which change nothing without one) and one write to the count of checks,
// then the commit. Without it a login with a code would commit a write and one without would not, and the time of
// the answer would tell whether an account exists and has a code pending.
std::optional<QString> OneTimeCodes::check(const QString& login, const QString& typed)
{
    const std::optional<QString> code = ResetCode::normalised(typed);
    return m_store.transaction([&](SqlCipher::Database& db) -> std::optional<QString> {
        auto select = db.prepare("SELECT c.user_id, c.code_hash, c.expires_at, c.failed_tries FROM " + table(m_kind) +
                                 " c JOIN users u ON u.id = c.user_id WHERE u.login = ?1 AND u.blocked = 0");
        const bool found = select.bindText(1, login).step();
        const QString userId = found ? select.columnText(0) : QString();
        const QByteArray stored = found ? select.columnBlob(1) : QByteArray(32, '\0');
        const bool matches = Digest::equal(hash(userId, code.value_or(QString())), stored) && code && found;
        const bool valid =
            found && (select.isNull(2) || select.columnInt(2) > Store::now()) && select.columnInt(3) < m_maxTries;
        select.reset();

        db.prepare("INSERT INTO settings (name, value) VALUES (?1, 1) "
                   "ON CONFLICT (name) DO UPDATE SET value = value + 1")
            .bindText(1, QString::fromLatin1(keyName(m_kind)) + QStringLiteral(".checks"))
            .run();
        db.prepare("UPDATE " + table(m_kind) + " SET failed_tries = failed_tries + ?2 WHERE user_id = ?1")
            .bindText(1, userId)
            .bindInt(2, valid && !matches ? 1 : 0)
            .run();
        db.prepare("DELETE FROM " + table(m_kind) + " WHERE user_id = ?1 AND (failed_tries >= ?2 OR ?3)")
            .bindText(1, userId)
            .bindInt(2, m_maxTries)
            .bindInt(3, valid ? 0 : 1)
            .run();
        if (valid && matches)
            return userId;
        return std::nullopt;
    });
}

} // namespace LeoEnt
