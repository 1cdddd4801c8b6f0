#include "http/LoginRedirect.h"

#include "common/SafeRedirect.h"

#include <QUrl>

namespace LeoEnt {

using namespace Qt::StringLiterals;

LoginRedirect::LoginRedirect(Settings settings, const SafeRedirect& redirect)
    : m_settings(std::move(settings)), m_redirect(redirect)
{
}

QString LoginRedirect::location(QByteArrayView target, bool forwardedFor) const
{
    // web-utils: callBack = scheme://host + uri, URL-encoded; location = scheme://host, or, without X-Forwarded-For,
    // location.split(":")[0] + ":8009" — the scheme alone, then the port.
    const QString callback = QString::fromLatin1(QUrl::toPercentEncoding(m_redirect.absolute(target)));
    QString location = m_redirect.absolute({});
    if (m_settings.port8009Rewrite && !forwardedFor)
        location = location.section(u':', 0, 0) + u":8009"_s;
    const QString loginUri = m_settings.loginUri.trimmed();
    if (loginUri.isEmpty())
        return location + u"/auth/login?callback="_s + callback;
    location = loginUri.startsWith(u"http"_s) ? loginUri : location + loginUri;
    if (!m_settings.callbackParam.trimmed().isEmpty())
        location += (location.contains(u'?') ? u'&' : u'?') + m_settings.callbackParam + u'=' + callback;
    return location;
}

} // namespace LeoEnt
