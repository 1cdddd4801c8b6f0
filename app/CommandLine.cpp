#include "app/CommandLine.h"

#include "common/SecretLine.h"
#include "core/diagnostics/ConfigCheck.h"
#include "core/diagnostics/Diagnostics.h"
#include "core/diagnostics/ExitCode.h"
#include "core/secrets/AdminPin.h"
#include "core/secrets/SecretBytes.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace LeoKiosk::App {

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("leo-kiosk"));
    QCoreApplication::setOrganizationName(QStringLiteral("leo-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEOKIOSK_VERSION));
}

void describeOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral("leo-kiosk: self-service ENT terminal"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("config"), QStringLiteral("Configuration file to use instead of the system one."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("check-config"),
                      QStringLiteral("Print the effective configuration and where each value comes from, then check "
                                     "that the ENT answers (TLS included). Exit code 0 when all is well.")});
    parser.addOption({QStringLiteral("check-account"),
                      QStringLiteral("With --check-config and an OAuth client: sign in as this test account (its "
                                     "password read on standard input) to prove each scope of oauth_scope."),
                      QStringLiteral("login")});
    parser.addOption({QStringLiteral("diagnostics"),
                      QStringLiteral("Print the version, the effective configuration, the keychain and local database "
                                     "state, the ENT check and the journal's counts for the last 7 days.")});
    parser.addOption({QStringLiteral("hash-admin-pin"),
                      QStringLiteral("Read an admin PIN (6 to 64 characters) on standard input and print the "
                                     "argon2id hash to put in admin_pin_hash.")});
    for (const ConfigKey& key : ConfigLoader::schema())
        parser.addOption({QString(key.name).replace(u'_', u'-'), key.description, key.type});
}

ConfigLoadResult loadConfiguration(const QCommandLineParser& parser)
{
    QMap<QString, QString> commandLine;
    for (const ConfigKey& key : ConfigLoader::schema()) {
        const QString option = QString(key.name).replace(u'_', u'-');
        if (parser.isSet(option))
            commandLine.insert(key.name, parser.value(option));
    }
    const QString systemFile = parser.isSet(QStringLiteral("config")) ? parser.value(QStringLiteral("config"))
                                                                       : ConfigLoader::defaultSystemFile();
    return ConfigLoader::load(commandLine, systemFile, ConfigLoader::defaultUserFile());
}

// The PIN from standard input, not echoed on a terminal.
SecretBytes readPin()
{
    std::optional<QByteArray> line = Common::readSecretLine("Admin PIN: ");
    return SecretBytes::fromUtf8(line ? std::move(*line) : QByteArray());
}

int hashAdminPin()
{
    const std::optional<QString> hash = AdminPin::hash(readPin());
    if (!hash) {
        std::fprintf(stderr, "leo-kiosk: the PIN must have %lld to %lld characters\n",
                     static_cast<long long>(AdminPin::minLength), static_cast<long long>(AdminPin::maxLength));
        return ExitCode::InvalidConfiguration;
    }
    std::printf("%s\n", qUtf8Printable(*hash));
    return ExitCode::Ok;
}

// Runs a report (ConfigCheck, Diagnostics) to its end on the event loop; its exit code.
template <typename Report> int runReport(QCoreApplication& app, ConfigLoadResult loaded, QTextStream& out)
{
    Report report(std::move(loaded), out);
    QObject::connect(&report, &Report::finished, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, &report, &Report::run);
    return app.exec();
}

} // namespace

bool CommandLine::isVerb(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"--check-config", "--diagnostics", "--hash-admin-pin", "--help", "-h", "--version",
                                   "-v", "--help-all"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

int CommandLine::runVerb(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app); // --help and --version print and exit here
    if (parser.isSet(QStringLiteral("hash-admin-pin")))
        return hashAdminPin();
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("diagnostics")))
        return runReport<Diagnostics>(app, loadConfiguration(parser), out);
    ConfigCheck check(loadConfiguration(parser), out);
    if (const QString account = parser.value(QStringLiteral("check-account")); !account.isEmpty()) {
        std::optional<QByteArray> line = Common::readSecretLine("Password of the test account: ");
        check.setTestAccount(account, SecretBytes::fromUtf8(line ? std::move(*line) : QByteArray()));
    }
    QObject::connect(&check, &ConfigCheck::finished, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, &check, &ConfigCheck::run);
    return app.exec();
}

CommandLine::CommandLine(int argc, char* argv[])
{
    setApplicationIdentity();
    for (int i = 0; i < argc; ++i)
        m_arguments.append(QString::fromLocal8Bit(argv[i]));
    describeOptions(m_parser);
    if (m_parser.parse(m_arguments))
        m_early = loadConfiguration(m_parser);
}

CommandLine::~CommandLine() = default;

ConfigLoadResult CommandLine::configuration(const QCoreApplication& application)
{
    m_parser.process(application);
    if (m_early && QCoreApplication::arguments() == m_arguments)
        return *std::exchange(m_early, std::nullopt);
    return loadConfiguration(m_parser);
}

ConfigLoadResult CommandLine::reload() const
{
    return loadConfiguration(m_parser);
}

int CommandLine::reportErrors(const ConfigLoadResult& loaded)
{
    for (const QString& error : loaded.errors)
        std::fprintf(stderr, "leo-kiosk: %s\n", qUtf8Printable(error));
    return ExitCode::InvalidConfiguration;
}

} // namespace LeoKiosk::App
