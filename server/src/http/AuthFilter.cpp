#include "http/AuthFilter.h"

#include "common/SafeRedirect.h"
#include "http/HttpReply.h"
#include "http/IncomingRequest.h"
#include "http/SessionCookies.h"
#include "security/Digest.h"
#include "store/TokenStore.h"
#include "store/UserDirectory.h"

#include <QList>
#include <QUrl>

namespace LeoEnt {

using namespace Qt::StringLiterals;

AuthFilter::AuthFilter(const SessionCookies& cookies,
                       SessionStore& sessions,
                       TokenStore& tokens,
                       UserDirectory& users,
                       const SafeRedirect& redirect)
    : m_cookies(cookies), m_sessions(sessions), m_tokens(tokens), m_users(users), m_redirect(redirect)
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
    std::optional<Caller> caller = fromSession(request);
    if (!caller)
        caller = fromBearer(request, requiredScope);
    if (!caller) {
        redirectToLogin(request, response);
        return std::nullopt;
    }
    const QByteArray method = request.method();
    const bool changesState = method == "POST" || method == "PUT" || method == "DELETE";
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
    return caller;
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
    const QByteArray callback = QUrl::toPercentEncoding(m_redirect.absolute(request.target()));
    HttpReply::redirect(response,
                        m_redirect.absolute(QByteArray(QByteArrayLiteral("/auth/login?callback=") + callback)));
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
