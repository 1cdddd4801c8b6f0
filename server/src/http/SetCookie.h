#pragma once

#include <QByteArray>

#include <optional>

namespace LeoEnt {

// A Set-Cookie header value. Path=/ and SameSite=Strict always (ENT Core's defaults); no Max-Age makes a
// browser-session cookie.
class SetCookie final
{
public:
    SetCookie(QByteArray name, QByteArray value);

    SetCookie& httpOnly(bool on = true);
    SetCookie& secure(bool on);
    SetCookie& maxAge(std::optional<qint64> seconds);

    QByteArray toHeaderValue() const;

private:
    QByteArray m_name;
    QByteArray m_value;
    bool m_httpOnly = false;
    bool m_secure = false;
    std::optional<qint64> m_maxAge;
};

} // namespace LeoEnt
