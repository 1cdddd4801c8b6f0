#include "store/OAuthClientRegistry.h"

#include "common/Failure.h"
#include "security/Digest.h"
#include "security/SecureRandom.h"
#include "store/Store.h"

namespace LeoEnt {

using namespace Qt::StringLiterals;

OAuthClientRegistry::OAuthClientRegistry(Store& store) : m_store(store) {}

OAuthClientRegistry::~OAuthClientRegistry() = default;

QString OAuthClientRegistry::add(const Client& client)
{
    const QString secret = SecureRandom::token(32);
    m_store.transaction([&](SqlCipher::Database& db) {
        if (db.prepare("SELECT 1 FROM oauth_clients WHERE id = ?1").bindText(1, client.id).step())
            fail(u"the client "_s + client.id + u" already exists"_s);
        db.prepare("INSERT INTO oauth_clients (id, secret_hash, scopes, grant_types, created_at) "
                   "VALUES (?1, ?2, ?3, ?4, ?5)")
            .bindText(1, client.id)
            .bindBlob(2, Digest::sha256(secret.toUtf8()))
            .bindText(3, client.scopes.join(u' '))
            .bindText(4, client.grantTypes.join(u' '))
            .bindInt(5, Store::now())
            .run();
    });
    return secret;
}

std::optional<OAuthClientRegistry::Client> OAuthClientRegistry::authenticate(const QString& id, const QString& secret)
{
    const QByteArray presented = Digest::sha256(secret.toUtf8());
    return m_store.transaction([&](SqlCipher::Database& db) -> std::optional<Client> {
        auto select = db.prepare("SELECT secret_hash, scopes, grant_types FROM oauth_clients WHERE id = ?1");
        if (!select.bindText(1, id).step() || !Digest::equal(select.columnBlob(0), presented))
            return std::nullopt;
        return Client{id, select.columnText(1).split(u' ', Qt::SkipEmptyParts),
                      select.columnText(2).split(u' ', Qt::SkipEmptyParts)};
    });
}

} // namespace LeoEnt
