#include "core/secrets/SecretBytes.h"

#include <sodium.h>

#include <utility>

namespace LeoKiosk {

namespace {

// Zeroes the whole allocation behind `bytes` in place, without detaching: copies that share the buffer (for example
// the one QNetworkAccessManager keeps of a request body) are zeroed too, which is the point.
void zeroBuffer(QByteArray& bytes)
{
    auto& d = bytes.data_ptr();
    if (!d.isMutable()) // raw or static data: not ours to write
        return;
    char* start = d.data() - d.freeSpaceAtBegin();
    sodium_memzero(start, static_cast<size_t>(d.constAllocatedCapacity()));
}

} // namespace

SecretBytes::SecretBytes(const QString& text) : m_bytes(text.toUtf8()) {}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept : m_bytes(std::exchange(other.m_bytes, QByteArray())) {}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

SecretBytes SecretBytes::fromUtf8(QByteArray&& utf8)
{
    SecretBytes secret;
    secret.m_bytes = std::exchange(utf8, QByteArray());
    return secret;
}

void SecretBytes::append(const QByteArray& data)
{
    if (data.isEmpty())
        return;
    const auto& d = m_bytes.data_ptr();
    if (!d.isMutable() || d.isShared() || d.freeSpaceAtEnd() < data.size()) {
        const qsizetype needed = m_bytes.size() + data.size();
        QByteArray grown;
        grown.reserve(qMax<qsizetype>(64, needed * 2));
        grown.append(m_bytes.constData(), m_bytes.size());
        wipe();
        m_bytes = std::move(grown);
    }
    m_bytes.append(data.constData(), data.size());
}

void SecretBytes::wipe()
{
    zeroBuffer(m_bytes);
    m_bytes = QByteArray();
}

} // namespace LeoKiosk
