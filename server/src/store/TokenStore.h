#pragma once

#include <QString>

#include <optional>

namespace SqlCipher {
class Database;
}

namespace LeoEnt {

class Store;

// OAuth2 authorisations (one per password grant, holding the refresh token) and their access tokens.
// Only hashes of the tokens are stored. Stricter than ENT Core, whose refresh tokens neither rotate nor expire: each
// use of a refresh token gives a new one and retires the old; a refresh token unused for refresh_ttl_s expires; a
// retired one presented again (it was stolen, or the client was) revokes its whole authorisation, every token of
// the family with it.
class TokenStore final
{
public:
    struct Issued
    {
        QString accessToken;
        QString refreshToken;
        int expiresIn = 0;
        QString scope;
    };

    struct Grant // what an access token stands for
    {
        QString userId;
        QString clientId;
        QString scope;
    };

    struct Refreshed
    {
        enum class Status { Ok, UnknownToken, OtherClient };
        Status status = Status::UnknownToken;
        QString userId;
        Issued token;
    };

    TokenStore(Store& store, int accessTokenTtlS, int refreshTokenTtlS);
    ~TokenStore();
    TokenStore(const TokenStore&) = delete;
    TokenStore& operator=(const TokenStore&) = delete;

    Issued issue(const QString& clientId, const QString& userId, const QString& scope);
    Refreshed refresh(const QString& clientId, const QString& refreshToken);
    std::optional<Grant> find(const QString& accessToken);
    // The authorisation of this access token, with its refresh token and all its access tokens (a logout).
    void revoke(const QString& accessToken);
    // In the caller's transaction: every authorisation of the account, with its refresh and access tokens; but for
    // `keepAccessToken` if given, which stays with its authorisation (the other access tokens of that one go).
    static void revokeAllOf(SqlCipher::Database& db, const QString& userId, const QString& keepAccessToken = {});

private:
    Store& m_store;
    const int m_ttlS;
    const int m_refreshTtlS;
};

} // namespace LeoEnt
