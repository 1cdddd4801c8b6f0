#pragma once

namespace LeoEnt {

class CommandContext;

// `config-keys`: every key of the configuration file, from the key table (ServerConfig::keys()), with its type,
// default and a one-line description. Reads no file.
namespace ConfigKeysCommand {

int run(const CommandContext& context);

} // namespace ConfigKeysCommand

} // namespace LeoEnt
