#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace LeoEnt {

// Signs cookie values as "<value>:<signature>", the shape of ENT Core's oneSessionId. The signature is an
// HMAC-SHA256 (base64url) over the cookie's name, path and value, so a value cannot be moved to another cookie.
class CookieSigner final
{
public:
    explicit CookieSigner(QByteArray key);
    ~CookieSigner();

    QByteArray sign(QByteArrayView name, QByteArrayView value) const;
    std::optional<QByteArray> verify(QByteArrayView name, QByteArrayView signedValue) const; // the bare value

private:
    QByteArray signature(QByteArrayView name, QByteArrayView value) const;

    QByteArray m_key;
};

} // namespace LeoEnt
