// The leo-kiosk program as shipped, on a private keyring (with-keyring.sh): what main() wires at start-up — the
// encrypted local store opened once the window is up, its key from a systemd credential in the kiosk profile (which
// never calls the keychain) and created in the unlocked keychain in the desktop profile, the journal written — read
// back by `leo-kiosk --diagnostics`, which names the key's source; and `--hash-admin-pin`.
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

// Per test row: its own data folder, and the systemd credentials folder when there is one.
QString dataHome;
QString credentialsDirectory;

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    if (!dataHome.isEmpty())
        env.insert(u"XDG_DATA_HOME"_s, dataHome);
    if (credentialsDirectory.isEmpty())
        env.remove(u"CREDENTIALS_DIRECTORY"_s);
    else
        env.insert(u"CREDENTIALS_DIRECTORY"_s, credentialsDirectory);
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
        file.write("[General]\nsite_name=Lycee de test\n");
    }

    void cleanup()
    {
        dataHome.clear();
        credentialsDirectory.clear();
    }

    void startOpensTheStoreAndJournals_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("credential");
        QTest::addColumn<QString>("keySource");
        QTest::addColumn<QString>("keychain");
        QTest::newRow("kiosk, systemd credential") << u"kiosk"_s << true << u"Database key: systemd credential"_s
                                                   << u"Keychain: not used"_s;
        QTest::newRow("desktop, unlocked keychain") << u"desktop"_s << false << u"Database key: keychain"_s
                                                    << u"Keychain: available"_s;
    }

    void startOpensTheStoreAndJournals()
    {
        QFETCH(QString, profile);
        QFETCH(bool, credential);
        QFETCH(QString, keySource);
        QFETCH(QString, keychain);
        const QDir home(qEnvironmentVariable("HOME"));
        dataHome = home.filePath(profile + u"-data"_s);
        if (credential) {
            // What systemd hands the service for LoadCredentialEncrypted=leo-kiosk-database-key:…, decrypted.
            credentialsDirectory = home.filePath(u"credentials"_s);
            QVERIFY(QDir().mkpath(credentialsDirectory));
            QFile key(QDir(credentialsDirectory).filePath(u"leo-kiosk-database-key"_s));
            QVERIFY(key.open(QIODevice::WriteOnly));
            key.write("5f4dcc3b5aa765d61d8327deb882cf995f4dcc3b5aa765d61d8327deb882cf99\n");
            key.close();
            QVERIFY(key.setPermissions(QFile::ReadOwner));
        }
        const QString ent = closedLocalUrl().toString();
        const QString database = QDir(dataHome).filePath(u"leo-kiosk/leo-kiosk/leo-kiosk.db"_s);
        QVERIFY(!QFile::exists(database));

        // The ENT does not answer: the window opens anyway, the store opens behind it, the journal notes it.
        QProcess kiosk;
        kiosk.setProcessEnvironment(environment());
        kiosk.start(QStringLiteral(LEOKIOSK_BIN),
                    {u"--config"_s, m_config, u"--profile"_s, profile, u"--ent-url"_s, ent});
        QVERIFY(kiosk.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(database), 20000);
        Run diagnostics;
        const auto journalled = [&] {
            diagnostics = runToEnd({u"--diagnostics"_s, u"--config"_s, m_config, u"--profile"_s, profile,
                                    u"--ent-url"_s, ent});
            return diagnostics.out.contains(QRegularExpression(u"ent-unreachable\\s+\\S+\\s+[1-9]"_s));
        };
        QVERIFY2(QTest::qWaitFor(journalled, 30000), qPrintable(diagnostics.out));
        QCOMPARE(kiosk.state(), QProcess::Running); // not frozen, not crashed: still there
        kiosk.kill(); // as a power cut would
        QVERIFY(kiosk.waitForFinished());

        diagnostics = runToEnd(
            {u"--diagnostics"_s, u"--config"_s, m_config, u"--profile"_s, profile, u"--ent-url"_s, ent});
        QVERIFY2(diagnostics.out.contains(u"Local database: encrypted file"_s), qPrintable(diagnostics.out));
        QVERIFY2(diagnostics.out.contains(keychain), qPrintable(diagnostics.out));
        QVERIFY2(diagnostics.out.contains(keySource), qPrintable(diagnostics.out));
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
