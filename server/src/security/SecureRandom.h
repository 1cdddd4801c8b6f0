#pragma once

#include <QByteArray>
#include <QString>

namespace LeoEnt {

// Values from the operating system's CSPRNG (libsodium).
namespace SecureRandom {

QByteArray bytes(qsizetype count);
QString uuid();                      // random (version 4) UUID, lower-case, as ENT Core sends them
QString token(qsizetype bytes);      // base64url without padding
quint32 uniform(quint32 upperBound); // in [0, upperBound)

} // namespace SecureRandom

} // namespace LeoEnt
