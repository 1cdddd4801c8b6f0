#pragma once

#include <QByteArray>
#include <QString>

namespace LeoEnt {

// A secret named in the configuration by a file (which only its owner may read) or an environment variable,
// e.g. [mail] password_file / password_env. Throws std::runtime_error naming `what` when it cannot be read.
namespace SecretSource {

QByteArray load(const QString& file, const QString& env, const QString& what); // trimmed; empty when neither is set

} // namespace SecretSource

} // namespace LeoEnt
