#pragma once

namespace LeoEnt {

class CommandContext;

// `serve [--port N]`: runs the server until SIGINT or SIGTERM, after printing "listening on <url>" (the tests wait
// for that line). Exit code 0 after a clean stop, 1 when it could not listen.
namespace ServeCommand {

int run(const CommandContext& context);

} // namespace ServeCommand

} // namespace LeoEnt
