#include "cli/AdminCli.h"

#include "config/ServerConfig.h"

#include "cli/ClientsCommands.h"
#include "cli/ConfigKeysCommand.h"
#include "cli/DemoCommand.h"
#include "cli/InitCommand.h"
#include "cli/ServeCommand.h"
#include "cli/UsersCommands.h"

#include <stdexcept>

namespace LeoEnt {

using namespace Qt::StringLiterals;

AdminCli::AdminCli() : m_out(stdout), m_err(stderr), m_context(m_parser, m_out, m_err)
{
    m_parser.setApplicationDescription(u"Reference ENT Core-compatible authentication server for leo-kiosk."_s);
    m_parser.addHelpOption();
    m_parser.addOptions({
        {u"config"_s, u"The INI configuration file (default: ./leo-ent-server.ini)."_s, u"file"_s},
        {u"port"_s, u"serve: listen on this port instead (0: any free port)."_s, u"port"_s},
        {u"generate"_s, u"users set-password: generate a password and print it."_s},
        {u"generate-passwords"_s,
         u"users import: give each new account a generated password, printed once as login,password lines."_s},
        {u"scope"_s, u"clients add: the scopes the client may ask for, space-separated."_s, u"scopes"_s},
        {u"grant-types"_s, u"clients add: the grant types of the client (default: password)."_s, u"types"_s},
    });
    const auto one = [](auto method) {
        return [method](const QStringList& operands) { return method(operands.first()); };
    };
    m_commands = {
        {{u"init"_s},
         0,
         u"(creates the configuration file if missing, the key file and the database)"_s,
         {},
         [this](const QStringList&) { return InitCommand::run(m_context); }},
        {{u"config-keys"_s},
         0,
         u"(every key of the configuration file, with its type, default and description)"_s,
         {},
         [this](const QStringList&) { return ConfigKeysCommand::run(m_context); }},
        {{u"serve"_s}, 0, u"[--port N]"_s, {u"port"_s}, [this](const QStringList&) { return ServeCommand::run(m_context); }},
        {{u"users"_s, u"import"_s},
         1,
         u"FILE.csv [--generate-passwords] (login,first_name,last_name,profile,school,class,email,mobile"
         "[,activation_code])"_s,
         {u"generate-passwords"_s},
         one([this](const QString& file) { return UsersCommands::importFile(m_context, file); })},
        {{u"users"_s, u"show"_s},
         1,
         u"LOGIN (the account as stored: school, class, e-mail, mobile, password set or not, blocked, federated)"_s,
         {},
         one([this](const QString& login) { return UsersCommands::show(m_context, login); })},
        {{u"users"_s, u"set-federated"_s},
         2,
         u"LOGIN on|off (signed in through EduConnect; refused at the password login under "
         "auth/check_federated_login)"_s,
         {},
         [this](const QStringList& operands) {
             return UsersCommands::setFederated(m_context, operands.at(0), operands.at(1));
         }},
        {{u"users"_s, u"set-password"_s},
         1,
         u"LOGIN [--generate] (else reads one line from standard input)"_s,
         {u"generate"_s},
         one([this](const QString& login) { return UsersCommands::setPassword(m_context, login); })},
        {{u"users"_s, u"block"_s}, 1, u"LOGIN"_s, {}, one([this](const QString& login) {
             return UsersCommands::setBlocked(m_context, login, true);
         })},
        {{u"users"_s, u"unblock"_s}, 1, u"LOGIN"_s, {}, one([this](const QString& login) {
             return UsersCommands::setBlocked(m_context, login, false);
         })},
        {{u"users"_s, u"set-email"_s},
         2,
         u"LOGIN EMAIL (the address recovery messages go to; \"\" for none)"_s,
         {},
         [this](const QStringList& operands) { return UsersCommands::setEmail(m_context, operands.at(0), operands.at(1)); }},
        {{u"users"_s, u"set-activation-code"_s},
         1,
         u"LOGIN (a new activation code for an account never activated; printed once)"_s,
         {},
         one([this](const QString& login) { return UsersCommands::setActivationCode(m_context, login); })},
        {{u"users"_s, u"set-flag"_s},
         3,
         u"LOGIN force-change|revalidate-terms|admin-local on|off (GET /auth/user/requirements; admin-local: an "
         u"admin function, MFA with auth/mfa_types)"_s,
         {},
         [this](const QStringList& operands) { return UsersCommands::setFlag(m_context, operands.at(0), operands.at(1), operands.at(2)); }},
        {{u"users"_s, u"list"_s}, 0, {}, {}, [this](const QStringList&) { return UsersCommands::list(m_context); }},
        {{u"clients"_s, u"add"_s},
         1,
         u"ID --scope \"userinfo auth directory\" [--grant-types \"password\"]"_s,
         {u"scope"_s, u"grant-types"_s},
         one([this](const QString& id) { return ClientsCommands::add(m_context, id); })},
        {{u"demo"_s, u"create"_s},
         0,
         u"(sample schools and accounts; prints their passwords once)"_s,
         {},
         [this](const QStringList&) { return DemoCommand::run(m_context); }},
    };
}

AdminCli::~AdminCli() = default;

QString AdminCli::usage() const
{
    QString text = u"Usage: leo-ent-server [--config FILE] <command>\n\nCommands:\n"_s;
    for (const Command& command : m_commands) {
        QString line = u"  "_s + command.words.join(u' ');
        if (!command.synopsis.isEmpty())
            line += u' ' + command.synopsis;
        text += line + u'\n';
    }
    return text;
}

const AdminCli::Command* AdminCli::find(const QStringList& positional) const
{
    for (const Command& command : m_commands) {
        if (positional.size() == command.words.size() + command.operands &&
            positional.mid(0, command.words.size()) == command.words)
            return &command;
    }
    return nullptr;
}

int AdminCli::run(const QStringList& arguments)
{
    if (!m_parser.parse(arguments)) {
        m_err << m_parser.errorText() << u'\n' << usage();
        return 2;
    }
    if (m_parser.isSet(u"help"_s)) {
        // with the keys of the configuration file, from the same table that loads and checks them
        m_out << m_parser.helpText() << u'\n' << usage() << u"\nConfiguration file keys (group/name):\n"_s
              << ServerConfig::keysText();
        return 0;
    }
    const QStringList positional = m_parser.positionalArguments();
    const Command* command = find(positional);
    if (!command) {
        m_err << usage();
        return 2;
    }
    for (const QString& option : m_parser.optionNames()) {
        if (option != "config"_L1 && !command->options.contains(option)) {
            m_err << u"--"_s << option << u" does not apply to this command\n"_s << usage();
            return 2;
        }
    }
    try {
        return command->run(positional.mid(command->words.size()));
    } catch (const std::exception& e) {
        m_out.flush();
        m_err << u"leo-ent-server: "_s << QString::fromLocal8Bit(e.what()) << u'\n';
        return 1;
    }
}

} // namespace LeoEnt
