#pragma once

#include "http/Caller.h"

#include <QString>

#include <optional>

namespace LeoEnt {
struct HttpResponse;
}

namespace LeoEnt {

class IncomingRequest;
class SafeRedirect;
class SessionCookies;
class SessionStore;
class TokenStore;
class UserDirectory;

// The filter chain of ENT Core's secured routes (ENT protocol §1.2, §2.4): a signed session cookie or a bearer token
// whose scope names the module; otherwise a 302 to the login page. Cookie-authenticated POST, PUT and DELETE
// must carry X-XSRF-TOKEN, else 403. An account that must change its password (users set-flag … force-change) is
// sent to /auth/reset/forceChangePassword?callback=<the path asked for>, from every secured route but userinfo,
// requirements and changePassword.
class AuthFilter final
{
public:
    AuthFilter(const SessionCookies& cookies,
               SessionStore& sessions,
               TokenStore& tokens,
               UserDirectory& users,
               const SafeRedirect& redirect);
    ~AuthFilter();
    AuthFilter(const AuthFilter&) = delete;
    AuthFilter& operator=(const AuthFilter&) = delete;

    std::optional<Caller> fromSession(const IncomingRequest& request);
    std::optional<Caller> fromBearer(const IncomingRequest& request, const QString& requiredScope);

    // The caller of a secured route, or nullopt after writing the refusal into the response.
    std::optional<Caller>
    admit(const IncomingRequest& request, HttpResponse& response, const QString& requiredScope);

    static bool scopeAllows(const QString& scope, const QString& required); // `required` as a whole word
    static bool xsrfValid(const IncomingRequest& request, const Caller& caller);

private:
    void redirectToLogin(const IncomingRequest& request, HttpResponse& response) const;
    void redirectToForcedChange(const IncomingRequest& request, HttpResponse& response) const;

    const SessionCookies& m_cookies;
    SessionStore& m_sessions;
    TokenStore& m_tokens;
    UserDirectory& m_users;
    const SafeRedirect& m_redirect;
};

} // namespace LeoEnt
