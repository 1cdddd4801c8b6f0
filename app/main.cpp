#include "ConfigCheck.h"
#include "ConfigLoader.h"
#include "KioskSession.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <cstring>

#include <chrono>
#include <cstdio>

namespace {

enum ExitCode { ExitOk = 0, ExitBadConfig = ConfigCheck::InvalidConfiguration };

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
        for (const char* option : {"--check-config", "--help", "-h", "--version", "-v", "--help-all"}) {
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

int runCommandLine(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app); // --help and --version print and exit here
    QTextStream out(stdout);
    ConfigCheck check(loadConfiguration(parser), out);
    QObject::connect(&check, &ConfigCheck::finished, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, &check, &ConfigCheck::run);
    return app.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    if (isCommandLineOnly(argc, argv))
        return runCommandLine(argc, argv);

    QApplication app(argc, argv);
    setApplicationIdentity();
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);
    const ConfigLoadResult loaded = loadConfiguration(parser);
    if (!loaded.ok()) {
        for (const QString& error : loaded.errors)
            std::fprintf(stderr, "leo-kiosk: %s\n", qUtf8Printable(error));
        return ExitBadConfig;
    }
    const KioskConfig& config = loaded.config;

    LanguageManager languages(config.languages, config.defaultLanguage);
    languages.resetToDefault();

    QFile style(QStringLiteral(":/styles/kiosk.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

    KeychainSecretStore secrets;
    KioskSession session(config, &secrets);
    MainWindow window(session, languages);

    if (qEnvironmentVariableIsSet("LEOKIOSK_REPORT_FIRST_PAINT"))
        window.installEventFilter(new FirstPaintReporter(&window));
    if (config.profile == KioskProfile::Kiosk)
        window.showFullScreen();
    else
        window.show();

    // After the first paint, nothing slow on the start path. Ending the (empty) session also drops what a crashed
    // previous run may have left, and resetting the login page reads the remembered identifier (desktop profile).
    QTimer::singleShot(0, &session, [&session] { session.end(KioskSession::EndReason::Startup); });
    session.authContext().refreshAfter(std::chrono::seconds(1)); // the ENT's password rule, once the window is up
    return app.exec();
}
