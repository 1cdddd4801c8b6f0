#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace LeoEnt {

class Store;

// Registered OAuth2 clients (ENT Core's "Application" nodes). Only a hash of each secret is stored.
class OAuthClientRegistry final
{
public:
    struct Client
    {
        QString id;
        QStringList scopes;
        QStringList grantTypes;
    };

    explicit OAuthClientRegistry(Store& store);
    ~OAuthClientRegistry();
    OAuthClientRegistry(const OAuthClientRegistry&) = delete;
    OAuthClientRegistry& operator=(const OAuthClientRegistry&) = delete;

    QString add(const Client& client); // returns the generated secret, shown once; throws if the id is taken
    std::optional<Client> authenticate(const QString& id, const QString& secret);

private:
    Store& m_store;
};

} // namespace LeoEnt
