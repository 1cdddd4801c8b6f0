#pragma once

#include <QString>

namespace LeoEnt {

// Ends a command or the start-up with a message for the operator (std::runtime_error).
[[noreturn]] void fail(const QString& message);

} // namespace LeoEnt
