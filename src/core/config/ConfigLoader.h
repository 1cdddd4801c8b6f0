#pragma once

#include "core/config/KioskConfig.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace LeoKiosk {

// One configuration schema, several sources. Precedence, highest first:
//   command line > system file (/etc/xdg/leo-kiosk/leo-kiosk.conf, or --config FILE) > user settings > defaults.
struct ConfigKey
{
    QString name;        // as written in the INI file and on the command line (--name=value)
    QString type;        // "url", "string", "bool", "int", "enum:a|b", "list", "path"
    QString defaultValue;
    QString description; // English, one line; the documentation is generated from this table
    QString desktopDefault{}; // the default in the desktop profile when it differs from defaultValue (kiosk)
};

struct ConfigLoadResult
{
    KioskConfig config;
    QMap<QString, QString> sourceOf; // key -> "default", "user", "system:<path>", "command line"
    QStringList errors;              // each names the key and why its value is refused
    QStringList warnings;            // unknown keys, ignored settings: reported, not fatal
    bool ok() const { return errors.isEmpty(); }
};

class ConfigLoader final
{
public:
    static const QList<ConfigKey>& schema();

    // `commandLine` holds key -> value from the parsed arguments; `systemFile` the system file path (may not exist);
    // `userFile` the user's settings file (may be empty to skip).
    static ConfigLoadResult load(const QMap<QString, QString>& commandLine,
                                 const QString& systemFile,
                                 const QString& userFile);

    // The effective value of `key` as text, for --check-config; the OAuth client secret is never shown.
    static QString effectiveValue(const KioskConfig& config, const QString& key);

    static QString defaultSystemFile();
    static QString defaultUserFile();
};

} // namespace LeoKiosk
