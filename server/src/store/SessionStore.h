#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace SqlCipher {
class Database;
}

namespace LeoEnt {

class Store;

// Server-side sessions behind the oneSessionId cookie. Only a hash of the session id is stored. A session ends
// after idle_timeout_s without use or absolute_timeout_s after login, whatever the cookie's lifetime.
class SessionStore final
{
public:
    struct Session
    {
        QString id;
        QString userId;
        QString xsrfToken; // may be empty; the XSRF check then falls back to the cookie
    };

    // xsrfOnAuth false (ENT Core's xsrfOnAuth): a new session has no XSRF token until setXsrfToken().
    SessionStore(Store& store, int idleTimeoutS, int absoluteTimeoutS, bool xsrfOnAuth = true);
    ~SessionStore();
    SessionStore(const SessionStore&) = delete;
    SessionStore& operator=(const SessionStore&) = delete;

    Session create(const QString& userId);
    std::optional<Session> find(const QString& id); // refreshes the idle timer; forgets an expired session
    void drop(const QString& id);
    // The token a secured HTML page gives a session that has none (ENT Core's SecurityHookRender.csrfToken).
    bool setXsrfToken(const QString& id, const QString& token);
    // The same session under a new id (ENT Core re-creates the session after POST mailstate): the old id is dropped,
    // the XSRF token, owner and sign-in time are kept. nullopt when the session is gone.
    std::optional<Session> rotate(const Session& session);
    // In the caller's transaction: every session of the account, but `keepId` when given.
    static void dropAllOf(SqlCipher::Database& db, const QString& userId, const QString& keepId = {});

private:
    Store& m_store;
    const int m_idleTimeoutS;
    const int m_absoluteTimeoutS;
    const bool m_xsrfOnAuth;
};

} // namespace LeoEnt
