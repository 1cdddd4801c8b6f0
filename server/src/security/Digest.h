#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace LeoEnt {

// Hashes through libsodium. Tokens and secrets are high-entropy, so a plain SHA-256 is enough to store them.
namespace Digest {

QByteArray sha256(QByteArrayView data);
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);
QByteArray keyed(QByteArrayView key, QByteArrayView data); // BLAKE2b-256 keyed with a 16 to 64-byte secret
bool equal(QByteArrayView a, QByteArrayView b);            // constant time for equal sizes

} // namespace Digest

} // namespace LeoEnt
