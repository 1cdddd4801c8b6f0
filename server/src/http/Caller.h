#pragma once

#include "store/SessionStore.h"
#include "store/UserRecord.h"

#include <QString>

#include <optional>

namespace LeoEnt {

// Who is calling a secured route: a browser session (cookie) or an OAuth2 client acting for a user (bearer).
struct Caller
{
    UserRecord user;
    std::optional<SessionStore::Session> session; // set for cookie authentication
    QString clientId;                             // set for bearer authentication
    QString scope;
    QString accessToken; // set for bearer authentication: the token this request presented

    bool isOAuthClient() const { return !clientId.isEmpty(); }
};

} // namespace LeoEnt
