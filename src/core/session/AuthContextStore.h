#pragma once

#include <QJsonObject>

#include <optional>

namespace LeoKiosk {

// Where AuthContextCache keeps the last good GET /auth/context between runs (the encrypted local store).
// Synchronous and small: one JSON object. The context is public configuration, never personal data.
class AuthContextStore
{
public:
    AuthContextStore() = default;
    virtual ~AuthContextStore() = default;
    Q_DISABLE_COPY_MOVE(AuthContextStore)

    virtual std::optional<QJsonObject> load() = 0;
    virtual void save(const QJsonObject& context) = 0;
};

} // namespace LeoKiosk
