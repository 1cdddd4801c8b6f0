#include "security/Digest.h"

#include <sodium.h>

namespace LeoEnt {

namespace Digest {

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()),
                       reinterpret_cast<const unsigned char*>(data.data()),
                       static_cast<unsigned long long>(data.size()));
    return out;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()),
                                static_cast<size_t>(key.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(data.data()),
                                  static_cast<unsigned long long>(data.size()));
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char*>(out.data()));
    sodium_memzero(&state, sizeof state);
    return out;
}

QByteArray keyed(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(out.size()),
                       reinterpret_cast<const unsigned char*>(data.data()),
                       static_cast<unsigned long long>(data.size()), reinterpret_cast<const unsigned char*>(key.data()),
                       static_cast<size_t>(key.size()));
    return out;
}

bool equal(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace Digest

} // namespace LeoEnt
