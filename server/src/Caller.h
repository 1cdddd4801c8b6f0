#pragma once

#include "SessionStore.h"
#include "UserRecord.h"

#include <QString>

#include <optional>

// Who is calling a secured route: a browser session (cookie) or an OAuth2 client acting for a user (bearer).
struct Caller
{
    UserRecord user;
    std::optional<SessionStore::Session> session; // set for cookie authentication
    QString clientId;                             // set for bearer authentication
    QString scope;

    bool isOAuthClient() const { return !clientId.isEmpty(); }
};
