#include "cli/CommandContext.h"

#include "common/Failure.h"
#include "domain/PasswordPolicy.h"
#include "security/DatabaseKey.h"
#include "security/SecretWipe.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QScopeGuard>

namespace LeoEnt {

using namespace Qt::StringLiterals;

CommandContext::CommandContext(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
    : m_parser(parser), m_out(out), m_err(err)
{
}

bool CommandContext::isSet(const QString& option) const
{
    return m_parser.isSet(option);
}

QString CommandContext::value(const QString& option) const
{
    return m_parser.value(option);
}

QString CommandContext::defaultConfigFile()
{
    return u"leo-ent-server.ini"_s;
}

ServerConfig CommandContext::loadConfig() const
{
    const QString file = value(u"config"_s);
    if (!file.isEmpty() && !QFileInfo::exists(file))
        fail(u"the configuration file "_s + file + u" does not exist (run init to create it)"_s);
    return ServerConfig::load(file.isEmpty() ? defaultConfigFile() : file);
}

std::unique_ptr<Store> CommandContext::openStore(const ServerConfig& config) const
{
    QByteArray key = DatabaseKey::load(config);
    const auto wipeKey = qScopeGuard([&] { wipe(key); });
    return std::make_unique<Store>(config.database, key);
}

PasswordPolicy CommandContext::passwordPolicy(const ServerConfig& config)
{
    return PasswordPolicy(config.passwordRegex, config.passwordRuleFr, config.passwordRuleEn);
}

} // namespace LeoEnt
