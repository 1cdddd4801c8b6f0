#pragma once

namespace LeoEnt {

class CommandContext;

// `demo create`: the sample schools and accounts of DemoData in an empty database, printed as a table with their
// passwords and activation code, shown once.
namespace DemoCommand {

int run(const CommandContext& context);

} // namespace DemoCommand

} // namespace LeoEnt
