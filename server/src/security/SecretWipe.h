#pragma once

#include <QByteArray>
#include <QString>

namespace LeoEnt {

// Overwrite a buffer holding a password or a token with zeros, then empty it.
void wipe(QByteArray& secret);
void wipe(QString& secret);

} // namespace LeoEnt
