#include "common/SecretLine.h"
#include "core/config/ConfigLoader.h"
#include "core/diagnostics/ConfigCheck.h"
#include "core/diagnostics/Diagnostics.h"
#include "core/diagnostics/ExitCode.h"
#include "core/i18n/LanguageManager.h"
#include "core/secrets/AdminPin.h"
#include "core/secrets/SecretStore.h"
#include "core/session/KioskSession.h"
#include "core/session/RestartOnLogout.h"
#include "core/storage/LocalStore.h"
#include "core/storage/SessionJournal.h"
#include "gui/admin/AdminMode.h"
#include "gui/MainWindow.h"
#include "gui/shell/AttractPage.h"
#include "gui/shell/AttractScreen.h"
#include "gui/shell/IdleLogout.h"
#include "gui/shell/KioskGuard.h"
#include "gui/shell/VirtualKeyboard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QScreen>
#include <QTextStream>
#include <QTimer>

#include <cstring>

#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>


using namespace LeoKiosk;
using namespace LeoKiosk::Gui;

namespace {

// Prints the wall-clock time of the first painted frame for bench/startup.sh; costs one event filter until then.
class FirstPaintReporter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            std::fprintf(stderr, "first-paint-epoch-ms %lld\n", QDateTime::currentMSecsSinceEpoch());
            watched->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }
};

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

// The options that never open a window run without a display (IT runs them over SSH).
bool isCommandLineOnly(int argc, char* argv[])
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

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("leo-kiosk"));
    QCoreApplication::setOrganizationName(QStringLiteral("leo-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEOKIOSK_VERSION));
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

int runCommandLine(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app); // --help and --version print and exit here
    if (parser.isSet(QStringLiteral("hash-admin-pin")))
        return hashAdminPin();
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("diagnostics"))) {
        Diagnostics diagnostics(loadConfiguration(parser), out);
        QObject::connect(&diagnostics, &Diagnostics::finished, &app, &QCoreApplication::exit);
        QTimer::singleShot(0, &diagnostics, &Diagnostics::run);
        return app.exec();
    }
    ConfigCheck check(loadConfiguration(parser), out);
    QObject::connect(&check, &ConfigCheck::finished, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, &check, &ConfigCheck::run);
    return app.exec();
}

QStringList argumentsOf(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// virtual_keyboard must be known before QApplication exists: the input method is chosen when it is built. Returns
// the configuration loaded for it, or nullopt when the arguments do not parse (QApplication's own options, a typo:
// the parser after QApplication reports them).
std::optional<ConfigLoadResult> prepareVirtualKeyboard(const QStringList& arguments)
{
    QCommandLineParser early;
    describeOptions(early);
    if (!early.parse(arguments))
        return std::nullopt;
    ConfigLoadResult loaded = loadConfiguration(early);
    VirtualKeyboard::prepareEnvironment(loaded.config);
    return loaded;
}

// Reloading the configuration from the admin panel starts a new process. Under a supervisor (systemd sets
// INVOCATION_ID for its units; restart_on_logout says one is there) a detached child would be killed with the unit:
// the kiosk exits with ExitCode::RestartRequested and the supervisor starts it again.
bool hasSupervisor(const KioskConfig& config)
{
    return config.restartOnLogout || qEnvironmentVariableIsSet("INVOCATION_ID");
}

} // namespace

int main(int argc, char* argv[])
{
    if (isCommandLineOnly(argc, argv))
        return runCommandLine(argc, argv);

    setApplicationIdentity();
    const QStringList arguments = argumentsOf(argc, argv);
    std::optional<ConfigLoadResult> early = prepareVirtualKeyboard(arguments);
    QApplication app(argc, argv); // keeps the identity set above
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);
    // The configuration read for the keyboard serves unless QApplication took arguments of its own (-platform…).
    const ConfigLoadResult loaded =
        early && QCoreApplication::arguments() == arguments ? std::move(*early) : loadConfiguration(parser);
    if (!loaded.ok()) {
        for (const QString& error : loaded.errors)
            std::fprintf(stderr, "leo-kiosk: %s\n", qUtf8Printable(error));
        return ExitCode::InvalidConfiguration;
    }
    const KioskConfig& config = loaded.config;

    LanguageManager languages(config.languages, config.defaultLanguage); // installs the default language's catalogues

    QFile style(QStringLiteral(":/styles/kiosk.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

    KeychainSecretStore secrets;
    LocalStore store(&secrets, LocalStore::Options::fromConfig(config));
    KioskSession session(config, &secrets);
    SessionJournal journal(session, store);
    MainWindow window(session, languages);
    KioskGuard guard(window, config);
    AttractScreen attract(window, session);
    IdleLogout idleLogout(window, session, IdleWatcher::Settings::fromConfig(config));
    if (attract.page())
        idleLogout.setRestingPage(attract.page());
    AdminMode admin(window, session, guard, loaded, [&parser] { return loadConfiguration(parser); });
    admin.setDiagnosticsSources(&secrets, LocalStore::Options::fromConfig(config));
    if (hasSupervisor(config)) {
        auto restarting = std::make_shared<bool>(false);
        admin.setRestartHandler([restarting](const QString&, const QStringList&) { return *restarting = true; });
        admin.setExitHandler([restarting](int code) {
            QCoreApplication::exit(*restarting ? ExitCode::RestartRequested : code);
        });
    }
    VirtualKeyboard onScreenKeyboard(window);
    RestartOnLogout restart(session);
    if (config.restartOnLogout)
        QObject::connect(&restart, &RestartOnLogout::restartRequested, &app,
                         [] { QCoreApplication::exit(ExitCode::RestartRequested); });

    if (qEnvironmentVariableIsSet("LEOKIOSK_REPORT_FIRST_PAINT"))
        window.installEventFilter(new FirstPaintReporter(&window));
    if (config.profile == KioskProfile::Kiosk) {
        window.showFullScreen();
        // Full screen is a request to the window manager; a bare X server or a compositor without one ignores it.
        window.setGeometry(window.screen()->geometry());
    } else {
        window.show();
    }

    // After the first paint, nothing slow on the start path. Ending the (empty) session also drops what a crashed
    // previous run may have left, and resetting the login page reads the remembered identifier (desktop profile).
    // The local store asks the keychain for its key in the background and serves the cached ENT context once open.
    QTimer::singleShot(0, &session, [&session, &store] {
        session.end(KioskSession::EndReason::Startup);
        store.open();
        store.attach(session.authContext());
    });
    session.authContext().refreshAfter(std::chrono::seconds(1)); // the ENT's password rule, once the window is up
    return app.exec();
}
