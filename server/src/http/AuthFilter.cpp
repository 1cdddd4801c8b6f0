#include "http/AuthFilter.h"

#include "common/SafeRedirect.h"
#include "http/HttpReply.h"
#include "http/IncomingRequest.h"
#include "http/LoginRedirect.h"
#include "http/SessionCookies.h"
#include "security/Digest.h"
#include "store/TokenStore.h"
#include "store/UserDirectory.h"

#include <QList>
#include <QUrl>

#include <algorithm>

namespace LeoEnt {

using namespace Qt::StringLiterals;

AuthFilter::AuthFilter(const SessionCookies& cookies,
                       SessionStore& sessions,
                       TokenStore& tokens,
                       UserDirectory& users,
                       const SafeRedirect& redirect,
                       const LoginRedirect& login,
                       Mfa mfa)
    : m_cookies(cookies), m_sessions(sessions), m_tokens(tokens), m_users(users), m_redirect(redirect), m_login(login),
      m_mfa(std::move(mfa))
{
}

AuthFilter::~AuthFilter() = default;

std::optional<Caller> AuthFilter::fromSession(const IncomingRequest& request)
{
    const std::optional<QString> id = m_cookies.sessionId(request);
    if (!id)
        return std::nullopt;
    std::optional<SessionStore::Session> session = m_sessions.find(*id);
    if (!session)
        return std::nullopt;
    std::optional<UserRecord> user = m_users.findById(session->userId);
    if (!user || user->blocked)
        return std::nullopt;
    return Caller{std::move(*user), std::move(session), {}, {}, {}};
}

std::optional<Caller> AuthFilter::fromBearer(const IncomingRequest& request, const QString& requiredScope)
{
    const std::optional<QByteArray> token = request.bearerToken();
    if (!token)
        return std::nullopt;
    std::optional<TokenStore::Grant> grant = m_tokens.find(QString::fromLatin1(*token));
    if (!grant || !scopeAllows(grant->scope, requiredScope))
        return std::nullopt;
    std::optional<UserRecord> user = m_users.findById(grant->userId);
    if (!user || user->blocked)
        return std::nullopt;
    return Caller{std::move(*user), std::nullopt, grant->clientId, grant->scope, QString::fromLatin1(*token)};
}

std::optional<Caller>
AuthFilter::admit(const IncomingRequest& request, HttpResponse& response, const QString& requiredScope)
{
    const QByteArray method = request.method();
    const bool changesState = method == "POST" || method == "PUT" || method == "DELETE";
    // web-utils UserAuthFilter passes any correctly signed session cookie without looking at a bearer token; the XSRF
    // filter then finds no session behind it and refuses a write before anything else does (CsrfFilter.compareToken).
    const bool signedCookie = m_cookies.sessionId(request).has_value();
    std::optional<Caller> caller = fromSession(request);
    if (!caller && signedCookie && changesState) {
        HttpReply::jsonError(response, 403, u"invalid.xsrf.token"_s);
        return std::nullopt;
    }
    if (!caller && !signedCookie)
        caller = fromBearer(request, requiredScope);
    if (!caller) {
        redirectToLogin(request, response);
        return std::nullopt;
    }
    if (changesState && caller->session && !xsrfValid(request, *caller)) {
        HttpReply::jsonError(response, 403, u"invalid.xsrf.token"_s);
        return std::nullopt;
    }
    static const QList<QByteArray> allowedWhileForced = {"/auth/oauth2/userinfo", "/auth/user/requirements",
                                                         "/auth/changePassword"};
    if (caller->user.forceChangePassword && !allowedWhileForced.contains(request.path())) {
        redirectToForcedChange(request, response);
        return std::nullopt;
    }
    if (needsMfa(caller->user) && mfaStops(method, QString::fromUtf8(request.path()), m_mfa.protectedUrls)) {
        redirectToMfa(request, response);
        return std::nullopt;
    }
    return caller;
}

bool AuthFilter::needsMfa(const UserRecord& user) const
{
    return user.adminLocal && !m_mfa.types.isEmpty();
}

bool AuthFilter::mfaStops(const QByteArray& method, const QString& path, const QStringList& protectedUrls)
{
    const auto containsAny = [&path](const QStringList& parts) {
        return std::any_of(parts.cbegin(), parts.cend(), [&path](const QString& part) { return path.contains(part); });
    };
    if (path.contains(u"/auth/"_s))
        return false;
    if (!containsAny({u"mon-compte"_s, u"annuaire"_s}) && method == "GET" &&
        containsAny({u"/internal/userinfo"_s, u"/userbook/"_s, u"/theme"_s}))
        return false;
    return containsAny(protectedUrls);
}

void AuthFilter::redirectToMfa(const IncomingRequest& request, HttpResponse& response) const
{
    // MandatoryUserValidationFilter: "/auth/validate-mfa?force=true&redirect=" + the absolute URI, URL-encoded.
    const QByteArray back = QUrl::toPercentEncoding(m_redirect.absolute(request.target()));
    HttpReply::redirect(response, m_redirect.absolute(QByteArray("/auth/validate-mfa?force=true&redirect=" + back)));
}

void AuthFilter::redirectToForcedChange(const IncomingRequest& request, HttpResponse& response) const
{
    HttpReply::redirect(response,
                        m_redirect.absolute(QByteArray(QByteArrayLiteral("/auth/reset/forceChangePassword?callback=") +
                                                       QUrl::toPercentEncoding(QString::fromUtf8(request.target())))));
}

void AuthFilter::redirectToLogin(const IncomingRequest& request, HttpResponse& response) const
{
    if (m_cookies.presented(request))
        m_cookies.clearSession(response);
    HttpReply::redirect(response, m_login.location(request.target(), !request.header("X-Forwarded-For").isEmpty()));
}

bool AuthFilter::scopeAllows(const QString& scope, const QString& required)
{
    return scope.split(u' ', Qt::SkipEmptyParts).contains(required);
}

bool AuthFilter::xsrfValid(const IncomingRequest& request, const Caller& caller)
{
    const QByteArray header = request.header("X-XSRF-TOKEN");
    if (header.isEmpty())
        return false;
    if (caller.session && !caller.session->xsrfToken.isEmpty())
        return Digest::equal(header, caller.session->xsrfToken.toLatin1());
    const std::optional<QByteArray> cookie = SessionCookies::xsrfToken(request);
    return cookie && Digest::equal(header, *cookie);
}

} // namespace LeoEnt
