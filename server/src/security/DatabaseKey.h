#pragma once

#include <QByteArray>
#include <QString>

namespace LeoEnt {

struct ServerConfig;

// The database key, 32 bytes written as 64 hex digits, from [store] key_env or key_file. Never hard-coded.
namespace DatabaseKey {

// Throws std::runtime_error when the key is missing, malformed, or its file is readable by others.
QByteArray load(const ServerConfig& config);
// A new random key in a file created with mode 0600 (its folder, when missing, 0700). Returns false when the file
// already exists.
bool createFile(const QString& path);

} // namespace DatabaseKey

} // namespace LeoEnt
