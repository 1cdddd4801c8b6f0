#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace LeoEnt {

// One key of the configuration file. The table of keys (ServerConfig::keys(), in ServerConfig.cpp) is the one
// place a key is named: loading, validation, the template `init` writes and `leo-ent-server config-keys` are all
// derived from it.
struct ConfigKey
{
    QString group;        // the INI section, e.g. "server"
    QString name;         // e.g. "port"
    QString type;         // what it takes, e.g. "integer 0-65535", "true|false", "path"
    QString defaultValue; // as written in the file; empty: unset
    QString description;  // English, one line

    QString path() const { return group + u'/' + name; } // "server/port", as in the error messages
};

// The server's settings, read from an INI file (QSettings IniFormat); the key table's defaults apply to missing
// keys. Relative paths resolve against the file's folder. load() throws std::runtime_error naming the faulty key.
struct ServerConfig
{
    // [server]
    QString listenAddress;
    int port = 0;
    QUrl publicUrl; // empty: derived from the address actually bound
    QString tlsCert;
    QString tlsKey;
    int maxBodyBytes = 0;
    int threads = 0;
    int maxHeaderBytes = 0;   // the request line and headers
    int requestTimeoutS = 0;  // the whole request must arrive within it
    int maxConnections = 0;
    int maxConnectionsPerAddress = 0; // except the addresses of addressAllowList

    // [store]
    QString database;
    QString keyFile;
    QString keyEnv; // when set, the key comes from this environment variable and key_file is ignored

    // [sessions]
    int idleTimeoutS = 0;
    int absoluteTimeoutS = 0;

    // [auth]
    QString passwordRegex;
    QString passwordRuleFr;
    QString passwordRuleEn;
    bool cgu = false;
    bool activationAutoLogin = false; // ENT Core's activationAutoLogin: an activation signs the account in
    bool mandatoryMail = false;  // ENT Core's mandatory.mail: the activation form must carry an e-mail address
    bool mandatoryPhone = false; // ENT Core's mandatory.phone: the activation form must carry a mobile number
    bool checkFederatedLogin = false; // ENT Core's check-federated-login: federated accounts have no password use
    bool englishAsEntCore = false;    // [i18n] english=ent-core: the English texts ENT Core lacks answer raw
    QString termsFr; // the terms of use (GET /auth/cgu); "\n" starts a paragraph; empty: a short built-in text
    QString termsEn;
    int maxRetry = 0;
    int banBaseDelayS = 0;
    int banMaxDelayS = 0;
    int lockAfter = 0;          // consecutive failures that lock a login until a new password or staff
    int addressMaxFailures = 0; // failed sign-ins per client address within address_window_s
    int addressWindowS = 0;
    QString addressAllowList; // IP addresses and CIDR ranges, space-separated
    int passwordHistoryLength = 0; // a new password must differ from this many last ones, the current included
    QString loginUri;      // ENT Core's loginUri: the login page of a caller without a session; empty: /auth/login
    QString callbackParam; // ENT Core's callbackParam, with loginUri
    bool loginRedirectPort8009 = false; // web-utils without X-Forwarded-For: the login redirect to <scheme>:8009
    bool xsrfOnAuth = true;             // ENT Core's xsrfOnAuth: XSRF-TOKEN set at sign-in
    bool requirementsRoute = true;      // GET /auth/user/requirements exists (ENT Core 4.7+)
    QStringList mfaTypes;               // ENT Core's mfaConfig.types; empty: no MFA
    QStringList mfaProtectedUrls;       // ENT Core's mfaConfig.protectedUrls

    // [oauth]
    int accessTokenTtlS = 0;
    int refreshTokenTtlS = 0;

    // [recovery]
    int resetCodeLifetimeS = 0;
    int resetCodeMaxTries = 0; // wrong tries (reset/match and reset together) that burn a code
    int recoveryLoginMax = 0;  // forgot-password requests per typed login within the window
    int recoveryLoginWindowS = 0;
    int recoveryAddressMax = 0; // per client address within the window, except the allow-list
    int recoveryAddressWindowS = 0;
    QString recoveryAllowList; // IP addresses and CIDR ranges, space-separated
    int recoveryAccountMax = 0; // reset messages per account within the window, whatever the login's spelling
    int recoveryAccountWindowS = 0;

    // [mailstate] (the recovery e-mail address, GET/PUT/POST /directory/user/mailstate)
    int mailCodeLifetimeS = 0;
    int mailCodeMaxTries = 0;
    int mailWaitS = 0;       // waitInSeconds, a hint to the client
    int mailMaxRequests = 0; // codes asked for (PUT) per account within the window
    int mailWindowS = 0;

    // [mail]
    QString smtpUrl; // smtp://host:port or smtps://host:port; empty: messages are written to `outbox`
    bool smtpStartTls = false;
    QString smtpUsername;
    QString smtpPasswordFile;
    QString smtpPasswordEnv;
    QString smtpCaFile;
    QString mailFrom;
    QString outbox;
    QString productName;
    QString mailSignature;
    int mailRetryBaseS = 0;
    int mailRetryMaxS = 0;
    int mailGiveUpAfterS = 0;
    int mailTimeoutS = 0;

    // [sms]
    QString smsGatewayUrl; // empty: no SMS (GET /auth/password-channels says mobile:false)
    QString smsTokenFile;
    QString smsTokenEnv;

    bool tls() const { return !tlsCert.isEmpty(); }
    bool listensOnLoopback() const;
    bool smsConfigured() const { return !smsGatewayUrl.isEmpty(); }
    bool operator==(const ServerConfig& other) const = default;

    static const QList<ConfigKey>& keys();         // in the order of the template
    static ServerConfig load(const QString& file); // a missing file, or a missing key: the defaults
    static QByteArray templateText(); // every key at its default, with comments; `init` writes it when missing
    static QString keysText();        // the table for people: `leo-ent-server config-keys`
};

} // namespace LeoEnt
