#pragma once

#include <QByteArray>

#include <optional>

namespace Common {

// One line from standard input without its line break, for a PIN or a password given to a command-line verb. On a
// terminal the prompt goes to standard error and the typing is not echoed. The intermediate buffer is wiped; the
// caller wipes what it gets. nullopt when standard input ends before any character.
std::optional<QByteArray> readSecretLine(const char* prompt);

} // namespace Common
