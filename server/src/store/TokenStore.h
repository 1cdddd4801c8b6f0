#pragma once

#include <QString>

#include <optional>

namespace SqlCipher {
class Database;
}

namespace LeoEnt {

class Store;

// OAuth2 authorisations (one per password grant, holding the refresh token) and their access tokens.
// Only hashes of the tokens are stored. Refresh tokens do not rotate and do not expire, as in ENT Core.
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

    TokenStore(Store& store, int accessTokenTtlS);
    ~TokenStore();
    TokenStore(const TokenStore&) = delete;
    TokenStore& operator=(const TokenStore&) = delete;

    Issued issue(const QString& clientId, const QString& userId, const QString& scope);
    Refreshed refresh(const QString& clientId, const QString& refreshToken);
    std::optional<Grant> find(const QString& accessToken);
    // In the caller's transaction: every authorisation of the account, with its refresh and access tokens; but for
    // `keepAccessToken` if given, which stays with its authorisation (the other access tokens of that one go).
    static void revokeAllOf(SqlCipher::Database& db, const QString& userId, const QString& keepAccessToken = {});

private:
    Store& m_store;
    const int m_ttlS;
};

} // namespace LeoEnt
