#include "cli/AdminCli.h"

#include "common/SecretLine.h"

#include "app/ServerApplication.h"
#include "app/StopSignals.h"
#include "cli/CsvReader.h"
#include "cli/DemoData.h"
#include "common/Failure.h"
#include "common/MailAddress.h"
#include "domain/PasswordGenerator.h"
#include "domain/PasswordPolicy.h"
#include "security/DatabaseKey.h"
#include "security/PasswordHasher.h"
#include "security/SecretWipe.h"
#include "store/OAuthClientRegistry.h"
#include "store/OneTimeCodes.h"
#include "store/Profile.h"
#include "store/ResetCode.h"
#include "store/Store.h"
#include "store/UserDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <atomic>
#include <csignal>
#include <iostream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

const QString defaultConfigFile = u"leo-ent-server.ini"_s;
const QStringList grantTypeNames = {u"password"_s, u"authorization_code"_s, u"client_credentials"_s};

PasswordPolicy policyOf(const ServerConfig& config)
{
    return PasswordPolicy(config.passwordRegex, config.passwordRuleFr, config.passwordRuleEn);
}

// One line from standard input (not echoed on a terminal).
QByteArray readSecretLine()
{
    std::optional<QByteArray> secret = Common::readSecretLine("Password: ");
    if (!secret)
        fail(u"no password on standard input"_s);
    return std::move(*secret);
}

QString column(const QString& text, qsizetype width)
{
    return text.leftJustified(width, u' ');
}

} // namespace

AdminCli::AdminCli() : m_out(stdout), m_err(stderr)
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
         [this](const QStringList&) { return init(); }},
        {{u"serve"_s}, 0, u"[--port N]"_s, {u"port"_s}, [this](const QStringList&) { return serve(); }},
        {{u"users"_s, u"import"_s},
         1,
         u"FILE.csv [--generate-passwords] (login,first_name,last_name,profile,school,class,email,mobile"
         "[,activation_code])"_s,
         {u"generate-passwords"_s},
         one([this](const QString& file) { return importUsers(file); })},
        {{u"users"_s, u"set-password"_s},
         1,
         u"LOGIN [--generate] (else reads one line from standard input)"_s,
         {u"generate"_s},
         one([this](const QString& login) { return setPassword(login); })},
        {{u"users"_s, u"block"_s}, 1, u"LOGIN"_s, {}, one([this](const QString& login) {
             return setBlocked(login, true);
         })},
        {{u"users"_s, u"unblock"_s}, 1, u"LOGIN"_s, {}, one([this](const QString& login) {
             return setBlocked(login, false);
         })},
        {{u"users"_s, u"set-email"_s},
         2,
         u"LOGIN EMAIL (the address recovery messages go to; \"\" for none)"_s,
         {},
         [this](const QStringList& operands) { return setEmail(operands.at(0), operands.at(1)); }},
        {{u"users"_s, u"set-activation-code"_s},
         1,
         u"LOGIN (a new activation code for an account never activated; printed once)"_s,
         {},
         one([this](const QString& login) { return setActivationCode(login); })},
        {{u"users"_s, u"set-flag"_s},
         3,
         u"LOGIN force-change|revalidate-terms on|off (GET /auth/user/requirements)"_s,
         {},
         [this](const QStringList& operands) { return setFlag(operands.at(0), operands.at(1), operands.at(2)); }},
        {{u"users"_s, u"list"_s}, 0, {}, {}, [this](const QStringList&) { return listUsers(); }},
        {{u"clients"_s, u"add"_s},
         1,
         u"ID --scope \"userinfo auth directory\" [--grant-types \"password\"]"_s,
         {u"scope"_s, u"grant-types"_s},
         one([this](const QString& id) { return addClient(id); })},
        {{u"demo"_s, u"create"_s},
         0,
         u"(sample schools and accounts; prints their passwords once)"_s,
         {},
         [this](const QStringList&) { return createDemo(); }},
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
        m_out << m_parser.helpText() << u'\n' << usage();
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

ServerConfig AdminCli::loadConfig() const
{
    const QString file = m_parser.value(u"config"_s);
    if (!file.isEmpty() && !QFileInfo::exists(file))
        fail(u"the configuration file "_s + file + u" does not exist (run init to create it)"_s);
    return ServerConfig::load(file.isEmpty() ? defaultConfigFile : file);
}

std::unique_ptr<Store> AdminCli::openStore(const ServerConfig& config) const
{
    QByteArray key = DatabaseKey::load(config);
    const auto wipeKey = qScopeGuard([&] { wipe(key); });
    return std::make_unique<Store>(config.database, key);
}

int AdminCli::init()
{
    const QString file = m_parser.isSet(u"config"_s) ? m_parser.value(u"config"_s) : defaultConfigFile;
    if (!QFileInfo::exists(file)) {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(ServerConfig::templateText()) < 0)
            fail(u"cannot write the configuration file "_s + file);
        m_out << u"wrote the configuration file "_s << QFileInfo(file).absoluteFilePath() << u'\n';
    }
    const ServerConfig config = ServerConfig::load(file);
    if (config.keyEnv.isEmpty() && DatabaseKey::createFile(config.keyFile))
        m_out << u"created the database key "_s << config.keyFile << u" (mode 0600; keep it secret)\n"_s;
    QDir().mkpath(QFileInfo(config.database).absolutePath());
    openStore(config)->cookieSigningKey();
    m_out << u"database ready: "_s << config.database << u'\n';
    return 0;
}

int AdminCli::serve()
{
    ServerConfig config = loadConfig();
    if (m_parser.isSet(u"port"_s)) {
        bool ok = false;
        config.port = m_parser.value(u"port"_s).toInt(&ok);
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
    m_out << u"listening on "_s << server->url().toString() << Qt::endl;
    return server->run() ? 0 : 1;
}

int AdminCli::importUsers(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        fail(u"cannot read "_s + file);
    const CsvReader csv = CsvReader::parse(in.readAll());
    if (!csv.error().isEmpty())
        fail(file + u": "_s + csv.error());
    if (csv.records().isEmpty())
        fail(file + u": the file is empty"_s);

    const QStringList expected = {u"login"_s,  u"first_name"_s, u"last_name"_s, u"profile"_s,
                                  u"school"_s, u"class"_s,      u"email"_s,     u"mobile"_s};
    QStringList header;
    for (const QString& name : csv.records().first().fields)
        header.append(name.trimmed().toLower());
    for (const QString& name : expected) {
        if (!header.contains(name))
            fail(file + u": the header must name the columns "_s + expected.join(u','));
    }

    const qsizetype codeColumn = header.indexOf(u"activation_code"_s); // optional
    const ServerConfig config = loadConfig();
    const auto store = openStore(config);
    UserDirectory users(*store);
    const OneTimeCodes activationCodes(*store, OneTimeCodes::Kind::Activation, 0, config.resetCodeMaxTries);
    QStringList newLogins;
    int created = 0;
    int updated = 0;
    int errors = 0;
    for (const CsvReader::Record& record : csv.records().mid(1)) {
        const auto field = [&](const QString& name) { return record.fields.value(header.indexOf(name)).trimmed(); };
        const auto reject = [&](const QString& why) {
            m_err << file << u':' << record.line << u": "_s << why << u'\n';
            ++errors;
        };
        UserDirectory::Draft draft{field(u"login"_s), field(u"first_name"_s), field(u"last_name"_s),
                                   Profile::Student,  field(u"school"_s),     field(u"class"_s),
                                   field(u"email"_s), field(u"mobile"_s)};
        const std::optional<Profile> profile = Profiles::parse(field(u"profile"_s));
        const QString typedCode = codeColumn < 0 ? QString() : field(u"activation_code"_s);
        const std::optional<QString> activationCode = ResetCode::normalised(typedCode);
        if (record.fields.size() != header.size())
            reject(u"expected %1 fields, found %2"_s.arg(header.size()).arg(record.fields.size()));
        else if (draft.login.isEmpty() || draft.login.size() > 128 ||
                 std::any_of(draft.login.cbegin(), draft.login.cend(),
                             [](QChar c) { return c.isSpace() || !c.isPrint(); }))
            reject(u"the login must be 1 to 128 printable characters without spaces"_s);
        else if (draft.firstName.isEmpty() || draft.lastName.isEmpty())
            reject(u"first_name and last_name are required"_s);
        else if (!profile)
            reject(
                u"unknown profile (expected Student, Teacher, Personnel, Relative or ELEVE, ENSEIGNANT, PERSEDUCNAT, "
                "PERSRELELEVE)"_s);
        else if (!draft.className.isEmpty() && draft.school.isEmpty())
            reject(u"a class needs a school"_s);
        else if (!draft.email.isEmpty() && !MailAddress::isValid(draft.email))
            reject(u"the e-mail address is not valid (a plain address such as name@example.org)"_s);
        else if (!typedCode.isEmpty() && !activationCode)
            reject(u"the activation code must be 8 characters of abcdefghjkmnprstvwxyz3456789"_s);
        else if (activationCode && !users.findByLogin(draft.login).value_or(UserRecord()).passwordHash.isEmpty())
            reject(u"the account already has a password: an activation code is only for an account never activated"_s);
        else {
            draft.profile = *profile;
            const bool isNew = users.save(draft) == UserDirectory::Saved::Created;
            ++(isNew ? created : updated);
            // The code is stored hashed; the account stays without a password until it is activated.
            if (activationCode)
                users.setActivationCode(draft.login, *activationCode, activationCodes);
            else if (isNew)
                newLogins.append(draft.login);
        }
    }
    const bool generate = m_parser.isSet(u"generate-passwords"_s);
    if (generate)
        printGeneratedPasswords(users, newLogins, policyOf(config));
    (generate ? m_err : m_out) << u"users: %1 created, %2 updated, %3 rejected\n"_s.arg(created).arg(updated).arg(
        errors);
    return errors == 0 ? 0 : 1;
}

// argon2id costs tens of milliseconds: the hashes are computed on every core.
void AdminCli::printGeneratedPasswords(UserDirectory& users, const QStringList& logins, const PasswordPolicy& policy)
{
    QList<QByteArray> passwords(logins.size());
    QList<QByteArray> hashes(logins.size());
    const PasswordHasher hasher;
    std::atomic<qsizetype> next = 0;
    const auto work = [&] {
        for (qsizetype i = next++; i < logins.size(); i = next++) {
            passwords[i] = PasswordGenerator::generate(policy);
            hashes[i] = hasher.hash(passwords[i]);
        }
    };
    std::vector<std::thread> workers;
    for (unsigned n = std::max(1U, std::thread::hardware_concurrency()); n > 0; --n)
        workers.emplace_back(work);
    for (std::thread& worker : workers)
        worker.join();
    m_err << u"the passwords are shown once and stored nowhere in clear\n"_s;
    m_err.flush();
    m_out << u"login,password\n"_s;
    for (qsizetype i = 0; i < logins.size(); ++i) {
        users.setPasswordHash(logins[i], hashes[i]);
        m_out << logins[i] << u',' << QString::fromLatin1(passwords[i]) << u'\n';
        wipe(passwords[i]);
    }
}

int AdminCli::setEmail(const QString& login, const QString& email)
{
    if (!email.isEmpty() && !MailAddress::isValid(email))
        fail(u"the e-mail address is not valid (a plain address such as name@example.org)"_s);
    const auto store = openStore(loadConfig());
    if (!UserDirectory(*store).setEmail(login, email))
        fail(u"no account has the login "_s + login);
    m_out << u"e-mail address "_s << (email.isEmpty() ? u"removed"_s : u"set"_s) << u" for "_s << login << u'\n';
    return 0;
}

int AdminCli::setFlag(const QString& login, const QString& flag, const QString& value)
{
    if (flag != "force-change"_L1 && flag != "revalidate-terms"_L1)
        fail(u"unknown flag "_s + flag + u" (expected force-change or revalidate-terms)"_s);
    if (value != "on"_L1 && value != "off"_L1)
        fail(u"expected on or off, not "_s + value);
    const auto store = openStore(loadConfig());
    const UserDirectory::Flag which =
        flag == "force-change"_L1 ? UserDirectory::Flag::ForceChangePassword : UserDirectory::Flag::NeedRevalidateTerms;
    if (!UserDirectory(*store).setFlag(login, which, value == "on"_L1))
        fail(u"no account has the login "_s + login);
    m_out << flag << u' ' << value << u" for "_s << login << u'\n';
    return 0;
}

int AdminCli::setActivationCode(const QString& login)
{
    const ServerConfig config = loadConfig();
    const auto store = openStore(config);
    const OneTimeCodes activationCodes(*store, OneTimeCodes::Kind::Activation, 0, config.resetCodeMaxTries);
    QString code = ResetCode::generate();
    const UserDirectory::ActivationCode outcome = UserDirectory(*store).setActivationCode(login, code, activationCodes);
    if (outcome == UserDirectory::ActivationCode::UnknownLogin)
        fail(u"no account has the login "_s + login);
    if (outcome == UserDirectory::ActivationCode::AlreadyActivated)
        fail(login + u" already has a password: an activation code is only for an account never activated"_s);
    m_err << u"activation code of "_s << login << u" (shown once; it replaces any previous one):\n"_s;
    m_err.flush();
    m_out << ResetCode::grouped(code) << u'\n';
    wipe(code);
    return 0;
}

int AdminCli::setPassword(const QString& login)
{
    const ServerConfig config = loadConfig();
    const auto store = openStore(config);
    UserDirectory users(*store);
    if (!users.loginExists(login))
        fail(u"no account has the login "_s + login);
    const PasswordPolicy policy = policyOf(config);
    const bool generate = m_parser.isSet(u"generate"_s);
    QByteArray password = generate ? PasswordGenerator::generate(policy) : readSecretLine();
    if (!policy.accepts(password)) {
        wipe(password);
        fail(u"the password does not match the rule: "_s + config.passwordRuleEn);
    }
    const PasswordHasher hasher;
    users.setPasswordHash(login, hasher.hash(password));
    if (generate) {
        m_err << u"new password of "_s << login << u" (shown once):\n"_s;
        m_err.flush();
        m_out << QString::fromLatin1(password) << u'\n';
    } else {
        m_out << u"password set for "_s << login << u'\n';
    }
    wipe(password);
    return 0;
}

int AdminCli::setBlocked(const QString& login, bool blocked)
{
    const auto store = openStore(loadConfig());
    if (!UserDirectory(*store).setBlocked(login, blocked))
        fail(u"no account has the login "_s + login);
    m_out << (blocked ? u"blocked "_s : u"unblocked "_s) << login
          << (blocked ? u" (its sessions and tokens are revoked)\n"_s : u"\n"_s);
    return 0;
}

int AdminCli::listUsers()
{
    const auto store = openStore(loadConfig());
    m_out << u"login\tname\tprofile\tschool\tclass\temail\tpassword\tblocked\tflags\n"_s;
    for (const UserRecord& user : UserDirectory(*store).list()) {
        const QString password = user.activationPending        ? u"activation pending"_s
                                 : user.passwordHash.isEmpty() ? u"no"_s
                                                               : u"yes"_s;
        QStringList flags;
        if (user.forceChangePassword)
            flags.append(u"force-change"_s);
        if (user.needRevalidateTerms)
            flags.append(u"revalidate-terms"_s);
        m_out << user.login << u'\t' << user.displayName() << u'\t' << Profiles::entCode(user.profile) << u'\t'
              << user.schoolName << u'\t' << user.className << u'\t' << user.email << u'\t' << password << u'\t'
              << (user.blocked ? u"yes"_s : u"no"_s) << u'\t' << flags.join(u',') << u'\n';
    }
    return 0;
}

int AdminCli::addClient(const QString& id)
{
    const QStringList scopes = m_parser.value(u"scope"_s).split(u' ', Qt::SkipEmptyParts);
    const QStringList grantTypes = m_parser.isSet(u"grant-types"_s)
                                       ? m_parser.value(u"grant-types"_s).split(u' ', Qt::SkipEmptyParts)
                                       : QStringList{u"password"_s};
    if (id.isEmpty() || id.contains(u':') || id.contains(u' '))
        fail(u"a client id must be non-empty, without spaces or colons"_s);
    if (scopes.isEmpty())
        fail(u"--scope is required, e.g. --scope \"userinfo auth directory\""_s);
    for (const QString& type : grantTypes) {
        if (!grantTypeNames.contains(type))
            fail(u"unknown grant type "_s + type + u" (known: "_s + grantTypeNames.join(u", "_s) + u')');
    }
    const auto store = openStore(loadConfig());
    const QString secret = OAuthClientRegistry(*store).add({id, scopes, grantTypes});
    m_err << u"the secret is shown once; only its hash is stored\n"_s;
    m_err.flush();
    m_out << u"client_id="_s << id << u"\nclient_secret="_s << secret << u'\n';
    return 0;
}

int AdminCli::createDemo()
{
    const ServerConfig config = loadConfig();
    const auto store = openStore(config);
    UserDirectory users(*store);
    const PasswordHasher hasher;
    const OneTimeCodes activationCodes(*store, OneTimeCodes::Kind::Activation, 0, config.resetCodeMaxTries);
    QList<DemoData::Account> accounts = DemoData::create(users, hasher, policyOf(config), activationCodes);

    const QStringList headings = {u"login"_s, u"name"_s,     u"profile"_s,        u"school"_s,
                                  u"class"_s, u"password"_s, u"activation code"_s};
    QList<qsizetype> widths;
    for (const QString& heading : headings)
        widths.append(heading.size());
    const auto cells = [](const DemoData::Account& account) {
        return QStringList{account.login,
                           account.name,
                           account.profile,
                           account.school,
                           account.className,
                           account.password.isEmpty() ? u"-"_s : QString::fromLatin1(account.password),
                           account.activationCode.isEmpty() ? QString() : ResetCode::grouped(account.activationCode)};
    };
    for (const DemoData::Account& account : accounts) {
        const QStringList row = cells(account);
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    const auto printRow = [&](const QStringList& row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += column(row[i], widths[i] + 2);
        m_out << line.trimmed() << u'\n';
    };
    printRow(headings);
    QStringList staff;
    for (DemoData::Account& account : accounts) {
        printRow(cells(account));
        wipe(account.password);
        wipe(account.activationCode);
        if (account.profile == Profiles::entCode(Profile::Teacher) ||
            account.profile == Profiles::entCode(Profile::Personnel))
            staff.append(account.login + u" ("_s + account.school + u')');
    }
    m_out << u"\nThese passwords and activation codes are shown once and stored nowhere in clear.\n"_s
          << u"The account with an activation code is not activated yet: sign in with the code as the password.\n"_s
          << u"Staff who can create renewal codes for the pupils of their school: "_s << staff.join(u", "_s)
          << u".\n"_s;
    return 0;
}

} // namespace LeoEnt
