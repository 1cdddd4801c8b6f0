#pragma once

#include "http/Caller.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace LeoEnt {
struct HttpResponse;
}

namespace LeoEnt {

class IncomingRequest;
class LoginRedirect;
class SafeRedirect;
class SessionCookies;
class SessionStore;
class TokenStore;
class UserDirectory;

// The filter chain of ENT Core's secured routes (ENT protocol §1.2, §2.4, §17): a signed session cookie or a bearer
// token whose scope names the module; otherwise a 302 to the login page (LoginRedirect: /auth/login or the configured
// one). A correctly signed session cookie is all the first filter looks at (web-utils UserAuthFilter): a bearer token
// beside it is not read, and a POST, PUT or DELETE with such a cookie whose session has ended meets the XSRF check
// first, 403 invalid.xsrf.token. Cookie-authenticated POST, PUT and DELETE must carry X-XSRF-TOKEN, else 403. An
// account that must change its password (users set-flag … force-change) is sent to
// /auth/reset/forceChangePassword?callback=<the path asked for>, from every secured route but userinfo, requirements
// and changePassword. An account that needs MFA (needsMfa) is sent to /auth/validate-mfa on a path outside /auth/ that
// contains one of the protected URLs (MandatoryUserValidationFilter.checkMfa).
class AuthFilter final
{
public:
    struct Mfa
    {
        QStringList types;         // auth/mfa_types; empty: no MFA
        QStringList protectedUrls; // auth/mfa_protected_urls
    };

    AuthFilter(const SessionCookies& cookies,
               SessionStore& sessions,
               TokenStore& tokens,
               UserDirectory& users,
               const SafeRedirect& redirect,
               const LoginRedirect& login,
               Mfa mfa);
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
    // ENT Core's needMFA: an admin function, MFA on at platform level, none done in this session (this server never
    // completes one).
    bool needsMfa(const UserRecord& user) const;
    const Mfa& mfa() const { return m_mfa; }
    // Whether ENT Core's MFA check stops `method` on `path` for an account that needs MFA: /auth/ is always let
    // through; so are GET /internal/userinfo, /userbook/ and /theme unless the path holds mon-compte or annuaire; else
    // a path that contains a protected URL is stopped.
    static bool mfaStops(const QByteArray& method, const QString& path, const QStringList& protectedUrls);

private:
    void redirectToLogin(const IncomingRequest& request, HttpResponse& response) const;
    void redirectToForcedChange(const IncomingRequest& request, HttpResponse& response) const;
    void redirectToMfa(const IncomingRequest& request, HttpResponse& response) const;

    const SessionCookies& m_cookies;
    SessionStore& m_sessions;
    TokenStore& m_tokens;
    UserDirectory& m_users;
    const SafeRedirect& m_redirect;
    const LoginRedirect& m_login;
    const Mfa m_mfa;
};

} // namespace LeoEnt
