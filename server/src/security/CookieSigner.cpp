#include "security/CookieSigner.h"

#include "security/Digest.h"
#include "security/SecretWipe.h"

namespace LeoEnt {

CookieSigner::CookieSigner(QByteArray key) : m_key(std::move(key)) {}

CookieSigner::~CookieSigner()
{
    wipe(m_key);
}

QByteArray CookieSigner::signature(QByteArrayView name, QByteArrayView value) const
{
    QByteArray message = name.toByteArray();
    message += "\n/\n"; // the path is always /
    message += value;
    return Digest::hmacSha256(m_key, message).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray CookieSigner::sign(QByteArrayView name, QByteArrayView value) const
{
    QByteArray signedValue = value.toByteArray();
    signedValue += ':';
    signedValue += signature(name, value);
    return signedValue;
}

std::optional<QByteArray> CookieSigner::verify(QByteArrayView name, QByteArrayView signedValue) const
{
    const qsizetype colon = signedValue.lastIndexOf(':');
    if (colon <= 0)
        return std::nullopt;
    const QByteArrayView value = signedValue.first(colon);
    if (!Digest::equal(signature(name, value), signedValue.sliced(colon + 1)))
        return std::nullopt;
    return value.toByteArray();
}

} // namespace LeoEnt
