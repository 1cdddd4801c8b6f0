#include "common/SafeRedirect.h"

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool hasForbiddenCharacter(const QString& path)
{
    for (const QChar c : path) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f || c == u'\\')
            return true;
    }
    return false;
}

} // namespace

SafeRedirect::SafeRedirect(const QUrl& publicUrl)
    : m_publicUrl(publicUrl),
      m_origin(publicUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo |
                                  QUrl::StripTrailingSlash | QUrl::FullyEncoded)),
      m_root(m_origin + (publicUrl.path().isEmpty() ? u"/"_s : publicUrl.path(QUrl::FullyEncoded)))
{
}

QString SafeRedirect::absolute(QByteArrayView pathAndQuery) const
{
    return m_origin + QString::fromUtf8(pathAndQuery);
}

QString SafeRedirect::safePath(const QString& decoded) const
{
    if (decoded.startsWith(u'/'))
        return decoded;
    const QUrl url(decoded, QUrl::StrictMode);
    const int defaultPort = m_publicUrl.scheme() == "https"_L1 ? 443 : 80;
    const bool sameOrigin = url.isValid() && url.scheme() == m_publicUrl.scheme() && url.userInfo().isEmpty() &&
                            url.host() == m_publicUrl.host() && url.port(defaultPort) == m_publicUrl.port(defaultPort);
    if (!sameOrigin)
        return {};
    const QString path = url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
    return path.isEmpty() ? u"/"_s : path;
}

QString SafeRedirect::checkedPath(const QString& callback) const
{
    const QString decoded = QString::fromUtf8(QByteArray::fromPercentEncoding(callback.toUtf8()));
    const QString path = safePath(decoded);
    if (path.size() < 2 || !isAsciiAlnum(path.at(1)) || hasForbiddenCharacter(path))
        return {};
    return path;
}

QString SafeRedirect::encoded(const QString& path) const
{
    return m_origin + QString::fromLatin1(QUrl::toPercentEncoding(path, "/?#[]@!$&'()*+,;=:%-._~"));
}

QString SafeRedirect::location(const QString& callback) const
{
    const QString path = checkedPath(callback);
    if (path.isEmpty() || path.startsWith("/auth/login"_L1))
        return m_root;
    return encoded(path);
}

QString SafeRedirect::afterReset(const QString& callback) const
{
    const QString path = checkedPath(callback);
    return encoded(path.isEmpty() ? u"/auth/login"_s : path);
}

} // namespace LeoEnt
