#include "cli/ConfigKeysCommand.h"

#include "cli/CommandContext.h"
#include "config/ServerConfig.h"

#include <QTextStream>

namespace LeoEnt {

namespace ConfigKeysCommand {

int run(const CommandContext& context)
{
    context.out() << ServerConfig::keysText();
    return 0;
}

} // namespace ConfigKeysCommand

} // namespace LeoEnt
