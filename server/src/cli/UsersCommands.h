#pragma once

#include <QString>

namespace LeoEnt {

class CommandContext;

// `users …`: import a CSV file, set a password, block and unblock, set the recovery e-mail address, set a flag,
// issue an activation code, list. Passwords, codes and secrets are printed once on standard output, the notice
// that says so on standard error. Each returns the exit code, and throws std::runtime_error on failure.
namespace UsersCommands {

int importFile(const CommandContext& context, const QString& file);   // --generate-passwords
int show(const CommandContext& context, const QString& login);
int setFederated(const CommandContext& context, const QString& login, const QString& value);
int setPassword(const CommandContext& context, const QString& login); // --generate, else one line from stdin
int setBlocked(const CommandContext& context, const QString& login, bool blocked);
int setEmail(const CommandContext& context, const QString& login, const QString& email);
int setFlag(const CommandContext& context, const QString& login, const QString& flag, const QString& value);
int setActivationCode(const CommandContext& context, const QString& login);
int list(const CommandContext& context);

} // namespace UsersCommands

} // namespace LeoEnt
