// --diagnostics' report: sections, exit codes, and a store that is inspected, never changed.
#include "core/diagnostics/Diagnostics.h"
#include "core/storage/LocalStore.h"
#include "support/FakeHttpServer.h"
#include "support/FakeSecretStore.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

using Response = FakeHttpServer::Response;

struct Report
{
    int exitCode = -1;
    QString text;
};

} // namespace

class TestDiagnostics final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir* m_dir = nullptr;
    FakeSecretStore* m_secrets = nullptr;
    FakeHttpServer* m_ent = nullptr;

    LocalStore::Options storeOptions() const
    {
        LocalStore::Options options;
        options.directory = m_dir->path();
        return options;
    }

    Report diagnose(const QMap<QString, QString>& commandLine)
    {
        QString text;
        QTextStream out(&text);
        Diagnostics diagnostics(ConfigLoader::load(commandLine, {}, {}), out, m_secrets, storeOptions());
        QSignalSpy finished(&diagnostics, &Diagnostics::finished);
        diagnostics.run();
        if (finished.isEmpty() && !finished.wait(10000))
            return {};
        return {finished.first().first().toInt(), text};
    }

    QMap<QString, QString> reachableEnt() const { return {{u"ent_url"_s, m_ent->url().toString()}}; }

    // A kiosk that ran: a key, a file and a few journal lines.
    void runTheKiosk()
    {
        LocalStore store(m_secrets, storeOptions());
        QSignalSpy opened(&store, &LocalStore::opened);
        store.open();
        QVERIFY(opened.wait());
        int written = 0;
        const auto count = [&written](qint64) { ++written; };
        store.journal(Journal::Event::SignIn, Journal::Outcome::Success, {}, count);
        store.journal(Journal::Event::SignIn, Journal::Outcome::Success, {}, count);
        store.journal(Journal::Event::SignIn, Journal::Outcome::Refused, {}, count);
        store.journal(Journal::Event::IdleLogout, Journal::Outcome::Success, {}, count);
        QVERIFY(QTest::qWaitFor([&written] { return written == 4; }));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        m_secrets = new FakeSecretStore;
        m_ent = new FakeHttpServer;
        QVERIFY(m_ent->listen());
        m_ent->on("GET", "/auth/context", Response::json(R"({"passwordRegex":"^.{8,}$"})"));
    }

    void cleanup()
    {
        delete m_ent;
        delete m_secrets;
        delete m_dir;
    }

    void reportsEverySection()
    {
        runTheKiosk();
        const Report report = diagnose(reachableEnt());
        QCOMPARE(report.exitCode, int(Diagnostics::Ok));
        const QString& t = report.text;
        QVERIFY2(t.startsWith(u"leo-kiosk " LEOKIOSK_VERSION ""_s), qPrintable(t));
        QVERIFY2(t.contains(QRegularExpression(u"ent_url\\s+= \\S+\\s+\\[command line\\]"_s)), qPrintable(t));
        QVERIFY2(t.contains(QRegularExpression(u"journal_retention_days\\s+= 7\\s+\\[default\\]"_s)), qPrintable(t));
        QVERIFY2(t.contains(u"Keychain: available"_s), qPrintable(t));
        QVERIFY2(t.contains(u"Local database: encrypted file"_s), qPrintable(t));
        QVERIFY2(t.contains(u"file: "_s + QDir::toNativeSeparators(m_dir->filePath(u"leo-kiosk.db"_s))), qPrintable(t));
        QVERIFY2(t.contains(u"schema version: 1"_s), qPrintable(t));
        QVERIFY2(t.contains(u"journal lines: 4"_s), qPrintable(t));
        QVERIFY2(t.contains(u"integrity: ok"_s), qPrintable(t));
        QVERIFY2(t.contains(u"SQLCipher: 4."_s), qPrintable(t));
        QVERIFY2(t.contains(u"answers (HTTP 200)"_s), qPrintable(t));
        QVERIFY2(t.contains(QRegularExpression(u"sign-in\\s+success\\s+2\\n"_s)), qPrintable(t));
        QVERIFY2(t.contains(QRegularExpression(u"sign-in\\s+refused\\s+1\\n"_s)), qPrintable(t));
        QVERIFY2(t.contains(QRegularExpression(u"idle-logout\\s+success\\s+1\\n"_s)), qPrintable(t));
        QVERIFY(t.indexOf(u"Keychain:"_s) < t.indexOf(u"ENT: GET"_s));
        QVERIFY(t.indexOf(u"ENT: GET"_s) < t.indexOf(u"Journal, last 7 days"_s));
    }

    void aFreshMachineIsNoFault()
    {
        const Report report = diagnose(reachableEnt());
        QCOMPARE(report.exitCode, int(Diagnostics::Ok));
        QVERIFY2(report.text.contains(u"not created yet"_s), qPrintable(report.text));
        QVERIFY2(report.text.contains(u"(no event)"_s), qPrintable(report.text));
        QVERIFY(m_secrets->entries().isEmpty()); // inspected: no key created
        QVERIFY(QDir(m_dir->path()).isEmpty());  // nor a file
    }

    void noKeychainIsADegradedStore()
    {
        runTheKiosk();
        m_secrets->setAvailable(false);
        const Report report = diagnose(reachableEnt());
        QCOMPARE(report.exitCode, int(Diagnostics::StorageDegraded));
        QVERIFY2(report.text.contains(u"Keychain: unavailable"_s), qPrintable(report.text));
    }

    void anUnreadableFileIsReportedAndLeftAlone()
    {
        runTheKiosk();
        m_secrets->write(QString::fromLatin1(LocalStore::keyName), QByteArray(32, 'k'), {});
        QVERIFY(QTest::qWaitFor([this] { return m_secrets->operations() > 0; }));
        const Report report = diagnose(reachableEnt());
        QCOMPARE(report.exitCode, int(Diagnostics::StorageDegraded));
        QVERIFY2(report.text.contains(u"unreadable with its source's key"_s), qPrintable(report.text));
        QCOMPARE(QDir(m_dir->path()).entryList({u"*.corrupt-*"_s}).size(), 0);
    }

    void anEntThatDoesNotAnswer()
    {
        runTheKiosk();
        m_ent->setFallback(Response::close());
        m_ent->on("GET", "/auth/context", Response::close());
        const Report report = diagnose(reachableEnt());
        QCOMPARE(report.exitCode, int(Diagnostics::EntUnavailable));
        QVERIFY2(report.text.contains(u"failed"_s), qPrintable(report.text));
        QVERIFY2(report.text.contains(u"Journal, last 7 days"_s), qPrintable(report.text)); // still the whole report
    }

    void anInvalidConfigurationWins()
    {
        m_secrets->setAvailable(false);
        const Report report = diagnose({{u"ent_url"_s, u"http://ent.example.org"_s}, {u"journal_retention_days"_s, u"0"_s}});
        QCOMPARE(report.exitCode, int(Diagnostics::InvalidConfiguration));
        QVERIFY2(report.text.contains(u"error: ent_url"_s), qPrintable(report.text));
        QVERIFY2(report.text.contains(u"error: journal_retention_days"_s), qPrintable(report.text));
        QVERIFY2(report.text.contains(u"ENT: not checked"_s), qPrintable(report.text));
        QVERIFY2(report.text.contains(u"Keychain: unavailable"_s), qPrintable(report.text));
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
