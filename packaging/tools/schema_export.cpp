// leokiosk-schema: the configuration schema (ConfigLoader::schema()) as the packaging needs it.
//   json OUT            the schema as JSON, for the checks in tests/packaging (ADMX/ADML, man page, MSI)
//   conf VERSION OUT    the documented system configuration file, every key commented out with its default
//   check-conf FILE     loads FILE as the system file, as shipped and with every key uncommented: no error, no
//                       warning, every key at its default (so the template can never change the behaviour)
// Build-time helper only; never installed.
#include "core/config/ConfigLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace LeoKiosk;

using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString& path, const QString& text)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0 && file.flush())
        return true;
    std::fprintf(stderr, "leokiosk-schema: %s: %s\n", qUtf8Printable(path), qUtf8Printable(file.errorString()));
    return false;
}

void printError(const QString& text)
{
    const QString line = u"leokiosk-schema: "_s + text + u'\n';
    std::fputs(line.toUtf8().constData(), stderr);
}

QString jsonSchema()
{
    QJsonArray keys;
    for (const ConfigKey& key : ConfigLoader::schema()) {
        keys.append(QJsonObject{{u"name"_s, key.name},
                                {u"type"_s, key.type},
                                {u"default"_s, key.defaultValue},
                                {u"description"_s, key.description},
                                {u"option"_s, QString(u"--"_s + QString(key.name).replace(u'_', u'-'))}});
    }
    return QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Indented));
}

// A value as QSettings reads it back from an INI file: quoted when it holds characters INI gives a meaning to.
// Lists stay bare so that QSettings reads them as lists, as an administrator would write them.
QString iniValue(const ConfigKey& key)
{
    static const QRegularExpression special(uR"([;"\\=#]|^\s|\s$)"_s);
    if (key.type == u"list"_s || !special.match(key.defaultValue).hasMatch())
        return key.defaultValue;
    QString escaped = key.defaultValue;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u'"' + escaped + u'"';
}

QString confTemplate(const QString& version)
{
    QString out;
    out += u"; leo-kiosk system configuration: /etc/xdg/leo-kiosk/leo-kiosk.conf\n"
           u";\n"
           u"; Generated from the configuration schema of leo-kiosk %1. Every key is listed with its type and its\n"
           u"; built-in default, commented out: remove the leading \";\" of a line to set that key for everyone who\n"
           u"; uses this machine. Lines starting with \";\" are comments.\n"
           u";\n"
           u"; Precedence, highest first: command line (--key-name value) > this file (or the file given with\n"
           u"; --config FILE) > user settings (~/.config/leo-kiosk/leo-kiosk.conf) > built-in defaults.\n"
           u"; \"leo-kiosk --check-config\" prints the values in force and where each one comes from.\n"
           u"; On Windows the same keys are read from HKLM\\Software\\Policies\\leo-kiosk (see the ADMX templates).\n"
           u"; This file may hold the OAuth2 client secret: every local account can read it (mode 0644), as the\n"
           u"; kiosk account must.\n"_s.arg(version);
    for (const ConfigKey& key : ConfigLoader::schema()) {
        out += u"\n; %1 (%2, default: %3)\n; %4\n;%1=%5\n"_s.arg(
            key.name, key.type, key.defaultValue.isEmpty() ? u"empty"_s : key.defaultValue, key.description,
            iniValue(key));
    }
    return out;
}

// Loads `path` as the system file and checks that it is clean and changes nothing: every key comes from the defaults
// when the file is as shipped, from the file itself ("system:<path>") when every key is uncommented (`everyKeySet`).
bool checkLoads(const QString& path, bool everyKeySet)
{
    const ConfigLoadResult result = ConfigLoader::load({}, path, QString());
    bool ok = true;
    for (const QString& error : result.errors) {
        printError(u"%1: error: %2"_s.arg(path, error));
        ok = false;
    }
    for (const QString& warning : result.warnings) {
        printError(u"%1: warning: %2"_s.arg(path, warning));
        ok = false;
    }
    const ConfigLoadResult defaults = ConfigLoader::load({}, QString(), QString());
    for (const ConfigKey& key : ConfigLoader::schema()) {
        const QString source = result.sourceOf.value(key.name);
        const QString expected = everyKeySet ? u"system:"_s + path : u"default"_s;
        if (source != expected) {
            printError(u"%1: %2 comes from \"%3\", expected \"%4\""_s.arg(path, key.name, source, expected));
            ok = false;
        }
        const QString value = ConfigLoader::effectiveValue(result.config, key.name);
        const QString defaultValue = ConfigLoader::effectiveValue(defaults.config, key.name);
        if (value != defaultValue) {
            printError(
                u"%1: %2 reads back as \"%3\", not its default \"%4\""_s.arg(path, key.name, value, defaultValue));
            ok = false;
        }
    }
    return ok;
}

int checkConf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        printError(u"%1: cannot be read"_s.arg(path));
        return 1;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');

    // Every schema key appears exactly once as a commented-out assignment, and nothing else is set.
    static const QRegularExpression assignment(u"^(;?)([A-Za-z0-9_]+)\\s*="_s);
    QStringList seen;
    bool ok = true;
    QStringList uncommented;
    for (const QString& line : lines) {
        const QRegularExpressionMatch match = assignment.match(line);
        if (!match.hasMatch()) {
            uncommented.append(line);
            continue;
        }
        if (match.captured(1).isEmpty()) {
            printError(u"%1: \"%2\" is set; the shipped file must set nothing"_s.arg(path, match.captured(2)));
            ok = false;
        }
        seen.append(match.captured(2));
        uncommented.append(line.mid(match.captured(1).size()));
    }
    for (const ConfigKey& key : ConfigLoader::schema()) {
        if (seen.count(key.name) != 1) {
            printError(u"%1: %2 appears %3 times, expected once"_s.arg(path).arg(key.name).arg(seen.count(key.name)));
            ok = false;
        }
    }

    ok = checkLoads(path, false) && ok;

    QTemporaryDir dir;
    const QString allSet = dir.filePath(u"leo-kiosk.conf"_s);
    QFile out(allSet);
    if (!dir.isValid() || !out.open(QIODevice::WriteOnly | QIODevice::Text)) {
        printError(u"cannot write a temporary file"_s);
        return 1;
    }
    out.write(uncommented.join(u'\n').toUtf8());
    out.close();
    ok = checkLoads(allSet, true) && ok;
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    const QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == u"json"_s && args.size() == 3)
        return writeFile(args.at(2), jsonSchema()) ? 0 : 1;
    if (command == u"conf"_s && args.size() == 4)
        return writeFile(args.at(3), confTemplate(args.at(2))) ? 0 : 1;
    if (command == u"check-conf"_s && args.size() == 3)
        return checkConf(args.at(2));
    printError(u"usage: leokiosk-schema json OUT | conf VERSION OUT | check-conf FILE"_s);
    return 64;
}
