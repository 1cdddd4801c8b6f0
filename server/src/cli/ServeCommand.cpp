#include "cli/ServeCommand.h"

#include "app/ServerApplication.h"
#include "app/StopSignals.h"
#include "cli/CommandContext.h"
#include "common/Failure.h"
#include "security/DatabaseKey.h"
#include "security/SecretWipe.h"

#include <QScopeGuard>
#include <QTextStream>

#include <csignal>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace ServeCommand {

int run(const CommandContext& context)
{
    ServerConfig config = context.loadConfig();
    if (context.isSet(u"port"_s)) {
        bool ok = false;
        config.port = context.value(u"port"_s).toInt(&ok);
        if (!ok || config.port < 0 || config.port > 65535)
            fail(u"--port expects a number between 0 and 65535"_s);
    }
    qSetMessagePattern(u"%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-warning}warning %{endif}%{category}: %{message}"_s);
    std::signal(SIGPIPE, SIG_IGN); // a client that goes away must not end the process
    const auto server = [&] {
        QByteArray key = DatabaseKey::load(config);
        const auto wipeKey = qScopeGuard([&] { wipe(key); });
        return std::make_unique<ServerApplication>(config, key);
    }();
    const StopSignals stopSignals([&server] { server->stop(); });
    context.out() << u"listening on "_s << server->url().toString() << Qt::endl;
    return server->run() ? 0 : 1;
}

} // namespace ServeCommand

} // namespace LeoEnt
