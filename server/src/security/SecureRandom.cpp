#include "security/SecureRandom.h"

#include <sodium.h>

namespace LeoEnt {

namespace SecureRandom {

QByteArray bytes(qsizetype count)
{
    QByteArray buffer(count, Qt::Uninitialized);
    randombytes_buf(buffer.data(), static_cast<size_t>(count));
    return buffer;
}

QString uuid()
{
    QByteArray raw = bytes(16);
    raw[6] = static_cast<char>((raw[6] & 0x0f) | 0x40);
    raw[8] = static_cast<char>((raw[8] & 0x3f) | 0x80);
    const QByteArray hex = raw.toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' +
                               hex.mid(20));
}

QString token(qsizetype count)
{
    return QString::fromLatin1(bytes(count).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

quint32 uniform(quint32 upperBound)
{
    return randombytes_uniform(upperBound);
}

} // namespace SecureRandom

} // namespace LeoEnt
