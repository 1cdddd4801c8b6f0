#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

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
    int maxRetry = 5;
    int banBaseDelayS = 60;
    int banMaxDelayS = 3600;
    int banWindowS = 900;

    // [oauth]
    int accessTokenTtlS = 3600;

    bool tls() const { return !tlsCert.isEmpty(); }
    bool listensOnLoopback() const;

    static ServerConfig load(const QString& file);
    static QByteArray templateText(); // the defaults with comments; `init` writes it when the file is missing
};
