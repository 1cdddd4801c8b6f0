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

#include <optional>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void invalid(const QString& key, const QString& why)
{
    fail(u"configuration key "_s + key + u": "_s + why);
}

class IniReader final
{
public:
    explicit IniReader(const QString& file)
        : m_settings(file, QSettings::IniFormat), m_dir(QFileInfo(file).absoluteDir())
    {
    }

    QString text(const QString& key, const QString& fallback) const
    {
        const QVariant value = m_settings.value(key);
        if (!value.isValid())
            return fallback;
        if (value.typeId() == QMetaType::QStringList)
            invalid(key, u"the value contains a comma: put it in double quotes"_s);
        return value.toString().trimmed();
    }

    int integer(const QString& key, int fallback, int min, int max) const
    {
        const QString raw = text(key, QString::number(fallback));
        bool ok = false;
        const int value = raw.toInt(&ok);
        if (!ok || value < min || value > max)
            invalid(key, u"expected an integer between %1 and %2"_s.arg(min).arg(max));
        return value;
    }

    bool boolean(const QString& key, bool fallback) const
    {
        const QString raw = text(key, fallback ? u"true"_s : u"false"_s).toLower();
        if (raw != "true"_L1 && raw != "false"_L1)
            invalid(key, u"expected true or false"_s);
        return raw == "true"_L1;
    }

    QString path(const QString& key, const QString& fallback) const
    {
        const QString value = text(key, fallback);
        return value.isEmpty() ? value : QDir::cleanPath(m_dir.absoluteFilePath(value));
    }

private:
    QSettings m_settings;
    QDir m_dir;
};

QString iniQuoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(u'\\', "\\\\"_L1).replace(u'"', "\\\""_L1);
    return u'"' + escaped + u'"';
}

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

void checkSecretSource(const QString& group, const QString& file, const QString& env, const QString& what)
{
    if (!file.isEmpty() && !env.isEmpty())
        invalid(group + u"/"_s + what + u"_file"_s, u"set "_s + what + u"_file or "_s + what + u"_env, not both"_s);
}

} // namespace

bool ServerConfig::listensOnLoopback() const
{
    return loopbackAddress(listenAddress).value_or(false);
}

ServerConfig ServerConfig::load(const QString& file)
{
    const IniReader ini(file);
    ServerConfig c;

    c.listenAddress = ini.text(u"server/listen_address"_s, c.listenAddress);
    c.port = ini.integer(u"server/port"_s, c.port, 0, 65535);
    const QString publicUrl = ini.text(u"server/public_url"_s, {});
    c.tlsCert = ini.path(u"server/tls_cert"_s, {});
    c.tlsKey = ini.path(u"server/tls_key"_s, {});
    c.maxBodyBytes = ini.integer(u"server/max_body_bytes"_s, c.maxBodyBytes, 1024, 64 * 1024 * 1024);
    c.threads = ini.integer(u"server/threads"_s, c.threads, 1, 256);

    c.database = ini.path(u"store/database"_s, c.database);
    c.keyEnv = ini.text(u"store/key_env"_s, {});
    c.keyFile = ini.path(u"store/key_file"_s, c.keyFile);

    c.idleTimeoutS = ini.integer(u"sessions/idle_timeout_s"_s, c.idleTimeoutS, 1, 365 * 86400);
    c.absoluteTimeoutS = ini.integer(u"sessions/absolute_timeout_s"_s, c.absoluteTimeoutS, 1, 365 * 86400);

    c.passwordRegex = ini.text(u"auth/password_regex"_s, c.passwordRegex);
    c.passwordRuleFr = ini.text(u"auth/password_rule_fr"_s, c.passwordRuleFr);
    c.passwordRuleEn = ini.text(u"auth/password_rule_en"_s, c.passwordRuleEn);
    c.cgu = ini.boolean(u"auth/cgu"_s, c.cgu);
    c.activationAutoLogin = ini.boolean(u"auth/activation_auto_login"_s, c.activationAutoLogin);
    c.termsFr = ini.text(u"auth/terms_fr"_s, {});
    c.termsEn = ini.text(u"auth/terms_en"_s, {});
    c.maxRetry = ini.integer(u"auth/max_retry"_s, c.maxRetry, 1, 1000);
    c.banBaseDelayS = ini.integer(u"auth/ban_base_delay_s"_s, c.banBaseDelayS, 1, 86400);
    c.banMaxDelayS = ini.integer(u"auth/ban_max_delay_s"_s, c.banMaxDelayS, 1, 7 * 86400);
    c.banWindowS = ini.integer(u"auth/ban_window_s"_s, c.banWindowS, 1, 7 * 86400);

    c.passwordHistoryLength = ini.integer(u"auth/password_history_length"_s, c.passwordHistoryLength, 1, 24);

    c.accessTokenTtlS = ini.integer(u"oauth/access_token_ttl_s"_s, c.accessTokenTtlS, 1, 30 * 86400);

    c.resetCodeLifetimeS = ini.integer(u"recovery/code_lifetime_s"_s, c.resetCodeLifetimeS, 1, 7 * 86400);
    c.resetCodeMaxTries = ini.integer(u"recovery/code_max_tries"_s, c.resetCodeMaxTries, 1, 100);
    c.recoveryLoginMax = ini.integer(u"recovery/login_max_requests"_s, c.recoveryLoginMax, 1, 1000);
    c.recoveryLoginWindowS = ini.integer(u"recovery/login_window_s"_s, c.recoveryLoginWindowS, 1, 7 * 86400);
    c.recoveryAddressMax = ini.integer(u"recovery/address_max_requests"_s, c.recoveryAddressMax, 1, 1000000);
    c.recoveryAddressWindowS = ini.integer(u"recovery/address_window_s"_s, c.recoveryAddressWindowS, 1, 7 * 86400);
    c.recoveryAllowList = ini.text(u"recovery/address_allow_list"_s, {});

    c.mailCodeLifetimeS = ini.integer(u"mailstate/code_lifetime_s"_s, c.mailCodeLifetimeS, 1, 86400);
    c.mailCodeMaxTries = ini.integer(u"mailstate/code_max_tries"_s, c.mailCodeMaxTries, 1, 100);
    c.mailWaitS = ini.integer(u"mailstate/wait_s"_s, c.mailWaitS, 0, 3600);
    c.mailMaxRequests = ini.integer(u"mailstate/max_requests"_s, c.mailMaxRequests, 1, 1000);
    c.mailWindowS = ini.integer(u"mailstate/window_s"_s, c.mailWindowS, 1, 7 * 86400);

    c.smtpUrl = ini.text(u"mail/smtp_url"_s, {});
    const QString starttls = ini.text(u"mail/starttls"_s, u"required"_s);
    c.smtpUsername = ini.text(u"mail/username"_s, {});
    c.smtpPasswordFile = ini.path(u"mail/password_file"_s, {});
    c.smtpPasswordEnv = ini.text(u"mail/password_env"_s, {});
    c.smtpCaFile = ini.path(u"mail/ca_file"_s, {});
    c.mailFrom = ini.text(u"mail/from"_s, c.mailFrom);
    c.outbox = ini.path(u"mail/outbox"_s, c.outbox);
    c.productName = ini.text(u"mail/product_name"_s, c.productName);
    c.mailSignature = ini.text(u"mail/signature"_s, c.mailSignature);
    c.mailRetryBaseS = ini.integer(u"mail/retry_base_s"_s, c.mailRetryBaseS, 1, 3600);
    c.mailRetryMaxS = ini.integer(u"mail/retry_max_s"_s, c.mailRetryMaxS, 1, 86400);
    c.mailGiveUpAfterS = ini.integer(u"mail/give_up_after_s"_s, c.mailGiveUpAfterS, 60, 30 * 86400);
    c.mailTimeoutS = ini.integer(u"mail/timeout_s"_s, c.mailTimeoutS, 1, 600);

    c.smsGatewayUrl = ini.text(u"sms/gateway_url"_s, {});
    c.smsTokenFile = ini.path(u"sms/token_file"_s, {});
    c.smsTokenEnv = ini.text(u"sms/token_env"_s, {});

    if (!loopbackAddress(c.listenAddress))
        invalid(u"server/listen_address"_s, u"expected an IPv4 or IPv6 address"_s);
    if (!publicUrl.isEmpty()) {
        c.publicUrl = QUrl(publicUrl, QUrl::StrictMode);
        if (!c.publicUrl.isValid() || c.publicUrl.host().isEmpty() ||
            (c.publicUrl.scheme() != "http"_L1 && c.publicUrl.scheme() != "https"_L1))
            invalid(u"server/public_url"_s, u"expected an absolute http or https URL"_s);
    }
    if (c.tlsCert.isEmpty() != c.tlsKey.isEmpty())
        invalid(u"server/tls_cert"_s, u"tls_cert and tls_key go together"_s);
    if (c.database.isEmpty())
        invalid(u"store/database"_s, u"a database path is required"_s);
    if (c.keyEnv.isEmpty() && c.keyFile.isEmpty())
        invalid(u"store/key_file"_s, u"set key_file or key_env"_s);
    if (!QRegularExpression(c.passwordRegex).isValid())
        invalid(u"auth/password_regex"_s, QRegularExpression(c.passwordRegex).errorString());
    if (c.banMaxDelayS < c.banBaseDelayS)
        invalid(u"auth/ban_max_delay_s"_s, u"must not be smaller than ban_base_delay_s"_s);
    if (!AddressList::parse(c.recoveryAllowList))
        invalid(u"recovery/address_allow_list"_s, u"expected IP addresses or CIDR ranges separated by spaces"_s);

    if (starttls != "required"_L1 && starttls != "none"_L1)
        invalid(u"mail/starttls"_s, u"expected required or none"_s);
    c.smtpStartTls = starttls == "required"_L1;
    if (!c.smtpUrl.isEmpty()) {
        const QUrl url(c.smtpUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != "smtp"_L1 && url.scheme() != "smtps"_L1))
            invalid(u"mail/smtp_url"_s, u"expected smtp://host:port or smtps://host:port"_s);
        const bool encrypted = url.scheme() == "smtps"_L1 || c.smtpStartTls;
        if (!c.smtpUsername.isEmpty() && !encrypted && !Common::isLoopbackHost(url.host()))
            invalid(u"mail/starttls"_s, u"a password is only sent to a relay over TLS (or on loopback)"_s);
    } else if (c.outbox.isEmpty()) {
        invalid(u"mail/outbox"_s, u"set smtp_url or an outbox folder"_s);
    }
    checkSecretSource(u"mail"_s, c.smtpPasswordFile, c.smtpPasswordEnv, u"password"_s);
    if (!MailAddress::isValid(c.mailFrom))
        invalid(u"mail/from"_s, u"expected a plain e-mail address such as noreply@ent.example"_s);
    if (c.mailRetryMaxS < c.mailRetryBaseS)
        invalid(u"mail/retry_max_s"_s, u"must not be smaller than retry_base_s"_s);

    if (!c.smsGatewayUrl.isEmpty()) {
        const QUrl url(c.smsGatewayUrl, QUrl::StrictMode);
        const bool https = url.scheme() == "https"_L1;
        if (!url.isValid() || url.host().isEmpty() ||
            (!https && !(url.scheme() == "http"_L1 && Common::isLoopbackHost(url.host()))))
            invalid(u"sms/gateway_url"_s, u"expected an https URL (http only on loopback)"_s);
        if (c.smsTokenFile.isEmpty() && c.smsTokenEnv.isEmpty())
            invalid(u"sms/token_file"_s, u"the gateway needs token_file or token_env"_s);
    }
    checkSecretSource(u"sms"_s, c.smsTokenFile, c.smsTokenEnv, u"token"_s);
    return c;
}

QByteArray ServerConfig::templateText()
{
    const ServerConfig d;
    const auto number = [](int value) { return QString::number(value); };
    return uR"(; leo-ent-server configuration. Relative paths are relative to this file's folder.
; Put values that contain a comma or a backslash in double quotes (and double the backslashes).

[server]
; plain HTTP is only allowed on a loopback address; any other address needs tls_cert and tls_key (PEM files)
listen_address=%1
port=%2
; the origin clients use; redirects are built from it (empty: derived from the listening address)
public_url=
tls_cert=
tls_key=
max_body_bytes=%3
threads=%4

[store]
database=%5
; the 256-bit database key: a file created by `init` (64 hex digits, mode 0600) or an environment variable
key_file=%6
key_env=

[sessions]
idle_timeout_s=%7
absolute_timeout_s=%8

[auth]
; a regex the whole password must match, and its description per language (GET /auth/context)
password_regex=%9
password_rule_fr=%10
password_rule_en=%11
; the terms of use must be accepted at activation; their text (GET /auth/cgu) per language, \n between
; paragraphs (empty: a short built-in text)
cgu=%12
terms_fr=
terms_en=
; a successful activation signs the account in (302 to public_url with the session); false: 302 to /auth/login
activation_auto_login=%19
; per typed login: max_retry failures within ban_window_s, then bans of ban_base_delay_s * 2^n, capped
max_retry=%13
ban_base_delay_s=%14
ban_max_delay_s=%15
ban_window_s=%16

; a new password must differ from the last N (the current one included); 1 to 24
password_history_length=%18

[oauth]
access_token_ttl_s=%17
)"_s.arg(d.listenAddress, number(d.port), number(d.maxBodyBytes), number(d.threads), d.database, d.keyFile,
         number(d.idleTimeoutS), number(d.absoluteTimeoutS), iniQuoted(d.passwordRegex), iniQuoted(d.passwordRuleFr),
         iniQuoted(d.passwordRuleEn), d.cgu ? u"true"_s : u"false"_s, number(d.maxRetry), number(d.banBaseDelayS),
         number(d.banMaxDelayS), number(d.banWindowS), number(d.accessTokenTtlS), number(d.passwordHistoryLength),
         d.activationAutoLogin ? u"true"_s : u"false"_s)
               .toUtf8() +
           uR"(
[recovery]
; reset codes (POST /auth/forgot-password): lifetime, and wrong tries (reset/match and reset) that burn one
code_lifetime_s=%1
code_max_tries=%2
; forgot-password requests per typed login, and per client address, within each window; over a limit the
; answer stays the same and nothing is sent
login_max_requests=%3
login_window_s=%4
address_max_requests=%5
address_window_s=%6
; addresses only limited per login (a school's shared public address): IPs or CIDR ranges, space-separated
address_allow_list=

[mailstate]
; the recovery e-mail address (/directory/user/mailstate): the 6-digit code's lifetime and wrong tries, the wait
; the client is told (waitInSeconds), and how many codes an account may ask for within window_s
code_lifetime_s=%15
code_max_tries=%16
wait_s=%17
max_requests=%18
window_s=%19

[mail]
; a relay: smtp://host:port (starttls=required or none) or smtps://host:port; empty: .eml files go to outbox
smtp_url=
starttls=required
username=
; the relay password: a file (mode 0600) or an environment variable
password_file=
password_env=
; CA certificates (PEM) that verify the relay, instead of the system's
ca_file=
from=%7
outbox=%8
product_name=%9
signature=%10
; a failed delivery is retried after retry_base_s * 2^n, capped at retry_max_s, for give_up_after_s at most
retry_base_s=%11
retry_max_s=%12
give_up_after_s=%13
timeout_s=%14

[sms]
; an SMS gateway: POST {"to","text"} with a bearer token; empty: no SMS channel
gateway_url=
token_file=
token_env=
)"_s.arg(number(d.resetCodeLifetimeS), number(d.resetCodeMaxTries), number(d.recoveryLoginMax),
         number(d.recoveryLoginWindowS), number(d.recoveryAddressMax), number(d.recoveryAddressWindowS), d.mailFrom,
         d.outbox, iniQuoted(d.productName), iniQuoted(d.mailSignature), number(d.mailRetryBaseS),
         number(d.mailRetryMaxS), number(d.mailGiveUpAfterS), number(d.mailTimeoutS), number(d.mailCodeLifetimeS),
         number(d.mailCodeMaxTries), number(d.mailWaitS), number(d.mailMaxRequests), number(d.mailWindowS))
               .toUtf8();
}

} // namespace LeoEnt
