#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace LeoEnt {

// The server's settings, read from an INI file (QSettings IniFormat); the defaults below apply to missing keys.
// Relative paths resolve against the file's folder. load() throws std::runtime_error naming the faulty key.
struct ServerConfig
{
    // [server]
    QString listenAddress = QStringLiteral("127.0.0.1");
    int port = 8090;
    QUrl publicUrl; // empty: derived from the address actually bound
    QString tlsCert;
    QString tlsKey;
    int maxBodyBytes = 65536;
    int threads = 8;

    // [store]
    QString database = QStringLiteral("leo-ent.db");
    QString keyFile = QStringLiteral("leo-ent.key");
    QString keyEnv; // when set, the key comes from this environment variable and key_file is ignored

    // [sessions]
    int idleTimeoutS = 1800;
    int absoluteTimeoutS = 43200;

    // [auth]
    QString passwordRegex = QStringLiteral("(?=.*[A-Za-z])(?=.*[0-9]).{8,}");
    QString passwordRuleFr = QStringLiteral(
        "Votre mot de passe doit contenir au moins 8 caractères, dont au moins une lettre et un chiffre.");
    QString passwordRuleEn = QStringLiteral(
        "Your password must contain at least 8 characters, including at least one letter and one digit.");
    bool cgu = true;
    bool activationAutoLogin = true; // ENT Core's activationAutoLogin: a successful activation signs the account in
    QString termsFr; // the terms of use (GET /auth/cgu); "\n" starts a paragraph; empty: a short built-in text
    QString termsEn;
    int maxRetry = 5;
    int banBaseDelayS = 60;
    int banMaxDelayS = 3600;
    int banWindowS = 900;
    int passwordHistoryLength = 10; // a new password must differ from this many last ones, the current included

    // [oauth]
    int accessTokenTtlS = 3600;

    // [recovery]
    int resetCodeLifetimeS = 3600;
    int resetCodeMaxTries = 5; // wrong tries (reset/match and reset together) that burn a code
    int recoveryLoginMax = 3;  // forgot-password requests per typed login within the window
    int recoveryLoginWindowS = 900;
    int recoveryAddressMax = 200; // per client address within the window, except the allow-list
    int recoveryAddressWindowS = 900;
    QString recoveryAllowList; // IP addresses and CIDR ranges, space-separated

    // [mailstate] (the recovery e-mail address, GET/PUT/POST /directory/user/mailstate)
    int mailCodeLifetimeS = 600;
    int mailCodeMaxTries = 5;
    int mailWaitS = 10;      // waitInSeconds, a hint to the client
    int mailMaxRequests = 5; // codes asked for (PUT) per account within the window
    int mailWindowS = 900;

    // [mail]
    QString smtpUrl; // smtp://host:port or smtps://host:port; empty: messages are written to `outbox`
    bool smtpStartTls = true;
    QString smtpUsername;
    QString smtpPasswordFile;
    QString smtpPasswordEnv;
    QString smtpCaFile;
    QString mailFrom = QStringLiteral("noreply@localhost");
    QString outbox = QStringLiteral("outbox");
    QString productName = QStringLiteral("ENT LEO");
    QString mailSignature = QStringLiteral("ENT LEO");
    int mailRetryBaseS = 5;
    int mailRetryMaxS = 900;
    int mailGiveUpAfterS = 3 * 86400;
    int mailTimeoutS = 30;

    // [sms]
    QString smsGatewayUrl; // empty: no SMS (GET /auth/password-channels says mobile:false)
    QString smsTokenFile;
    QString smsTokenEnv;

    bool tls() const { return !tlsCert.isEmpty(); }
    bool listensOnLoopback() const;
    bool smsConfigured() const { return !smsGatewayUrl.isEmpty(); }

    static ServerConfig load(const QString& file);
    static QByteArray templateText(); // the defaults with comments; `init` writes it when the file is missing
};

} // namespace LeoEnt
