#include "http/SessionCookies.h"

#include "http/HttpReply.h"
#include "http/IncomingRequest.h"
#include "http/SetCookie.h"
#include "security/CookieSigner.h"

namespace LeoEnt {

namespace {

constexpr QByteArrayView sessionCookie = "oneSessionId";
constexpr QByteArrayView authenticatedCookie = "authenticated";
constexpr QByteArrayView xsrfCookie = "XSRF-TOKEN";
constexpr qint64 rememberMeSeconds = 365 * 24 * 3600;

} // namespace

SessionCookies::SessionCookies(const CookieSigner& signer, bool secure) : m_signer(signer), m_secure(secure) {}

void SessionCookies::setSignedIn(HttpResponse& response,
                                 const SessionStore::Session& session,
                                 bool rememberMe) const
{
    const std::optional<qint64> maxAge = rememberMe ? std::optional<qint64>(rememberMeSeconds) : std::nullopt;
    const QByteArray signedId = m_signer.sign(sessionCookie, session.id.toLatin1());
    HttpReply::setCookie(response,
                         SetCookie(sessionCookie.toByteArray(), signedId).httpOnly().secure(m_secure).maxAge(maxAge));
    HttpReply::setCookie(response,
                         SetCookie(authenticatedCookie.toByteArray(), "true").secure(m_secure).maxAge(maxAge));
    if (!session.xsrfToken.isEmpty()) // xsrf_on_auth=false: none at sign-in
        HttpReply::setCookie(response, SetCookie(xsrfCookie.toByteArray(), session.xsrfToken.toLatin1())
                                           .secure(m_secure)
                                           .maxAge(maxAge));
}

void SessionCookies::setXsrf(HttpResponse& response, const QString& token) const
{
    HttpReply::setCookie(response, SetCookie(xsrfCookie.toByteArray(), token.toLatin1()).secure(m_secure));
}

void SessionCookies::setRenewed(HttpResponse& response, const SessionStore::Session& session) const
{
    HttpReply::setCookie(response,
                         SetCookie(sessionCookie.toByteArray(), m_signer.sign(sessionCookie, session.id.toLatin1()))
                             .httpOnly()
                             .secure(m_secure));
}

void SessionCookies::clearSession(HttpResponse& response) const
{
    for (const QByteArrayView name : {sessionCookie, authenticatedCookie})
        HttpReply::setCookie(response, SetCookie(name.toByteArray(), {}).secure(m_secure).maxAge(0));
}

bool SessionCookies::presented(const IncomingRequest& request) const
{
    return request.cookie(sessionCookie).has_value();
}

std::optional<QString> SessionCookies::sessionId(const IncomingRequest& request) const
{
    const std::optional<QByteArray> cookie = request.cookie(sessionCookie);
    if (!cookie)
        return std::nullopt;
    const std::optional<QByteArray> id = m_signer.verify(sessionCookie, *cookie);
    if (!id)
        return std::nullopt;
    return QString::fromLatin1(*id);
}

std::optional<QByteArray> SessionCookies::xsrfToken(const IncomingRequest& request)
{
    return request.cookie(xsrfCookie);
}

} // namespace LeoEnt
