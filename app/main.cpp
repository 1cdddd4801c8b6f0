#include "ConfigLoader.h"
#include "KioskSession.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace {

enum ExitCode { ExitOk = 0, ExitBadConfig = 2 };

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

QMap<QString, QString> parseCommandLine(QCommandLineParser& parser, const QApplication& app)
{
    parser.setApplicationDescription(QStringLiteral("leo-kiosk: self-service ENT terminal"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("config"), QStringLiteral("Configuration file to use instead of the system one."),
                      QStringLiteral("file")});
    for (const ConfigKey& key : ConfigLoader::schema()) {
        const QString option = QString(key.name).replace(u'_', u'-');
        parser.addOption({option, key.description, key.type});
    }
    parser.process(app);

    QMap<QString, QString> values;
    for (const ConfigKey& key : ConfigLoader::schema()) {
        const QString option = QString(key.name).replace(u'_', u'-');
        if (parser.isSet(option))
            values.insert(key.name, parser.value(option));
    }
    return values;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("leo-kiosk"));
    QApplication::setOrganizationName(QStringLiteral("leo-kiosk"));
    QApplication::setApplicationVersion(QStringLiteral(LEOKIOSK_VERSION));

    QCommandLineParser parser;
    const QMap<QString, QString> commandLine = parseCommandLine(parser, app);
    const QString systemFile = parser.isSet(QStringLiteral("config")) ? parser.value(QStringLiteral("config"))
                                                                       : ConfigLoader::defaultSystemFile();
    const ConfigLoadResult loaded = ConfigLoader::load(commandLine, systemFile, ConfigLoader::defaultUserFile());
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
    return app.exec();
}
