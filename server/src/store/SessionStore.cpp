#include "store/SessionStore.h"

#include "security/Digest.h"
#include "security/SecureRandom.h"
#include "store/Store.h"

namespace LeoEnt {

namespace {

QByteArray idHash(const QString& id)
{
    return Digest::sha256(id.toUtf8());
}

} // namespace

SessionStore::SessionStore(Store& store, int idleTimeoutS, int absoluteTimeoutS, bool xsrfOnAuth)
    : m_store(store), m_idleTimeoutS(idleTimeoutS), m_absoluteTimeoutS(absoluteTimeoutS), m_xsrfOnAuth(xsrfOnAuth)
{
}

SessionStore::~SessionStore() = default;

SessionStore::Session SessionStore::create(const QString& userId)
{
    Session session{SecureRandom::uuid(), userId, m_xsrfOnAuth ? SecureRandom::uuid() : QString()};
    const qint64 now = Store::now();
    m_store.transaction([&](SqlCipher::Database& db) {
        db.prepare("DELETE FROM sessions WHERE last_seen_at < ?1 OR created_at < ?2")
            .bindInt(1, now - m_idleTimeoutS)
            .bindInt(2, now - m_absoluteTimeoutS)
            .run();
        db.prepare("INSERT INTO sessions (id_hash, user_id, xsrf_token, created_at, last_seen_at) "
                   "VALUES (?1, ?2, ?3, ?4, ?4)")
            .bindBlob(1, idHash(session.id))
            .bindText(2, session.userId)
            .bindText(3, session.xsrfToken)
            .bindInt(4, now)
            .run();
    });
    return session;
}

std::optional<SessionStore::Session> SessionStore::find(const QString& id)
{
    const QByteArray hash = idHash(id);
    const qint64 now = Store::now();
    return m_store.transaction([&](SqlCipher::Database& db) -> std::optional<Session> {
        auto select =
            db.prepare("SELECT user_id, xsrf_token, created_at, last_seen_at FROM sessions WHERE id_hash = ?1");
        if (!select.bindBlob(1, hash).step())
            return std::nullopt;
        const Session session{id, select.columnText(0), select.columnText(1)};
        const bool expired =
            now - select.columnInt(3) >= m_idleTimeoutS || now - select.columnInt(2) >= m_absoluteTimeoutS;
        select.reset();
        if (expired) {
            db.prepare("DELETE FROM sessions WHERE id_hash = ?1").bindBlob(1, hash).run();
            return std::nullopt;
        }
        db.prepare("UPDATE sessions SET last_seen_at = ?2 WHERE id_hash = ?1").bindBlob(1, hash).bindInt(2, now).run();
        return session;
    });
}

bool SessionStore::setXsrfToken(const QString& id, const QString& token)
{
    return m_store.transaction([&](SqlCipher::Database& db) {
        db.prepare("UPDATE sessions SET xsrf_token = ?2 WHERE id_hash = ?1").bindBlob(1, idHash(id)).bindText(2, token).run();
        return db.changes() == 1;
    });
}

void SessionStore::drop(const QString& id)
{
    m_store.transaction([&](SqlCipher::Database& db) {
        db.prepare("DELETE FROM sessions WHERE id_hash = ?1").bindBlob(1, idHash(id)).run();
    });
}

std::optional<SessionStore::Session> SessionStore::rotate(const Session& session)
{
    Session renewed{SecureRandom::uuid(), session.userId, session.xsrfToken};
    return m_store.transaction([&](SqlCipher::Database& db) -> std::optional<Session> {
        db.prepare("UPDATE sessions SET id_hash = ?2, last_seen_at = ?3 WHERE id_hash = ?1 AND user_id = ?4")
            .bindBlob(1, idHash(session.id))
            .bindBlob(2, idHash(renewed.id))
            .bindInt(3, Store::now())
            .bindText(4, session.userId)
            .run();
        if (db.changes() != 1)
            return std::nullopt;
        return renewed;
    });
}

void SessionStore::dropAllOf(SqlCipher::Database& db, const QString& userId, const QString& keepId)
{
    db.prepare("DELETE FROM sessions WHERE user_id = ?1 AND id_hash IS NOT ?2")
        .bindText(1, userId)
        .bindBlob(2, keepId.isEmpty() ? QByteArray() : idHash(keepId))
        .run();
}

} // namespace LeoEnt
