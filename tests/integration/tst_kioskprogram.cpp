// The leo-kiosk program as shipped, on a private keyring (with-keyring.sh): what main() wires at start-up — the
// encrypted local store opened once the window is up, its key created in the keychain, the journal written — read
// back by `leo-kiosk --diagnostics`; and `--hash-admin-pin`.
#include "core/secrets/AdminPin.h"
#include "support/ClosedPort.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

struct Run
{
    int exitCode = -1;
    QString out;
};

Run runToEnd(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(LEOKIOSK_BIN), arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput())};
}

} // namespace

class TestKioskProgram final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // with-keyring.sh gives a throwaway HOME and a Secret Service on a private bus.
        if (!qEnvironmentVariable("HOME").contains(u"leokiosk-keyring"_s))
            QSKIP("needs tests/support/with-keyring.sh as launcher");
        m_config = QDir(qEnvironmentVariable("HOME")).filePath(u"leo-kiosk.conf"_s);
        QFile file(m_config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[General]\nprofile=kiosk\nsite_name=Lycee de test\n");
    }

    void startOpensTheStoreAndJournals()
    {
        const QString ent = closedLocalUrl().toString();
        const QString database = QDir(qEnvironmentVariable("XDG_DATA_HOME"))
                                     .filePath(u"leo-kiosk/leo-kiosk/leo-kiosk.db"_s);
        QVERIFY(!QFile::exists(database));

        // The ENT does not answer: the window opens anyway, the store opens behind it, the journal notes it.
        QProcess kiosk;
        kiosk.setProcessEnvironment(environment());
        kiosk.start(QStringLiteral(LEOKIOSK_BIN), {u"--config"_s, m_config, u"--ent-url"_s, ent});
        QVERIFY(kiosk.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(database), 20000);
        Run diagnostics;
        const auto journalled = [&] {
            diagnostics = runToEnd({u"--diagnostics"_s, u"--config"_s, m_config, u"--ent-url"_s, ent});
            return diagnostics.out.contains(QRegularExpression(u"ent-unreachable\\s+\\S+\\s+[1-9]"_s));
        };
        QVERIFY2(QTest::qWaitFor(journalled, 30000), qPrintable(diagnostics.out));
        QCOMPARE(kiosk.state(), QProcess::Running); // not frozen, not crashed: still there
        kiosk.kill(); // as a power cut would
        QVERIFY(kiosk.waitForFinished());

        diagnostics = runToEnd({u"--diagnostics"_s, u"--config"_s, m_config, u"--ent-url"_s, ent});
        QVERIFY2(diagnostics.out.contains(u"Local database: encrypted file"_s), qPrintable(diagnostics.out));
        QVERIFY2(diagnostics.out.contains(u"Keychain: available"_s), qPrintable(diagnostics.out));
        QVERIFY2(diagnostics.out.contains(QRegularExpression(u"ent-unreachable\\s+\\S+\\s+[1-9]"_s)),
                 qPrintable(diagnostics.out));
        QCOMPARE(diagnostics.exitCode, 3); // the ENT does not answer: EntUnavailable

        // Plain SQLite sees no database in the file.
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.read(16).startsWith("SQLite format 3"));
    }

    void hashAdminPin()
    {
        const Run run = runToEnd({u"--hash-admin-pin"_s}, "246810\n");
        QCOMPARE(run.exitCode, 0);
        const QString hash = run.out.trimmed();
        QVERIFY2(hash.startsWith(u"$argon2id$"_s), qPrintable(hash));
        QVERIFY(AdminPin::hashProblem(hash).isEmpty());
        QVERIFY(!run.out.contains(u"246810"_s));

        AdminPin pin(hash, std::chrono::seconds(60));
        std::optional<AdminPin::Verdict> verdict;
        pin.verify(SecretBytes(u"246810"_s), [&](AdminPin::Verdict v) { verdict = v; });
        QTRY_VERIFY_WITH_TIMEOUT(verdict.has_value(), 20000);
        QCOMPARE(*verdict, AdminPin::Verdict::Accepted);

        QCOMPARE(runToEnd({u"--hash-admin-pin"_s}, "123\n").exitCode, 2); // too short: refused
    }

private:
    QString m_config;
};

QTEST_GUILESS_MAIN(TestKioskProgram)
#include "tst_kioskprogram.moc"
