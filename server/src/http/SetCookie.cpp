#include "http/SetCookie.h"

namespace LeoEnt {

SetCookie::SetCookie(QByteArray name, QByteArray value) : m_name(std::move(name)), m_value(std::move(value)) {}

SetCookie& SetCookie::httpOnly(bool on)
{
    m_httpOnly = on;
    return *this;
}

SetCookie& SetCookie::secure(bool on)
{
    m_secure = on;
    return *this;
}

SetCookie& SetCookie::maxAge(std::optional<qint64> seconds)
{
    m_maxAge = seconds;
    return *this;
}

QByteArray SetCookie::toHeaderValue() const
{
    QByteArray header = m_name;
    header += '=';
    header += m_value;
    if (m_maxAge) {
        header += "; Max-Age=";
        header += QByteArray::number(*m_maxAge);
        if (*m_maxAge <= 0)
            header += "; Expires=Thu, 01 Jan 1970 00:00:00 GMT";
    }
    header += "; Path=/";
    if (m_secure)
        header += "; Secure";
    if (m_httpOnly)
        header += "; HttpOnly";
    header += "; SameSite=Strict";
    return header;
}

} // namespace LeoEnt
