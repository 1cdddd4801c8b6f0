#pragma once

#include <QString>

// Ends a command or the start-up with a message for the operator (std::runtime_error).
[[noreturn]] void fail(const QString& message);
