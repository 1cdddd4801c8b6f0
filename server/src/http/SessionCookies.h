#pragma once

#include "store/SessionStore.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace LeoEnt {
struct HttpResponse;
}

namespace LeoEnt {

class CookieSigner;
class IncomingRequest;

// The cookies of a signed-in browser (ENT protocol §2.1): oneSessionId (signed, HttpOnly), authenticated and
// XSRF-TOKEN. Secure when the server is reached over TLS.
class SessionCookies final
{
public:
    SessionCookies(const CookieSigner& signer, bool secure);

    void setSignedIn(HttpResponse& response, const SessionStore::Session& session, bool rememberMe) const;
    void clearSession(HttpResponse& response) const; // XSRF-TOKEN stays, as in ENT Core
    // XSRF-TOKEN alone, as a browser-session cookie (ENT Core's SecurityHookRender on a secured HTML page).
    void setXsrf(HttpResponse& response, const QString& token) const;
    // oneSessionId alone, as a browser-session cookie (no Max-Age), after the session got a new id.
    void setRenewed(HttpResponse& response, const SessionStore::Session& session) const;

    bool presented(const IncomingRequest& request) const;
    std::optional<QString> sessionId(const IncomingRequest& request) const; // only from a correctly signed cookie
    static std::optional<QByteArray> xsrfToken(const IncomingRequest& request);

private:
    const CookieSigner& m_signer;
    const bool m_secure;
};

} // namespace LeoEnt
