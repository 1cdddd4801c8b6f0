#include "security/SecretWipe.h"

#include <sodium.h>

namespace LeoEnt {

void wipe(QByteArray& secret)
{
    if (!secret.isDetached()) { // shared: the other owner keeps its copy, ours must not be written through
        secret.clear();
        return;
    }
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

void wipe(QString& secret)
{
    if (!secret.isDetached()) {
        secret.clear();
        return;
    }
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()) * sizeof(QChar));
    secret.clear();
}

} // namespace LeoEnt
