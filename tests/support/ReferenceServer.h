#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>

class QProcess;

namespace LeoKiosk::Test {

// The real leo-ent-server (the project's ENT-compatible auth service) in a temporary folder, for integration
// and GUI tests: writes its configuration, runs its admin commands, starts it on a free loopback port and
// stops it with SIGTERM. Every call waits on the process itself, never for a fixed time. A failed call
// returns false / an empty value and explains itself in lastError().
//
//     ReferenceServer server;
//     server.addAccounts({{u"adele.adams"_s, u"Adèle"_s, u"Adams"_s, ..., "Secret123"}});
//     const QString secret = server.addClient(u"kiosk"_s, u"userinfo auth"_s);
//     const QUrl base = server.start(); // http://127.0.0.1:<port>
class ReferenceServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceServer)

public:
    struct Account
    {
        QString login;
        QString firstName;
        QString lastName;
        QString profile = QStringLiteral("Student"); // Student, Teacher, Personnel, Relative or ELEVE…
        QString school = QStringLiteral("Lycée Jules Verne");
        QString className;
        QString email;
        QString mobile;
        QByteArray password; // empty: the account has no password
    };

    struct Result
    {
        int exitCode = -1; // -1: crashed or timed out
        QByteArray out;
        QByteArray err;

        bool ok() const { return exitCode == 0; }
    };

    explicit ReferenceServer(QObject* parent = nullptr);
    ~ReferenceServer() override; // stops the server

    // Any key of the INI file, e.g. setConfig("auth", "max_retry", 3). Applies to the commands run afterwards
    // and to the next start(). Defaults: listen on 127.0.0.1, port 0 (a free port), store in the temporary folder.
    void setConfig(const QString& group, const QString& key, const QVariant& value);

    bool init(); // runs `init` once; the calls below do it when needed
    // `leo-ent-server --config <file> <arguments>`, with `input` on its standard input.
    Result run(const QStringList& arguments, const QByteArray& input = {}, int timeoutMs = 60000);

    bool addAccounts(const QList<Account>& accounts); // `users import` + `users set-password` for each password
    bool addAccount(const Account& account) { return addAccounts({account}); }
    QString addClient(const QString& id, const QString& scope, const QString& grantTypes = {}); // the secret
    bool setBlocked(const QString& login, bool blocked);
    // `users set-flag`: "force-change" or "revalidate-terms" (GET /auth/user/requirements).
    bool setFlag(const QString& login, const QString& flag, bool on);
    // `users set-activation-code`: a new activation code for an account without a password (the code, as printed:
    // xxxx-xxxx), or an empty string.
    QString newActivationCode(const QString& login);

    QUrl start(int timeoutMs = 30000); // the base URL once it listens; an empty URL on failure
    int stop(int timeoutMs = 10000);   // SIGTERM, then the exit code (-1: not running, crashed, or killed)
    bool isRunning() const;
    qint64 residentKiB() const; // the serving process's resident memory (VmRSS), -1 when not running
    QUrl url() const { return m_url; }

    QString directory() const { return m_dir.path(); }
    QString configFile() const;
    QString log() const; // the server's standard error: start-up errors and the request log
    QString lastError() const { return m_lastError; }

private:
    bool writeConfig();
    bool failed(const QString& what);
    bool failed(const QString& what, const Result& result);

    QTemporaryDir m_dir;
    QMap<QString, QVariant> m_config;
    bool m_initialised = false;
    QProcess* m_server = nullptr;
    QUrl m_url;
    QString m_lastError;
};

} // namespace LeoKiosk::Test
