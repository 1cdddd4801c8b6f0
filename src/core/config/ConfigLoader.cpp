#include "core/config/ConfigLoader.h"

#include "common/Loopback.h"

#include "core/ent/SpkiPins.h"
#include "core/secrets/AdminPin.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>

#include <functional>

namespace LeoKiosk {

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

QString parseEntUrl(const QString& value, QUrl& out)
{
    QUrl url(value.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s))
        return u"\"%1\" is not an http(s) URL with a host name"_s.arg(value);
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() ||
        (url.path() != u"/"_s && !url.path().isEmpty()))
        return u"must be the ENT origin only (scheme, host and optional port), e.g. https://ent.example.fr"_s;
    if (scheme == u"http"_s && !Common::isLoopbackHost(url.host()))
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

Field boolField(const QString& name, bool defaultValue, const QString& description, bool KioskConfig::*member)
{
    return {{name, u"bool"_s, defaultValue ? u"true"_s : u"false"_s, description},
            [member](const QString& value, KioskConfig& config) { return parseBool(value, config.*member); },
            [member](const KioskConfig& config) { return config.*member ? u"true"_s : u"false"_s; }};
}

Field withDesktopDefault(Field field, const QString& desktopDefault)
{
    field.key.desktopDefault = desktopDefault;
    return field;
}

// "corner-taps", or a chord of at least two modifiers (one of them Ctrl, Alt or Meta) and a letter, digit or F-key,
// normalised to Qt's portable form ("Ctrl+Alt+Shift+A") for QKeySequence::fromString.
QString parseGesture(const QString& value, QString& out)
{
    const QString v = value.trimmed();
    if (v.compare(u"corner-taps"_s, Qt::CaseInsensitive) == 0) {
        out = u"corner-taps"_s;
        return {};
    }
    static const QStringList order{u"Ctrl"_s, u"Alt"_s, u"Shift"_s, u"Meta"_s};
    static const QRegularExpression key(u"^([A-Z0-9]|F([1-9]|1[0-9]|2[0-4]))$"_s);
    const QString refusal = u"\"%1\" is neither corner-taps nor a key chord such as Ctrl+Alt+Shift+A (two or more "
                            u"modifiers, one of them Ctrl, Alt or Meta, then a letter, digit or F1-F24)"_s.arg(value);
    QStringList parts = v.split(u'+');
    if (parts.size() < 3)
        return refusal;
    const QString last = parts.takeLast().trimmed().toUpper();
    if (!key.match(last).hasMatch())
        return refusal;
    QList<bool> used(order.size(), false);
    for (const QString& part : std::as_const(parts)) {
        QString name = part.trimmed().toLower();
        if (name == u"control"_s)
            name = u"ctrl"_s;
        qsizetype index = -1;
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (order[i].compare(name, Qt::CaseInsensitive) == 0)
                index = i;
        }
        if (index < 0 || used[index])
            return refusal;
        used[index] = true;
    }
    if (!used[0] && !used[1] && !used[3])
        return refusal;
    QStringList chord;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (used[i])
            chord.append(order[i]);
    }
    chord.append(last);
    out = chord.join(u'+');
    return {};
}

QString parseHelpUrl(const QString& value, QUrl& out)
{
    const QString v = value.trimmed();
    if (v.isEmpty()) {
        out = QUrl();
        return {};
    }
    const QUrl url(v, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https"_s || url.host().isEmpty() || !url.userInfo().isEmpty())
        return u"\"%1\" is not an https:// URL (it becomes a QR code that pupils open on their phones)"_s.arg(value);
    out = url;
    return {};
}

QString parsePins(const QString& value, QList<QByteArray>& out)
{
    QList<QByteArray> pins;
    const QStringList items = value.split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts);
    for (const QString& item : items) {
        const std::optional<QByteArray> pin = SpkiPins::parse(item);
        if (!pin)
            return u"\"%1\" is not a base64 SHA-256 hash (44 characters, e.g. from openssl dgst -sha256 -binary | "
                   u"base64)"_s.arg(item);
        if (!pins.contains(*pin))
            pins.append(*pin);
    }
    out = pins;
    return {};
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
        stringField(u"oauth_scope"_s, u"userinfo auth directory"_s,
                    u"Scopes requested with the password grant: userinfo (required), auth (change the password), "
                    u"directory (the recovery e-mail in \"Mon compte\"); each must be registered for the client"_s,
                    &KioskConfig::oauthScope),
        boolField(u"allow_remember_me"_s, false,
                  u"Offer \"Se souvenir de moi\" (identifier only); always off in the kiosk profile"_s,
                  &KioskConfig::allowRememberMe),
        intField(u"request_timeout"_s, 10000, 1000, 120000, u"milliseconds"_s,
                 u"Longest time one request to the ENT may take, in milliseconds (1000 to 120000)"_s,
                 &KioskConfig::requestTimeoutMs),
        stringField(u"site_name"_s, QString(), u"Name of the school or site, shown and sent in the User-Agent"_s,
                    &KioskConfig::siteName),
        {{u"languages"_s, u"list"_s, u"fr,en,ar,uk,pt,tr,ro,es"_s,
          u"Languages offered, comma-separated, in the order shown (qps: a pseudo-language 40 % longer, to check screens)"_s},
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
        withDesktopDefault(intField(u"idle_timeout"_s, 120, 10, 86400, u"seconds"_s,
                                    u"Seconds without input before the \"Je suis encore là\" countdown "
                                    u"(10 to 86400); desktop profile default 600"_s,
                                    &KioskConfig::idleTimeoutSeconds),
                           u"600"_s),
        intField(u"idle_countdown"_s, 30, 0, 600, u"seconds"_s,
                 u"Seconds the countdown is shown before the session ends (0 to 600); 0 ends it at once"_s,
                 &KioskConfig::idleCountdownSeconds),
        withDesktopDefault(
            {{u"session_max"_s, u"int"_s, u"900"_s,
              u"Longest session in seconds whatever the activity (0 to 86400); 0 means none, otherwise at "
              u"least 60; desktop profile default 0"_s},
             [](const QString& value, KioskConfig& config) {
                 bool ok = false;
                 const int seconds = value.trimmed().toInt(&ok);
                 if (!ok || (seconds != 0 && (seconds < 60 || seconds > 86400)))
                     return u"\"%1\" is not 0 (no limit) or a number of seconds between 60 and 86400"_s.arg(value);
                 config.sessionMaxSeconds = seconds;
                 return QString();
             },
             [](const KioskConfig& config) { return QString::number(config.sessionMaxSeconds); }},
            u"0"_s),
        boolField(u"restart_on_logout"_s, false,
                  u"Exit with code 75 after every sign-out so that the supervisor starts a fresh process"_s,
                  &KioskConfig::restartOnLogout),
        {{u"admin_pin_hash"_s, u"string"_s, QString(),
          u"argon2id hash of the admin PIN, from leo-kiosk --hash-admin-pin; empty: the kiosk cannot be left by "
          u"the admin gesture"_s},
         [](const QString& value, KioskConfig& config) {
             const QString hash = value.trimmed();
             if (!hash.isEmpty()) {
                 if (const QString problem = AdminPin::hashProblem(hash); !problem.isEmpty())
                     return problem;
             }
             config.adminPinHash = hash;
             return QString();
         },
         [](const KioskConfig& config) { return config.adminPinHash.isEmpty() ? QString() : u"(set, not shown)"_s; }},
        {{u"admin_gesture"_s, u"string"_s, u"corner-taps"_s,
          u"What opens the admin PIN prompt: corner-taps (five taps in the top-left corner within three seconds) or "
          u"a key chord such as Ctrl+Alt+Shift+A"_s},
         [](const QString& value, KioskConfig& config) { return parseGesture(value, config.adminGesture); },
         [](const KioskConfig& config) { return config.adminGesture; }},
        intField(u"admin_pin_lockout"_s, 300, 10, 86400, u"seconds"_s,
                 u"Seconds the admin PIN prompt stays locked after 5 wrong PINs (10 to 86400)"_s,
                 &KioskConfig::adminPinLockoutSeconds),
        boolField(u"hide_cursor"_s, false, u"Hide the mouse pointer (touch screens)"_s, &KioskConfig::hideCursor),
        boolField(u"virtual_keyboard"_s, false, u"Show the on-screen keyboard when a field takes the focus"_s,
                  &KioskConfig::virtualKeyboard),
        boolField(u"attract_screen"_s, false, u"Show a welcome screen while nobody uses the kiosk"_s,
                  &KioskConfig::attractScreen),
        {{u"help_url"_s, u"url"_s, QString(),
          u"https page of online help, shown as a QR code on the help screens; empty: no QR code"_s},
         [](const QString& value, KioskConfig& config) { return parseHelpUrl(value, config.helpUrl); },
         [](const KioskConfig& config) { return config.helpUrl.toString(); }},
        {{u"federated_notice"_s, u"string"_s, QString(),
          u"For a school whose pupils sign in with EduConnect: a notice under the sign-in and lost-password forms "
          u"telling them where to go (an ENT with check-federated-login refuses the ENT password of an account "
          u"that used EduConnect and sends it no reset message); at most 400 characters; empty: no notice"_s},
         [](const QString& value, KioskConfig& config) {
             const QString text = value.simplified();
             if (text.size() > 400)
                 return u"at most 400 characters (%1 given): the notice must fit under the sign-in form"_s.arg(
                     text.size());
             config.federatedNotice = text;
             return QString();
         },
         [](const KioskConfig& config) { return config.federatedNotice; }},
        {{u"federated_notice_url"_s, u"url"_s, QString(),
          u"https page shown as a QR code with federated_notice (where the pupils sign in or get help); empty: the "
          u"notice has no QR code"_s},
         [](const QString& value, KioskConfig& config) { return parseHelpUrl(value, config.federatedNoticeUrl); },
         [](const KioskConfig& config) { return config.federatedNoticeUrl.toString(); }},
        {{u"support_contacts"_s, u"contacts"_s, QString(),
          u"The school's contacts for \"Contacter l'assistance\": who|where|when|phone|email entries separated "
          u"by ';' (quote the value in an INI file)"_s},
         [](const QString& value, KioskConfig& config) {
             QString error;
             const std::optional<QList<AssistanceContact>> contacts = AssistanceContact::parseList(value, error);
             if (!contacts)
                 return error;
             config.supportContacts = *contacts;
             return QString();
         },
         [](const KioskConfig& config) { return AssistanceContact::formatList(config.supportContacts); }},
        {{u"ent_spki_pins"_s, u"list"_s, QString(),
          u"Base64 SHA-256 hashes of public keys (SPKI) one of which the ENT's certificate chain must hold, "
          u"comma-separated; empty: no pinning"_s},
         [](const QString& value, KioskConfig& config) { return parsePins(value, config.entSpkiPins); },
         [](const KioskConfig& config) {
             QStringList pins;
             for (const QByteArray& pin : config.entSpkiPins)
                 pins.append(QString::fromLatin1(pin.toBase64()));
             return pins.join(u", "_s);
         }},
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
        // Quoted contacts separated by commas (or a REG_MULTI_SZ) are a list of entries, not commas within one.
        const Field* field = findField(key);
        const QString separator = field && field->key.type == u"contacts"_s ? u"; "_s : u", "_s;
        values.insert(key, value.typeId() == QMetaType::QStringList ? value.toStringList().join(separator)
                                                                    : value.toString());
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

    if (result.config.profile == KioskProfile::Desktop) {
        for (const Field& field : fields()) {
            if (!field.key.desktopDefault.isEmpty() && result.sourceOf.value(field.key.name) == u"default"_s)
                field.apply(field.key.desktopDefault, result.config);
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
    if (config.usesOAuth()) {
        // ENT protocol §17 item 10: userinfo for /auth/oauth2/userinfo; the whole word auth for requirements, the
        // terms, the password change and "sign out everywhere"; directory for the recovery e-mail in Mon compte.
        const QStringList scopes = config.oauthScope.split(u' ', Qt::SkipEmptyParts);
        if (!scopes.contains(u"userinfo"_s))
            result.errors.append(u"oauth_scope: must include userinfo, or the ENT refuses the token on "
                                 u"/auth/oauth2/userinfo"_s);
        if (!scopes.contains(u"auth"_s))
            result.errors.append(u"oauth_scope: must include auth, or the ENT refuses the token on "
                                 u"/auth/user/requirements, the terms and the password change: nobody could sign in"_s);
        if (!scopes.contains(u"directory"_s))
            result.warnings.append(u"oauth_scope: without directory, Mon compte cannot show or change the recovery "
                                   u"e-mail address"_s);
    }
    if (!config.entSpkiPins.isEmpty() && config.entUrl.scheme() != u"https"_s)
        result.warnings.append(u"ent_spki_pins: ignored, the ENT is not reached over https"_s);
    if (config.profile == KioskProfile::Kiosk && config.allowRememberMe)
        result.warnings.append(u"allow_remember_me: ignored in the kiosk profile (a shared terminal remembers "
                               u"nobody)"_s);
    if (!config.federatedNoticeUrl.isEmpty() && config.federatedNotice.isEmpty())
        result.errors.append(u"federated_notice_url: requires federated_notice, the text that says what the QR "
                             u"code is for"_s);
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

} // namespace LeoKiosk
