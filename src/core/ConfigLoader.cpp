#include "ConfigLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// One schema entry: its documentation, how a text value is parsed into the config (returns why it is refused, or
// an empty string), and how the effective value is shown back (--check-config).
struct Field
{
    ConfigKey key;
    std::function<QString(const QString& value, KioskConfig& config)> apply;
    std::function<QString(const KioskConfig& config)> show;
};

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString parseEntUrl(const QString& value, QUrl& out)
{
    QUrl url(value.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s))
        return u"\"%1\" is not an http(s) URL with a host name"_s.arg(value);
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() ||
        (url.path() != u"/"_s && !url.path().isEmpty()))
        return u"must be the ENT origin only (scheme, host and optional port), e.g. https://ent.example.fr"_s;
    if (scheme == u"http"_s && !isLoopbackHost(url.host()))
        return u"plain http:// is refused because passwords would travel unencrypted; use https:// "
               u"(http:// is accepted only for a test server on this machine: 127.0.0.1, ::1 or localhost)"_s;
    url.setPath(QString());
    out = url;
    return {};
}

QString parseBool(const QString& value, bool& out)
{
    const QString v = value.trimmed().toLower();
    if (v == u"true"_s || v == u"1"_s || v == u"yes"_s || v == u"on"_s)
        out = true;
    else if (v == u"false"_s || v == u"0"_s || v == u"no"_s || v == u"off"_s)
        out = false;
    else
        return u"\"%1\" is not a boolean (true or false)"_s.arg(value);
    return {};
}

QString parseLanguage(const QString& value, QString& out)
{
    static const QRegularExpression code(u"^[a-z]{2,3}$"_s);
    const QString v = value.trimmed().toLower();
    if (!code.match(v).hasMatch())
        return u"\"%1\" is not a language code such as fr or en"_s.arg(value);
    out = v;
    return {};
}

Field stringField(const QString& name,
                  const QString& defaultValue,
                  const QString& description,
                  QString KioskConfig::*member,
                  bool secret = false)
{
    return {{name, u"string"_s, defaultValue, description},
            [member](const QString& value, KioskConfig& config) {
                config.*member = value.trimmed();
                return QString();
            },
            [member, secret](const KioskConfig& config) {
                return secret && !(config.*member).isEmpty() ? u"(set, not shown)"_s : config.*member;
            }};
}

// An integer within [min, max]; `unit` names what it counts, for the refusal.
Field intField(const QString& name,
               int defaultValue,
               int min,
               int max,
               const QString& unit,
               const QString& description,
               int KioskConfig::*member)
{
    return {{name, u"int"_s, QString::number(defaultValue), description},
            [=](const QString& value, KioskConfig& config) {
                bool ok = false;
                const int number = value.trimmed().toInt(&ok);
                if (!ok || number < min || number > max)
                    return u"\"%1\" is not a number of %2 between %3 and %4"_s.arg(value, unit).arg(min).arg(max);
                config.*member = number;
                return QString();
            },
            [member](const KioskConfig& config) { return QString::number(config.*member); }};
}

const QList<Field>& fields()
{
    static const QList<Field> table{
        {{u"ent_url"_s, u"url"_s, u"http://127.0.0.1:8090"_s,
          u"Public origin of the ENT (https://; http:// only for a loopback test server)"_s},
         [](const QString& value, KioskConfig& config) { return parseEntUrl(value, config.entUrl); },
         [](const KioskConfig& config) { return config.entUrl.toString(); }},
        {{u"profile"_s, u"enum:kiosk|desktop"_s, u"kiosk"_s,
          u"kiosk: shared terminal, nothing remembered; desktop: personal computer"_s},
         [](const QString& value, KioskConfig& config) {
             const QString v = value.trimmed().toLower();
             if (v == u"kiosk"_s)
                 config.profile = KioskProfile::Kiosk;
             else if (v == u"desktop"_s)
                 config.profile = KioskProfile::Desktop;
             else
                 return u"\"%1\" is not one of kiosk, desktop"_s.arg(value);
             return QString();
         },
         [](const KioskConfig& config) { return config.profile == KioskProfile::Kiosk ? u"kiosk"_s : u"desktop"_s; }},
        stringField(u"oauth_client_id"_s, QString(),
                    u"OAuth2 client registered on the ENT for the password grant; empty: web form login"_s,
                    &KioskConfig::oauthClientId),
        stringField(u"oauth_client_secret"_s, QString(), u"Secret of the OAuth2 client"_s,
                    &KioskConfig::oauthClientSecret, true),
        stringField(u"oauth_scope"_s, u"userinfo auth"_s,
                    u"Scopes requested with the password grant: userinfo (required), auth (change the password), "
                    u"directory (the recovery e-mail in \"Mon compte\"); each must be registered for the client"_s,
                    &KioskConfig::oauthScope),
        {{u"allow_remember_me"_s, u"bool"_s, u"false"_s,
          u"Offer \"Se souvenir de moi\" (identifier only); always off in the kiosk profile"_s},
         [](const QString& value, KioskConfig& config) { return parseBool(value, config.allowRememberMe); },
         [](const KioskConfig& config) { return config.allowRememberMe ? u"true"_s : u"false"_s; }},
        intField(u"request_timeout"_s, 10000, 1000, 120000, u"milliseconds"_s,
                 u"Longest time one request to the ENT may take, in milliseconds (1000 to 120000)"_s,
                 &KioskConfig::requestTimeoutMs),
        stringField(u"site_name"_s, QString(), u"Name of the school or site, shown and sent in the User-Agent"_s,
                    &KioskConfig::siteName),
        {{u"languages"_s, u"list"_s, u"fr,en"_s, u"Languages offered, comma-separated"_s},
         [](const QString& value, KioskConfig& config) {
             QStringList languages;
             for (const QString& item : value.split(u',')) {
                 QString language;
                 if (const QString error = parseLanguage(item, language); !error.isEmpty())
                     return error;
                 if (!languages.contains(language))
                     languages.append(language);
             }
             config.languages = languages;
             return QString();
         },
         [](const KioskConfig& config) { return config.languages.join(u','); }},
        {{u"default_language"_s, u"string"_s, u"fr"_s,
          u"Language at start-up and after every sign-out; one of languages"_s},
         [](const QString& value, KioskConfig& config) { return parseLanguage(value, config.defaultLanguage); },
         [](const KioskConfig& config) { return config.defaultLanguage; }},
        {{u"ca_bundle"_s, u"path"_s, QString(),
          u"PEM file of extra certificate authorities trusted for the ENT, added to the system ones"_s},
         [](const QString& value, KioskConfig& config) {
             const QString path = value.trimmed();
             if (!path.isEmpty()) {
                 if (!QFileInfo(path).isReadable())
                     return u"\"%1\" is not a readable file"_s.arg(path);
                 if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty())
                     return u"\"%1\" holds no PEM certificate"_s.arg(path);
             }
             config.caBundle = path;
             return QString();
         },
         [](const KioskConfig& config) { return config.caBundle; }},
        intField(u"journal_retention_days"_s, 7, 1, 365, u"days"_s,
                 u"Days the local journal (events and outcomes, no personal data) is kept (1 to 365)"_s,
                 &KioskConfig::journalRetentionDays),
    };
    return table;
}

const Field* findField(const QString& name)
{
    for (const Field& field : fields()) {
        if (field.key.name == name)
            return &field;
    }
    return nullptr;
}

// Flat key -> text view of an INI file (or, on Windows, a registry key); QSettings turns "a,b" into a list.
QMap<QString, QString> readSettingsFile(const QString& path, QStringList& errors)
{
    QMap<QString, QString> values;
    const bool registry = path.startsWith(u"HKEY_"_s);
    if (path.isEmpty() || (!registry && !QFileInfo::exists(path)))
        return values;
    QSettings settings(path, registry ? QSettings::NativeFormat : QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        errors.append(u"%1: the file cannot be read (format error)"_s.arg(QDir::toNativeSeparators(path)));
        return values;
    }
    const QStringList keys = settings.allKeys();
    for (const QString& key : keys) {
        const QVariant value = settings.value(key);
        values.insert(key,
                      value.typeId() == QMetaType::QStringList ? value.toStringList().join(u", "_s) : value.toString());
    }
    return values;
}

} // namespace

const QList<ConfigKey>& ConfigLoader::schema()
{
    static const QList<ConfigKey> keys = [] {
        QList<ConfigKey> list;
        for (const Field& field : fields())
            list.append(field.key);
        return list;
    }();
    return keys;
}

QString ConfigLoader::effectiveValue(const KioskConfig& config, const QString& key)
{
    const Field* field = findField(key);
    return field ? field->show(config) : QString();
}

ConfigLoadResult
ConfigLoader::load(const QMap<QString, QString>& commandLine, const QString& systemFile, const QString& userFile)
{
    ConfigLoadResult result;
    for (const Field& field : fields()) {
        const QString error = field.apply(field.key.defaultValue, result.config);
        Q_ASSERT_X(error.isEmpty(), "ConfigLoader", "a schema default is invalid");
        result.sourceOf.insert(field.key.name, u"default"_s);
    }

    const QList<std::pair<QString, QMap<QString, QString>>> sources{
        {u"user"_s, readSettingsFile(userFile, result.errors)},
        {u"system:"_s + QDir::toNativeSeparators(systemFile), readSettingsFile(systemFile, result.errors)},
        {u"command line"_s, commandLine},
    };
    for (const auto& [source, values] : sources) {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const Field* field = findField(it.key());
            if (!field) {
                result.warnings.append(u"%1: unknown key (from %2), ignored"_s.arg(it.key(), source));
                continue;
            }
            if (const QString error = field->apply(it.value(), result.config); !error.isEmpty()) {
                result.errors.append(u"%1: %2 (from %3)"_s.arg(it.key(), error, source));
                continue;
            }
            result.sourceOf.insert(it.key(), source);
        }
    }

    const KioskConfig& config = result.config;
    if (!config.languages.contains(config.defaultLanguage))
        result.errors.append(u"default_language: \"%1\" is not one of languages (%2)"_s.arg(
            config.defaultLanguage, config.languages.join(u',')));
    if (config.usesOAuth() && config.oauthClientSecret.isEmpty())
        result.errors.append(u"oauth_client_secret: required when oauth_client_id is set"_s);
    if (!config.usesOAuth() && !config.oauthClientSecret.isEmpty())
        result.errors.append(u"oauth_client_id: required when oauth_client_secret is set"_s);
    if (config.usesOAuth() && !config.oauthScope.split(u' ', Qt::SkipEmptyParts).contains(u"userinfo"_s))
        result.errors.append(u"oauth_scope: must include userinfo, or the ENT refuses the token on "
                             u"/auth/oauth2/userinfo"_s);
    if (config.profile == KioskProfile::Kiosk && config.allowRememberMe)
        result.warnings.append(u"allow_remember_me: ignored in the kiosk profile (a shared terminal remembers "
                               u"nobody)"_s);
    return result;
}

QString ConfigLoader::defaultSystemFile()
{
#ifdef Q_OS_WIN
    return u"HKEY_LOCAL_MACHINE\\Software\\Policies\\leo-kiosk"_s;
#else
    return u"/etc/xdg/leo-kiosk/leo-kiosk.conf"_s;
#endif
}

QString ConfigLoader::defaultUserFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/leo-kiosk/leo-kiosk.conf"_s;
}
