#include "core/ent/FormEncoder.h"

#include <sodium.h>

#include <array>

namespace LeoKiosk {

namespace {

bool isUnreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

// Percent-encodes `utf8` into `out` through a small stack buffer, so that no unwiped heap copy of a secret is made.
void appendEncoded(SecretBytes& out, const QByteArray& utf8)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::array<char, 96> chunk{};
    qsizetype used = 0;
    const auto flush = [&] {
        out.append(QByteArray::fromRawData(chunk.data(), used));
        used = 0;
    };
    for (const char ch : utf8) {
        if (used + 3 > qsizetype(chunk.size()))
            flush();
        const auto c = static_cast<unsigned char>(ch);
        if (isUnreserved(c)) {
            chunk[size_t(used++)] = ch;
        } else {
            chunk[size_t(used++)] = '%';
            chunk[size_t(used++)] = hex[c >> 4];
            chunk[size_t(used++)] = hex[c & 0x0f];
        }
    }
    flush();
    sodium_memzero(chunk.data(), chunk.size());
}

} // namespace

FormEncoder& FormEncoder::add(const QString& key, const QString& value)
{
    return add(key, SecretBytes(value));
}

FormEncoder& FormEncoder::add(const QString& key, const SecretBytes& utf8Value)
{
    if (!m_body.isEmpty())
        m_body.append(QByteArrayLiteral("&"));
    appendEncoded(m_body, key.toUtf8());
    m_body.append(QByteArrayLiteral("="));
    appendEncoded(m_body, utf8Value.bytes());
    return *this;
}

SecretBytes FormEncoder::take()
{
    return std::move(m_body);
}

QByteArray FormEncoder::encode(const QByteArray& utf8)
{
    SecretBytes encoded;
    appendEncoded(encoded, utf8);
    return QByteArray(encoded.bytes().constData(), encoded.bytes().size()); // a deep copy: `encoded` wipes its own
}

} // namespace LeoKiosk
