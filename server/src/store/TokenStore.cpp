#include "store/TokenStore.h"

#include "security/Digest.h"
#include "security/SecureRandom.h"
#include "store/Store.h"

namespace LeoEnt {

namespace {

QByteArray tokenHash(const QString& token)
{
    return Digest::sha256(token.toUtf8());
}

// A new access token for the authorisation; expired tokens are swept at the same time.
QString addAccessToken(SqlCipher::Database& db, qint64 authorizationId, qint64 expiresAt)
{
    const QString token = SecureRandom::uuid();
    db.prepare("DELETE FROM oauth_access_tokens WHERE expires_at <= ?1").bindInt(1, Store::now()).run();
    db.prepare("INSERT INTO oauth_access_tokens (token_hash, authorization_id, expires_at) VALUES (?1, ?2, ?3)")
        .bindBlob(1, tokenHash(token))
        .bindInt(2, authorizationId)
        .bindInt(3, expiresAt)
        .run();
    return token;
}

} // namespace

TokenStore::TokenStore(Store& store, int accessTokenTtlS, int refreshTokenTtlS)
    : m_store(store), m_ttlS(accessTokenTtlS), m_refreshTtlS(refreshTokenTtlS)
{
}

TokenStore::~TokenStore() = default;

TokenStore::Issued TokenStore::issue(const QString& clientId, const QString& userId, const QString& scope)
{
    return m_store.transaction([&](SqlCipher::Database& db) {
        // Authorisations whose refresh token has expired are swept, with their retired refresh tokens.
        db.prepare("DELETE FROM oauth_authorizations WHERE coalesce(refresh_expires_at, created_at + ?2) <= ?1")
            .bindInt(1, Store::now())
            .bindInt(2, m_refreshTtlS)
            .run();
        Issued issued;
        issued.refreshToken = SecureRandom::uuid();
        issued.expiresIn = m_ttlS;
        issued.scope = scope;
        db.prepare("INSERT INTO oauth_authorizations (client_id, user_id, scope, refresh_hash, created_at, "
                   "refresh_expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .bindText(1, clientId)
            .bindText(2, userId)
            .bindText(3, scope)
            .bindBlob(4, tokenHash(issued.refreshToken))
            .bindInt(5, Store::now())
            .bindInt(6, Store::now() + m_refreshTtlS)
            .run();
        issued.accessToken = addAccessToken(db, db.lastInsertRowId(), Store::now() + m_ttlS);
        return issued;
    });
}

TokenStore::Refreshed TokenStore::refresh(const QString& clientId, const QString& refreshToken)
{
    const QByteArray presented = tokenHash(refreshToken);
    return m_store.transaction([&](SqlCipher::Database& db) {
        Refreshed result;
        const qint64 now = Store::now();
        auto select = db.prepare(
            "SELECT a.id, a.client_id, a.user_id, a.scope, coalesce(a.refresh_expires_at, a.created_at + ?2) > ?3 "
            "FROM oauth_authorizations a JOIN users u ON u.id = a.user_id WHERE a.refresh_hash = ?1 AND u.blocked = 0");
        if (!select.bindBlob(1, presented).bindInt(2, m_refreshTtlS).bindInt(3, now).step()) {
            select.reset();
            // A retired refresh token: its family is revoked.
            db.prepare("DELETE FROM oauth_authorizations WHERE id IN "
                       "(SELECT authorization_id FROM oauth_rotated_refresh WHERE refresh_hash = ?1)")
                .bindBlob(1, presented)
                .run();
            return result;
        }
        const qint64 authorizationId = select.columnInt(0);
        if (select.columnText(1) != clientId) {
            result.status = Refreshed::Status::OtherClient;
            return result;
        }
        if (select.columnInt(4) == 0) { // expired: the authorisation goes
            select.reset();
            db.prepare("DELETE FROM oauth_authorizations WHERE id = ?1").bindInt(1, authorizationId).run();
            return result;
        }
        result.status = Refreshed::Status::Ok;
        result.userId = select.columnText(2);
        result.token.scope = select.columnText(3);
        result.token.refreshToken = SecureRandom::uuid();
        result.token.expiresIn = m_ttlS;
        select.reset();
        db.prepare("INSERT INTO oauth_rotated_refresh (refresh_hash, authorization_id) VALUES (?1, ?2)")
            .bindBlob(1, presented)
            .bindInt(2, authorizationId)
            .run();
        db.prepare("UPDATE oauth_authorizations SET refresh_hash = ?2, refresh_expires_at = ?3 WHERE id = ?1")
            .bindInt(1, authorizationId)
            .bindBlob(2, tokenHash(result.token.refreshToken))
            .bindInt(3, now + m_refreshTtlS)
            .run();
        result.token.accessToken = addAccessToken(db, authorizationId, now + m_ttlS);
        return result;
    });
}

std::optional<TokenStore::Grant> TokenStore::find(const QString& accessToken)
{
    const QByteArray hash = tokenHash(accessToken);
    return m_store.transaction([&](SqlCipher::Database& db) -> std::optional<Grant> {
        auto select = db.prepare("SELECT a.user_id, a.client_id, a.scope FROM oauth_access_tokens t "
                                 "JOIN oauth_authorizations a ON a.id = t.authorization_id "
                                 "WHERE t.token_hash = ?1 AND t.expires_at > ?2");
        if (!select.bindBlob(1, hash).bindInt(2, Store::now()).step())
            return std::nullopt;
        return Grant{select.columnText(0), select.columnText(1), select.columnText(2)};
    });
}

void TokenStore::revoke(const QString& accessToken)
{
    const QByteArray hash = tokenHash(accessToken);
    m_store.transaction([&](SqlCipher::Database& db) {
        db.prepare("DELETE FROM oauth_authorizations WHERE id IN "
                   "(SELECT authorization_id FROM oauth_access_tokens WHERE token_hash = ?1)")
            .bindBlob(1, hash)
            .run();
    });
}

void TokenStore::revokeAllOf(SqlCipher::Database& db, const QString& userId, const QString& keepAccessToken)
{
    if (keepAccessToken.isEmpty()) {
        db.prepare("DELETE FROM oauth_authorizations WHERE user_id = ?1").bindText(1, userId).run();
        return;
    }
    const QByteArray kept = tokenHash(keepAccessToken);
    db.prepare("DELETE FROM oauth_authorizations WHERE user_id = ?1 AND id NOT IN "
               "(SELECT authorization_id FROM oauth_access_tokens WHERE token_hash = ?2)")
        .bindText(1, userId)
        .bindBlob(2, kept)
        .run();
    db.prepare("DELETE FROM oauth_access_tokens WHERE token_hash != ?2 AND authorization_id IN "
               "(SELECT id FROM oauth_authorizations WHERE user_id = ?1)")
        .bindText(1, userId)
        .bindBlob(2, kept)
        .run();
}

} // namespace LeoEnt
