#pragma once

namespace LeoEnt {

class CommandContext;

// `init`: writes the configuration template where --config points (./leo-ent-server.ini by default) when the file
// is missing, creates the database key file (mode 0600) unless the key comes from the environment, and creates or
// opens the database. Safe to run again: nothing that exists is replaced.
namespace InitCommand {

int run(const CommandContext& context);

} // namespace InitCommand

} // namespace LeoEnt
