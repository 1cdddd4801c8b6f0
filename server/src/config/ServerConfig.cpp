#include "config/ServerConfig.h"

#include "common/Loopback.h"

#include "common/AddressList.h"
#include "common/Failure.h"
#include "common/MailAddress.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

#include <arpa/inet.h>

#include <functional>
#include <optional>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

// nullopt when the text is not an IP address literal
std::optional<bool> loopbackAddress(const QString& text)
{
    const QByteArray address = text.toLatin1();
    in_addr v4{};
    if (inet_pton(AF_INET, address.constData(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6{};
    if (inet_pton(AF_INET6, address.constData(), &v6) == 1)
        return IN6_IS_ADDR_LOOPBACK(&v6);
    return std::nullopt;
}

// One row of the table: the key, how its text (trimmed; the default when the
// file does not set it) is stored into the config, and what it requires of the
// whole config once every key is read. Both return why the value is refused, or
// an empty string.
struct Field
{
    ConfigKey key;
    std::function<QString(const QString& value, const QDir& base, ServerConfig& config)> apply;
    std::function<QString(const ServerConfig& config)> check = [](const ServerConfig&) { return QString(); };
};

// `path` is "group/name".
ConfigKey key(const QString& path, const QString& type, const QString& defaultValue, const QString& description)
{
    return {path.section(u'/', 0, 0), path.section(u'/', 1), type, defaultValue, description};
}

Field textField(const QString& path,
                const QString& defaultValue,
                const QString& description,
                QString ServerConfig::*member)
{
    return {key(path, u"text"_s, defaultValue, description),
            [member](const QString& value, const QDir&, ServerConfig& config) {
                config.*member = value;
                return QString();
            }};
}

// Relative to the configuration file's folder.
Field pathField(const QString& path,
                const QString& defaultValue,
                const QString& description,
                QString ServerConfig::*member)
{
    return {key(path, u"path"_s, defaultValue, description),
            [member](const QString& value, const QDir& base, ServerConfig& config) {
                config.*member = value.isEmpty() ? value : QDir::cleanPath(base.absoluteFilePath(value));
                return QString();
            }};
}

Field intField(
    const QString& path, int defaultValue, int min, int max, const QString& description, int ServerConfig::*member)
{
    return {key(path, u"integer %1-%2"_s.arg(min).arg(max), QString::number(defaultValue), description),
            [=](const QString& value, const QDir&, ServerConfig& config) {
                bool ok = false;
                const int number = value.toInt(&ok);
                if (!ok || number < min || number > max)
                    return u"expected an integer between %1 and %2"_s.arg(min).arg(max);
                config.*member = number;
                return QString();
            }};
}

Field boolField(const QString& path, bool defaultValue, const QString& description, bool ServerConfig::*member)
{
    return {key(path, u"true|false"_s, defaultValue ? u"true"_s : u"false"_s, description),
            [member](const QString& value, const QDir&, ServerConfig& config) {
                const QString lower = value.toLower();
                if (lower != "true"_L1 && lower != "false"_L1)
                    return u"expected true or false"_s;
                config.*member = lower == "true"_L1;
                return QString();
            }};
}

// An absolute URL with a host and one of `schemes`; `plainOnLoopback`: the
// first scheme only for a loopback host.
bool isUrlOf(const QString& value, const QStringList& schemes, bool plainOnLoopback = false)
{
    const QUrl url(value, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && schemes.contains(url.scheme()) &&
           !(plainOnLoopback && url.scheme() == schemes.first() && !Common::isLoopbackHost(url.host()));
}

QString secretSourceProblem(const QString& file, const QString& env, const QString& what)
{
    if (!file.isEmpty() && !env.isEmpty())
        return u"set "_s + what + u"_file or "_s + what + u"_env, not both"_s;
    return {};
}

Field addressListField(const QString& path, const QString& description, QString ServerConfig::*member)
{
    return {key(path, u"IP addresses and CIDR ranges"_s, QString(), description),
            [member](const QString& value, const QDir&, ServerConfig& config) {
                if (!AddressList::parse(value))
                    return u"expected IP addresses or CIDR ranges separated by spaces"_s;
                config.*member = value;
                return QString();
            }};
}

Field withCheck(Field field, std::function<QString(const ServerConfig& config)> check)
{
    field.check = std::move(check);
    return field;
}

const QList<Field>& fields()
{
    using C = ServerConfig;
    static const QList<Field> table{
        // [server]
        {key(u"server/listen_address"_s, u"IP address"_s, u"127.0.0.1"_s,
             u"the address to listen on; plain HTTP only on a loopback address, any other needs tls_cert and tls_key"_s),
         [](const QString& value, const QDir&, C& config) {
             if (!loopbackAddress(value))
                 return u"expected an IPv4 or IPv6 address"_s;
             config.listenAddress = value;
             return QString();
         }},
        intField(u"server/port"_s, 8090, 0, 65535, u"the port to listen on (0: any free port)"_s, &C::port),
        {key(u"server/public_url"_s, u"http(s) URL"_s, QString(),
             u"the origin clients use; redirects and links are built from it (empty: from the listening address)"_s),
         [](const QString& value, const QDir&, C& config) {
             config.publicUrl = value.isEmpty() ? QUrl() : QUrl(value, QUrl::StrictMode);
             if (!value.isEmpty() && !isUrlOf(value, {u"http"_s, u"https"_s}))
                 return u"expected an absolute http or https URL"_s;
             return QString();
         }},
        withCheck(pathField(u"server/tls_cert"_s, QString(), u"the TLS certificate chain (PEM file)"_s, &C::tlsCert),
                  [](const C& config) {
                      return config.tlsCert.isEmpty() != config.tlsKey.isEmpty() ? u"tls_cert and tls_key go together"_s
                                                                                 : QString();
                  }),
        pathField(u"server/tls_key"_s, QString(), u"the TLS private key (PEM file)"_s, &C::tlsKey),
        intField(u"server/max_body_bytes"_s, 65536, 1024, 64 * 1024 * 1024, u"the largest request body accepted"_s,
                 &C::maxBodyBytes),
        intField(u"server/threads"_s, 8, 1, 256,
                 u"the threads that read connections and answer requests (connections are not bound to a thread)"_s,
                 &C::threads),
        intField(u"server/max_header_bytes"_s, 16384, 4096, 1024 * 1024,
                 u"the largest request head (request line and headers; at most 100 headers), else 431"_s,
                 &C::maxHeaderBytes),
        intField(u"server/request_timeout_s"_s, 10, 1, 3600,
                 u"a request, head and body, must arrive within this time of the connection or of the previous "
                 u"answer; a connection silent this long is closed"_s,
                 &C::requestTimeoutS),
        intField(u"server/max_connections"_s, 4096, 16, 65536, u"open connections at most"_s, &C::maxConnections),
        intField(u"server/max_connections_per_address"_s, 64, 1, 65536,
                 u"open connections from one client address (an IPv6 one by its /64) at most, except the addresses "
                 u"of auth/address_allow_list"_s,
                 &C::maxConnectionsPerAddress),

        // [store]
        {key(u"store/database"_s, u"path"_s, u"leo-ent.db"_s, u"the SQLCipher database"_s),
         [](const QString& value, const QDir& base, C& config) {
             if (value.isEmpty())
                 return u"a database path is required"_s;
             config.database = QDir::cleanPath(base.absoluteFilePath(value));
             return QString();
         }},
        withCheck(
            pathField(u"store/key_file"_s, u"private/leo-ent.key"_s,
                      u"the 256-bit database key: a file created by `init` (64 hex digits, mode 0600, in a folder "
                      u"0700), best kept in another folder than the database"_s,
                      &C::keyFile),
            [](const C& config) {
                return config.keyEnv.isEmpty() && config.keyFile.isEmpty() ? u"set key_file or key_env"_s : QString();
            }),
        textField(u"store/key_env"_s, QString(),
                  u"or the environment variable that holds the key (64 hex digits); key_file is then ignored"_s,
                  &C::keyEnv),

        // [sessions]
        intField(u"sessions/idle_timeout_s"_s, 1800, 1, 365 * 86400, u"a session unused for this long ends"_s,
                 &C::idleTimeoutS),
        intField(u"sessions/absolute_timeout_s"_s, 43200, 1, 365 * 86400,
                 u"a session ends this long after it began, used or not"_s, &C::absoluteTimeoutS),

        // [auth]
        {key(u"auth/password_regex"_s, u"regular expression"_s, u"(?=.*[A-Za-z])(?=.*[0-9]).{8,}"_s,
             u"a regex the whole password must match (GET /auth/context passwordRegex)"_s),
         [](const QString& value, const QDir&, C& config) {
             const QRegularExpression regex(value);
             if (!regex.isValid())
                 return regex.errorString();
             config.passwordRegex = value;
             return QString();
         }},
        textField(u"auth/password_rule_fr"_s,
                  u"Votre mot de passe doit contenir au moins 8 caractères, dont au moins une lettre et un chiffre."_s,
                  u"the rule described in French (GET /auth/context passwordRegexI18n)"_s, &C::passwordRuleFr),
        textField(u"auth/password_rule_en"_s,
                  u"Your password must contain at least 8 characters, including at least one letter and one digit."_s,
                  u"the rule described in English"_s, &C::passwordRuleEn),
        boolField(u"auth/cgu"_s, true, u"the terms of use must be accepted at activation"_s, &C::cgu),
        textField(u"auth/terms_fr"_s, QString(),
                  u"the terms of use in French (GET /auth/cgu), \\n between paragraphs; empty: a short built-in text"_s,
                  &C::termsFr),
        textField(u"auth/terms_en"_s, QString(), u"the terms of use in English, as terms_fr"_s, &C::termsEn),
        boolField(u"auth/activation_auto_login"_s, true,
                  u"a successful activation signs the account in (302 to "
                  u"public_url with the session); false: 302 "
                  u"to /auth/login"_s,
                  &C::activationAutoLogin),
        boolField(u"auth/mandatory_mail"_s, false,
                  u"ENT Core's mandatory.mail: activation refuses a form without an e-mail address (GET /auth/context "
                  u"mandatory.mail)"_s,
                  &C::mandatoryMail),
        boolField(u"auth/mandatory_phone"_s, false,
                  u"ENT Core's mandatory.phone: activation refuses a form without a mobile number (GET /auth/context "
                  u"mandatory.phone)"_s,
                  &C::mandatoryPhone),
        boolField(u"auth/check_federated_login"_s, false,
                  u"ENT Core's check-federated-login (true in its deployment template): accounts marked federated "
                  u"(`users set-federated LOGIN on`, as after an EduConnect sign-in) are refused at the password "
                  u"login, get no reset message and no staff renewal code"_s,
                  &C::checkFederatedLogin),
        intField(u"auth/max_retry"_s, 5, 1, 100,
                 u"per typed login: this many consecutive failures, then a ban before each further try"_s,
                 &C::maxRetry),
        intField(u"auth/ban_base_delay_s"_s, 60, 1, 86400,
                 u"the first ban; each next one doubles it, up to ban_max_delay_s"_s, &C::banBaseDelayS),
        withCheck(intField(u"auth/ban_max_delay_s"_s, 3600, 1, 7 * 86400, u"the longest ban"_s, &C::banMaxDelayS),
                  [](const C& config) {
                      return config.banMaxDelayS < config.banBaseDelayS ? u"must not be smaller than ban_base_delay_s"_s
                                                                        : QString();
                  }),
        withCheck(intField(u"auth/lock_after"_s, 50, 1, 100,
                           u"consecutive failures that lock a login until its password is reset or staff unblock "
                           u"it (NIST SP 800-63B: at most 100)"_s,
                           &C::lockAfter),
                  [](const C& config) {
                      return config.lockAfter < config.maxRetry ? u"must not be smaller than max_retry"_s : QString();
                  }),
        intField(u"auth/address_max_failures"_s, 30, 1, 1000000,
                 u"failed sign-ins (login form, token endpoint) per client address within address_window_s; over "
                 u"it the address gets the ban's answer"_s,
                 &C::addressMaxFailures),
        intField(u"auth/address_window_s"_s, 300, 1, 86400, u"the window of address_max_failures"_s,
                 &C::addressWindowS),
        addressListField(u"auth/address_allow_list"_s,
                         u"addresses not limited per address (a school's shared public address), space-separated"_s,
                         &C::addressAllowList),
        textField(u"auth/login_uri"_s, QString(),
                  u"ENT Core's loginUri: where a secured route sends a caller without a session, an absolute http(s) "
                  u"URL or a path (e.g. a federation portal); empty: /auth/login?callback=<the address asked for>"_s,
                  &C::loginUri),
        textField(u"auth/callback_param"_s, QString(),
                  u"ENT Core's callbackParam: with login_uri, the query parameter that carries the address asked for; "
                  u"empty: none"_s,
                  &C::callbackParam),
        boolField(u"auth/login_redirect_port_8009"_s, false,
                  u"as ENT Core's web-utils on a request without X-Forwarded-For: that login redirect goes to "
                  u"<scheme>:8009<path>, the host lost (a request with X-Forwarded-For keeps public_url)"_s,
                  &C::loginRedirectPort8009),
        boolField(u"auth/xsrf_on_auth"_s, true,
                  u"ENT Core's xsrfOnAuth: sign-in sets XSRF-TOKEN; false: none, until a secured HTML page "
                  u"(GET /auth/revalidate-terms) is rendered for the session"_s,
                  &C::xsrfOnAuth),
        boolField(u"auth/requirements_route"_s, true,
                  u"GET /auth/user/requirements exists (ENT Core 4.7 and later); false: 404, as older ENTs"_s,
                  &C::requirementsRoute),
        {key(u"auth/mfa_types"_s, u"sms email totp, space-separated"_s, QString(),
             u"ENT Core's mfaConfig.types: the MFA methods; non-empty turns MFA on for accounts with an admin "
             u"function (`users set-flag LOGIN admin-local on`), which this server never lets complete one"_s),
         [](const QString& value, const QDir&, C& config) {
             const QStringList types = value.split(u' ', Qt::SkipEmptyParts);
             for (const QString& type : types) {
                 if (type != "sms"_L1 && type != "email"_L1 && type != "totp"_L1)
                     return u"expected sms, email or totp, space-separated"_s;
             }
             config.mfaTypes = types;
             return QString();
         }},
        {key(u"auth/mfa_protected_urls"_s, u"path fragments, space-separated"_s, QString(),
             u"ENT Core's mfaConfig.protectedUrls: a request whose path contains one (outside /auth/) sends an "
             u"account that needs MFA to /auth/validate-mfa"_s),
         [](const QString& value, const QDir&, C& config) {
             config.mfaProtectedUrls = value.split(u' ', Qt::SkipEmptyParts);
             return QString();
         }},
        intField(u"auth/password_history_length"_s, 10, 1, 24,
                 u"a new password must differ from the last N (the current one included)"_s, &C::passwordHistoryLength),

        // [i18n]
        {key(u"i18n/english"_s, u"complete|ent-core"_s, u"complete"_s,
             u"ent-core: the English texts are those of ENT Core 6.15's auth en.json, which lacks auth.error.ban, "
             u"blockedUser, blockedProfileType, global and otpDisabled: those come back as the raw key"_s),
         [](const QString& value, const QDir&, C& config) {
             if (value != "complete"_L1 && value != "ent-core"_L1)
                 return u"expected complete or ent-core"_s;
             config.englishAsEntCore = value == "ent-core"_L1;
             return QString();
         }},

        // [oauth]
        intField(u"oauth/access_token_ttl_s"_s, 3600, 1, 30 * 86400, u"the lifetime of an OAuth2 access token"_s,
                 &C::accessTokenTtlS),
        intField(u"oauth/refresh_token_ttl_s"_s, 7 * 86400, 1, 365 * 86400,
                 u"a refresh token not used within this time expires (each use gives a new one)"_s,
                 &C::refreshTokenTtlS),

        // [recovery]
        intField(u"recovery/code_lifetime_s"_s, 3600, 1, 7 * 86400,
                 u"the lifetime of a reset code (POST /auth/forgot-password)"_s, &C::resetCodeLifetimeS),
        intField(u"recovery/code_max_tries"_s, 5, 1, 100,
                 u"wrong tries (reset/match and reset) that burn a reset code"_s, &C::resetCodeMaxTries),
        intField(u"recovery/login_max_requests"_s, 3, 1, 1000,
                 u"forgot-password requests per typed login within "
                 u"login_window_s; over it the answer stays the "
                 u"same and nothing is sent"_s,
                 &C::recoveryLoginMax),
        intField(u"recovery/login_window_s"_s, 900, 1, 7 * 86400, u"the window of login_max_requests"_s,
                 &C::recoveryLoginWindowS),
        intField(u"recovery/address_max_requests"_s, 200, 1, 1000000,
                 u"forgot-password and forgot-id requests per client address within address_window_s"_s,
                 &C::recoveryAddressMax),
        intField(u"recovery/address_window_s"_s, 900, 1, 7 * 86400, u"the window of address_max_requests"_s,
                 &C::recoveryAddressWindowS),
        addressListField(u"recovery/address_allow_list"_s,
                         u"addresses only limited per login (a school's shared public address), space-separated"_s,
                         &C::recoveryAllowList),
        intField(u"recovery/account_max_mails"_s, 3, 1, 1000,
                 u"reset messages sent per account within account_window_s, whatever the spelling of the login"_s,
                 &C::recoveryAccountMax),
        intField(u"recovery/account_window_s"_s, 3600, 1, 7 * 86400, u"the window of account_max_mails"_s,
                 &C::recoveryAccountWindowS),

        // [mailstate]
        intField(u"mailstate/code_lifetime_s"_s, 600, 1, 86400,
                 u"the lifetime of the 6-digit code mailed to a new recovery address"_s, &C::mailCodeLifetimeS),
        intField(u"mailstate/code_max_tries"_s, 5, 1, 100, u"wrong tries that burn that code"_s, &C::mailCodeMaxTries),
        intField(u"mailstate/wait_s"_s, 10, 0, 3600, u"the wait the client is told (waitInSeconds)"_s, &C::mailWaitS),
        intField(u"mailstate/max_requests"_s, 5, 1, 1000, u"how many codes an account may ask for within window_s"_s,
                 &C::mailMaxRequests),
        intField(u"mailstate/window_s"_s, 900, 1, 7 * 86400, u"the window of max_requests"_s, &C::mailWindowS),

        // [mail]
        {key(u"mail/smtp_url"_s, u"smtp(s) URL"_s, QString(),
             u"a relay: smtp://host:port (see starttls) or smtps://host:port; empty: .eml files go to outbox"_s),
         [](const QString& value, const QDir&, C& config) {
             if (!value.isEmpty() && !isUrlOf(value, {u"smtp"_s, u"smtps"_s}))
                 return u"expected smtp://host:port or smtps://host:port"_s;
             config.smtpUrl = value;
             return QString();
         }},
        {key(u"mail/starttls"_s, u"required|none"_s, u"required"_s,
             u"whether an smtp:// relay must switch to TLS before anything is sent"_s),
         [](const QString& value, const QDir&, C& config) {
             if (value != "required"_L1 && value != "none"_L1)
                 return u"expected required or none"_s;
             config.smtpStartTls = value == "required"_L1;
             return QString();
         },
         [](const C& config) {
             const QUrl url(config.smtpUrl, QUrl::StrictMode);
             const bool encrypted = url.scheme() == "smtps"_L1 || config.smtpStartTls;
             if (!config.smtpUrl.isEmpty() && !config.smtpUsername.isEmpty() && !encrypted &&
                 !Common::isLoopbackHost(url.host()))
                 return u"a password is only sent to a relay over TLS (or on loopback)"_s;
             return QString();
         }},
        textField(u"mail/username"_s, QString(), u"the relay's user name; empty: no authentication"_s,
                  &C::smtpUsername),
        withCheck(pathField(u"mail/password_file"_s, QString(), u"the relay password: a file (mode 0600)"_s,
                            &C::smtpPasswordFile),
                  [](const C& config) {
                      return secretSourceProblem(config.smtpPasswordFile, config.smtpPasswordEnv, u"password"_s);
                  }),
        textField(u"mail/password_env"_s, QString(), u"or the environment variable that holds the relay password"_s,
                  &C::smtpPasswordEnv),
        pathField(u"mail/ca_file"_s, QString(),
                  u"CA certificates (PEM) that verify the relay, instead of the system's"_s, &C::smtpCaFile),
        {key(u"mail/from"_s, u"e-mail address"_s, u"noreply@localhost"_s, u"the sender of every message"_s),
         [](const QString& value, const QDir&, C& config) {
             if (!MailAddress::isValid(value))
                 return u"expected a plain e-mail address such as noreply@ent.example"_s;
             config.mailFrom = value;
             return QString();
         }},
        withCheck(pathField(u"mail/outbox"_s, u"outbox"_s, u"the folder of the .eml files when there is no relay"_s,
                            &C::outbox),
                  [](const C& config) {
                      return config.smtpUrl.isEmpty() && config.outbox.isEmpty() ? u"set smtp_url or an outbox folder"_s
                                                                                 : QString();
                  }),
        textField(u"mail/product_name"_s, u"ENT LEO"_s, u"the name of the service in the messages"_s, &C::productName),
        textField(u"mail/signature"_s, u"ENT LEO"_s, u"the signature of the messages"_s, &C::mailSignature),
        intField(u"mail/retry_base_s"_s, 5, 1, 3600,
                 u"a failed delivery is retried after retry_base_s * 2^n, capped at retry_max_s"_s, &C::mailRetryBaseS),
        withCheck(
            intField(u"mail/retry_max_s"_s, 900, 1, 86400, u"the longest wait between two tries"_s, &C::mailRetryMaxS),
            [](const C& config) {
                return config.mailRetryMaxS < config.mailRetryBaseS ? u"must not be smaller than retry_base_s"_s
                                                                    : QString();
            }),
        intField(u"mail/give_up_after_s"_s, 3 * 86400, 60, 30 * 86400,
                 u"a message not delivered within this time is dropped"_s, &C::mailGiveUpAfterS),
        intField(u"mail/timeout_s"_s, 30, 1, 600, u"the longest one exchange with the relay or gateway may take"_s,
                 &C::mailTimeoutS),

        // [sms]
        {key(u"sms/gateway_url"_s, u"https URL"_s, QString(),
             u"an SMS gateway: POST {\"to\",\"text\"} with a bearer token (http only on loopback); empty: no SMS"_s),
         [](const QString& value, const QDir&, C& config) {
             if (!value.isEmpty() && !isUrlOf(value, {u"http"_s, u"https"_s}, true))
                 return u"expected an https URL (http only on loopback)"_s;
             config.smsGatewayUrl = value;
             return QString();
         }},
        withCheck(pathField(u"sms/token_file"_s, QString(), u"the gateway's bearer token: a file"_s, &C::smsTokenFile),
                  [](const C& config) {
                      if (config.smsConfigured() && config.smsTokenFile.isEmpty() && config.smsTokenEnv.isEmpty())
                          return u"the gateway needs token_file or token_env"_s;
                      return secretSourceProblem(config.smsTokenFile, config.smsTokenEnv, u"token"_s);
                  }),
        textField(u"sms/token_env"_s, QString(), u"or the environment variable that holds the token"_s,
                  &C::smsTokenEnv),
    };
    return table;
}

// What the template says before a group's keys.
QString groupNote(const QString& group)
{
    static const QList<std::pair<QString, QString>> notes{
        {u"server"_s, u"the HTTP(S) listener"_s},
        {u"store"_s, u"the database and its key"_s},
        {u"sessions"_s, u"the sessions of the web sign-in"_s},
        {u"auth"_s, u"the password rule, the terms of use, the login ban and lock, the per-address limit"_s},
        {u"i18n"_s, u"the module's texts"_s},
        {u"oauth"_s, u"the OAuth2 tokens"_s},
        {u"recovery"_s, u"password and identifier recovery"_s},
        {u"mailstate"_s, u"the recovery e-mail address (/directory/user/mailstate)"_s},
        {u"mail"_s, u"how messages leave: an SMTP relay, or .eml files in a folder"_s},
        {u"sms"_s, u"the SMS channel of recovery"_s},
    };
    for (const auto& [name, note] : notes) {
        if (name == group)
            return note;
    }
    return {};
}

// QSettings reads a value with a comma as a list, and takes backslashes as
// escapes: such values go in quotes.
QString iniValue(const QString& value)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9._@:/-]*$"_s);
    if (plain.match(value).hasMatch())
        return value;
    QString escaped = value;
    escaped.replace(u'\\', "\\\\"_L1).replace(u'"', "\\\""_L1);
    return u'"' + escaped + u'"';
}

[[noreturn]] void invalid(const ConfigKey& key, const QString& why)
{
    fail(u"configuration key "_s + key.path() + u": "_s + why);
}

} // namespace

bool ServerConfig::listensOnLoopback() const
{
    return loopbackAddress(listenAddress).value_or(false);
}

const QList<ConfigKey>& ServerConfig::keys()
{
    static const QList<ConfigKey> list = [] {
        QList<ConfigKey> keys;
        for (const Field& field : fields())
            keys.append(field.key);
        return keys;
    }();
    return list;
}

ServerConfig ServerConfig::load(const QString& file)
{
    const QSettings settings(file, QSettings::IniFormat);
    const QDir base = QFileInfo(file).absoluteDir();
    ServerConfig config;
    for (const Field& field : fields()) {
        const QVariant value = settings.value(field.key.path());
        if (value.typeId() == QMetaType::QStringList)
            invalid(field.key, u"the value contains a comma: put it in double quotes"_s);
        const QString text = value.isValid() ? value.toString().trimmed() : field.key.defaultValue;
        if (const QString why = field.apply(text, base, config); !why.isEmpty())
            invalid(field.key, why);
    }
    for (const Field& field : fields()) {
        if (const QString why = field.check(config); !why.isEmpty())
            invalid(field.key, why);
    }
    return config;
}

QByteArray ServerConfig::templateText()
{
    QString text = u"; leo-ent-server configuration. Relative paths are relative to this "
                   u"file's folder.\n"
                   u"; Put values that contain a comma or a backslash in double quotes (and "
                   u"double the backslashes).\n"
                   u"; `leo-ent-server config-keys` lists every key with its type and default.\n"_s;
    QString group;
    for (const ConfigKey& key : keys()) {
        if (key.group != group) {
            group = key.group;
            text += u"\n["_s + group + u"]\n; "_s + groupNote(group) + u'\n';
        }
        text += u"; "_s + key.description + u'\n' + key.name + u'=' + iniValue(key.defaultValue) + u'\n';
    }
    return text.toUtf8();
}

QString ServerConfig::keysText()
{
    QString text;
    for (const ConfigKey& key : keys()) {
        text += key.path() + u"  ("_s + key.type + u", default: "_s +
                (key.defaultValue.isEmpty() ? u"unset"_s : key.defaultValue) + u")\n    "_s + key.description + u'\n';
    }
    return text;
}

} // namespace LeoEnt
