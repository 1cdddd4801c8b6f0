#include "ServerConfig.h"

#include "Failure.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

#include <arpa/inet.h>

#include <optional>

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
    c.maxRetry = ini.integer(u"auth/max_retry"_s, c.maxRetry, 1, 1000);
    c.banBaseDelayS = ini.integer(u"auth/ban_base_delay_s"_s, c.banBaseDelayS, 1, 86400);
    c.banMaxDelayS = ini.integer(u"auth/ban_max_delay_s"_s, c.banMaxDelayS, 1, 7 * 86400);
    c.banWindowS = ini.integer(u"auth/ban_window_s"_s, c.banWindowS, 1, 7 * 86400);

    c.accessTokenTtlS = ini.integer(u"oauth/access_token_ttl_s"_s, c.accessTokenTtlS, 1, 30 * 86400);

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
cgu=%12
; per typed login: max_retry failures within ban_window_s, then bans of ban_base_delay_s * 2^n, capped
max_retry=%13
ban_base_delay_s=%14
ban_max_delay_s=%15
ban_window_s=%16

[oauth]
access_token_ttl_s=%17
)"_s.arg(d.listenAddress, number(d.port), number(d.maxBodyBytes), number(d.threads), d.database, d.keyFile,
         number(d.idleTimeoutS), number(d.absoluteTimeoutS), iniQuoted(d.passwordRegex), iniQuoted(d.passwordRuleFr),
         iniQuoted(d.passwordRuleEn), d.cgu ? u"true"_s : u"false"_s, number(d.maxRetry), number(d.banBaseDelayS),
         number(d.banMaxDelayS), number(d.banWindowS), number(d.accessTokenTtlS))
        .toUtf8();
}
