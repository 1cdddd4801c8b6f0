#pragma once

#include <QString>

namespace LeoEnt {

class CommandContext;

// `clients add ID --scope "…" [--grant-types "…"]`: registers an OAuth2 client (ENT protocol §3.4) and prints its
// secret once; only the secret's hash is stored.
namespace ClientsCommands {

int add(const CommandContext& context, const QString& id);

} // namespace ClientsCommands

} // namespace LeoEnt
