// `leo-kiosk --check-config`, run as IT runs it (the installed binary, no display) against the real server.
#include "support/ReferenceServer.h"

#include <QProcess>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

Run checkConfig(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // it must not need one
    env.insert(u"XDG_CONFIG_HOME"_s, u"/nonexistent"_s); // no user settings leak in
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LEOKIOSK_BIN), QStringList{u"--check-config"_s} + arguments);
    if (!input.isEmpty() && process.waitForStarted(10000)) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput())};
}

QString testData(const QString& name)
{
    return QStringLiteral(LEOKIOSK_TEST_DATA_DIR "/") + name;
}

} // namespace

class TestCheckConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsEachValueWithItsSourceAndAnAnsweringEnt()
    {
        ReferenceServer server;
        const QUrl url = server.start();
        QVERIFY2(url.isValid(), qPrintable(server.lastError()));
        QTemporaryDir dir;
        QFile file(dir.filePath(u"leo-kiosk.conf"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[General]\nsite_name=Lycee Jules Verne\nprofile=desktop\n");
        file.close();

        const Run run = checkConfig({u"--config"_s, file.fileName(), u"--ent-url"_s, url.toString()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QRegularExpression(u"ent_url\\s+= \\S+\\s+\\[command line\\]"_s)), qPrintable(run.out));
        QVERIFY2(run.out.contains(QRegularExpression(u"profile\\s+= desktop\\s+\\[system:"_s)), qPrintable(run.out));
        QVERIFY2(run.out.contains(QRegularExpression(u"request_timeout\\s+= 10000\\s+\\[default\\]"_s)),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"answers (HTTP 200)"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"passwordRegex"_s), qPrintable(run.out));
    }

    void namesEveryRefusedValue()
    {
        const Run run = checkConfig({u"--ent-url"_s, u"http://ent.example.org"_s, u"--profile"_s, u"arcade"_s,
                                     u"--request-timeout"_s, u"soon"_s});
        QCOMPARE(run.exitCode, 2);
        for (const QString& key : {u"ent_url"_s, u"profile"_s, u"request_timeout"_s})
            QVERIFY2(run.out.contains(u"error: "_s + key), qPrintable(run.out));
    }

    // ENT protocol §17 item 10: without the whole word auth, no /auth/ route but userinfo takes the token.
    void refusesAScopeWithoutUserinfoOrAuth()
    {
        const Run run = checkConfig({u"--ent-url"_s, u"http://127.0.0.1:9"_s, u"--oauth-client-id"_s, u"kiosk"_s,
                                     u"--oauth-client-secret"_s, u"s3cret"_s, u"--oauth-scope"_s, u"userinfo directory"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains(u"error: oauth_scope: must include auth"_s), qPrintable(run.out));
        const Run noUserinfo = checkConfig({u"--ent-url"_s, u"http://127.0.0.1:9"_s, u"--oauth-client-id"_s,
                                            u"kiosk"_s, u"--oauth-client-secret"_s, u"s3cret"_s, u"--oauth-scope"_s,
                                            u"auth"_s});
        QCOMPARE(noUserinfo.exitCode, 2);
        QVERIFY2(noUserinfo.out.contains(u"error: oauth_scope: must include userinfo"_s), qPrintable(noUserinfo.out));
    }

    // The client id and secret are proved against the ENT without any account; a wrong secret is named.
    void provesTheOAuthClient()
    {
        ReferenceServer server;
        const QString secret = server.addClient(u"kiosk"_s, u"userinfo auth directory"_s);
        QVERIFY2(!secret.isEmpty(), qPrintable(server.lastError()));
        const QUrl url = server.start();
        QVERIFY2(url.isValid(), qPrintable(server.lastError()));
        const QStringList client{u"--ent-url"_s, url.toString(), u"--oauth-client-id"_s, u"kiosk"_s};

        const Run accepted = checkConfig(client + QStringList{u"--oauth-client-secret"_s, secret});
        QCOMPARE(accepted.exitCode, 0);
        QVERIFY2(accepted.out.contains(u"OAuth client kiosk: "_s) && accepted.out.contains(u"id and secret accepted"_s),
                 qPrintable(accepted.out));
        QVERIFY2(accepted.out.contains(u"not proved; give a test account with --check-account"_s),
                 qPrintable(accepted.out));

        const Run refused = checkConfig(client + QStringList{u"--oauth-client-secret"_s, u"not-the-secret"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.out.contains(u"refused (invalid_client)"_s), qPrintable(refused.out));
    }

    // With a test account each scope is proved: a client registered without auth and directory has them named, one
    // registered with all three is proved route by route.
    void provesEachScopeWithATestAccount()
    {
        ReferenceServer server;
        ReferenceServer::Account it;
        it.login = u"test.it"_s;
        it.firstName = u"Test"_s;
        it.lastName = u"IT"_s;
        it.profile = u"Personnel"_s;
        it.password = "Verif2024+borne";
        QVERIFY2(server.addAccount(it), qPrintable(server.lastError()));
        const QString narrow = server.addClient(u"narrow"_s, u"userinfo"_s);
        const QString full = server.addClient(u"kiosk"_s, u"userinfo auth directory"_s);
        QVERIFY2(!narrow.isEmpty() && !full.isEmpty(), qPrintable(server.lastError()));
        const QUrl url = server.start();
        QVERIFY2(url.isValid(), qPrintable(server.lastError()));

        const Run missing = checkConfig({u"--ent-url"_s, url.toString(), u"--oauth-client-id"_s, u"narrow"_s,
                                         u"--oauth-client-secret"_s, narrow, u"--check-account"_s, u"test.it"_s},
                                        "Verif2024+borne\n");
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.out.contains(u"refused (invalid_grant): a scope is not registered for this client"_s),
                 qPrintable(missing.out));
        QVERIFY2(missing.out.contains(u"    userinfo: registered\n"_s), qPrintable(missing.out));
        QVERIFY2(missing.out.contains(u"    auth: NOT registered for this client"_s), qPrintable(missing.out));
        QVERIFY2(missing.out.contains(u"    directory: NOT registered for this client"_s), qPrintable(missing.out));

        const Run proved = checkConfig({u"--ent-url"_s, url.toString(), u"--oauth-client-id"_s, u"kiosk"_s,
                                        u"--oauth-client-secret"_s, full, u"--check-account"_s, u"test.it"_s},
                                       "Verif2024+borne\n");
        QCOMPARE(proved.exitCode, 0);
        for (const QString& line : {u"    userinfo: GET /auth/oauth2/userinfo answers"_s,
                                    u"    auth: GET /auth/user/requirements answers"_s,
                                    u"    directory: GET /directory/user/mailstate answers"_s})
            QVERIFY2(proved.out.contains(line), qPrintable(proved.out));
        QVERIFY(!proved.out.contains(u"Verif2024"_s));
    }

    void verifiesTlsWithTheConfiguredCa()
    {
        ReferenceServer server;
        server.setConfig(u"server"_s, u"tls_cert"_s, testData(u"selfsigned.pem"_s));
        server.setConfig(u"server"_s, u"tls_key"_s, testData(u"selfsigned.key"_s));
        const QUrl url = server.start();
        QVERIFY2(url.scheme() == u"https"_s, qPrintable(server.lastError()));

        const Run untrusted = checkConfig({u"--ent-url"_s, url.toString()});
        QCOMPARE(untrusted.exitCode, 3);
        QVERIFY2(untrusted.out.contains(u"not secure"_s), qPrintable(untrusted.out));

        const Run trusted = checkConfig({u"--ent-url"_s, url.toString(), u"--ca-bundle"_s, testData(u"selfsigned.pem"_s)});
        QCOMPARE(trusted.exitCode, 0);
        QVERIFY2(trusted.out.contains(u"certificate verified"_s), qPrintable(trusted.out));
    }
};

QTEST_GUILESS_MAIN(TestCheckConfig)
#include "tst_checkconfig.moc"
