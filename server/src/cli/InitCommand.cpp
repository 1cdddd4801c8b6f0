#include "cli/InitCommand.h"

#include "cli/CommandContext.h"
#include "common/Failure.h"
#include "security/DatabaseKey.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace InitCommand {

int run(const CommandContext& context)
{
    QTextStream& out = context.out();
    const QString file = context.isSet(u"config"_s) ? context.value(u"config"_s) : CommandContext::defaultConfigFile();
    if (!QFileInfo::exists(file)) {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile config(file);
        if (!config.open(QIODevice::WriteOnly | QIODevice::NewOnly) || config.write(ServerConfig::templateText()) < 0)
            fail(u"cannot write the configuration file "_s + file);
        out << u"wrote the configuration file "_s << QFileInfo(file).absoluteFilePath() << u'\n';
    }
    const ServerConfig config = ServerConfig::load(file);
    if (config.keyEnv.isEmpty() && DatabaseKey::createFile(config.keyFile))
        out << u"created the database key "_s << config.keyFile << u" (mode 0600; keep it secret)\n"_s;
    QDir().mkpath(QFileInfo(config.database).absolutePath());
    context.openStore(config)->cookieSigningKey();
    out << u"database ready: "_s << config.database << u'\n';
    return 0;
}

} // namespace InitCommand

} // namespace LeoEnt
