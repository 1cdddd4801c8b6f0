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

Run checkConfig(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // it must not need one
    env.insert(u"XDG_CONFIG_HOME"_s, u"/nonexistent"_s); // no user settings leak in
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LEOKIOSK_BIN), QStringList{u"--check-config"_s} + arguments);
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
