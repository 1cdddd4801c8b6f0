// The local store with the real keychain (a throwaway gnome-keyring: run through tests/support/with-keyring.sh):
// the key lives in the keychain and nowhere else, the file cannot be read without it (sqlcipher and sqlite3 CLIs),
// and a process killed with SIGKILL while journalling leaves a sound database holding every committed line.
#include "core/secrets/SecretStore.h"
#include "core/storage/LocalStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace LeoKiosk;

using namespace Qt::StringLiterals;

namespace {

const QString keyEntry = QString::fromLatin1(LocalStore::keyName);

struct Run
{
    int exitCode = -1;
    QByteArray out; // standard output and error together
};

Run run(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
}

// What the sqlcipher shell prints for `sql` after keying the file with `key` (empty: no key, plain SQLite).
Run sqlcipherShell(const QString& file, const QByteArray& key, const QByteArray& sql)
{
    QByteArray script;
    if (!key.isEmpty())
        script += "PRAGMA key = \"x'" + key.toHex() + "'\";\n";
    script += sql + '\n';
    return run(u"/usr/bin/sqlcipher"_s, {u"-batch"_s, u"-bail"_s, file}, script);
}

QByteArray readKey()
{
    KeychainSecretStore keychain;
    std::optional<QByteArray> key;
    keychain.read(keyEntry, [&key](SecretStore::Status status, const QByteArray& value) {
        key = status == SecretStore::Status::Ok ? value : QByteArray();
    });
    if (!QTest::qWaitFor([&key] { return key.has_value(); }, 10000))
        return {};
    return *key;
}

// Every byte under `folder`: the database, its -wal and -shm, anything else the store may have left.
QByteArray everyFileIn(const QString& folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

bool openAndWait(LocalStore& store)
{
    QSignalSpy opened(&store, &LocalStore::opened);
    store.open();
    return opened.wait(15000);
}

template <typename T, typename Ask> T answerOf(Ask ask)
{
    std::optional<T> value;
    ask([&value](const T& v) { value = v; });
    if (!QTest::qWaitFor([&value] { return value.has_value(); }, 15000))
        qWarning("no answer from the store");
    return value.value_or(T{});
}

} // namespace

class TestLocalStoreKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run through tests/support/with-keyring.sh");
    }

    void init()
    {
        KeychainSecretStore keychain;
        bool removed = false;
        keychain.remove(keyEntry, [&removed](SecretStore::Status) { removed = true; });
        QVERIFY(QTest::qWaitFor([&removed] { return removed; }, 10000));
    }

    void theKeyIsInTheKeychainOnly()
    {
        QTemporaryDir dir;
        LocalStore::Options options;
        options.directory = dir.path();
        auto store = std::make_unique<LocalStore>(new KeychainSecretStore(u"leo-kiosk"_s, this), options);
        QVERIFY(openAndWait(*store));
        QCOMPARE(store->mode(), LocalStore::Mode::Persistent);
        QCOMPARE(store->keychainState(), LocalStore::KeychainState::Available);
        int written = 0;
        for (int i = 0; i < 20; ++i)
            store->journal(Journal::Event::SignIn, Journal::Outcome::Success, {}, [&written](qint64) { ++written; });
        QVERIFY(QTest::qWaitFor([&written] { return written == 20; }, 15000));

        const QByteArray key = readKey();
        QCOMPARE(key.size(), 32);
        const auto keyNowhereIn = [&key](const QByteArray& files) {
            return !files.isEmpty() && !files.contains(key) && !files.contains(key.toHex()) &&
                   !files.contains(key.toHex().toUpper()) && !files.contains(key.toBase64());
        };
        QVERIFY(keyNowhereIn(everyFileIn(dir.path()))); // open: the -wal holds the latest pages
        const QString file = store->path();
        store.reset();
        QVERIFY(keyNowhereIn(everyFileIn(dir.path())));

        // The keychain holds exactly that key under the app's name: it opens the file in SQLCipher's own shell.
        const Run withKey = sqlcipherShell(file, key, "SELECT count(*) FROM journal;");
        QVERIFY2(withKey.exitCode == 0 && withKey.out.trimmed().endsWith("20"), withKey.out.constData());
        const Run listing = run(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"--unlock"_s, u"server"_s, u"leo-kiosk"_s});
        QVERIFY2(listing.out.contains("attribute.user = leo-kiosk/local-database-key"), listing.out.constData());
    }

    void theFileIsUnreadableWithoutTheKey()
    {
        QTemporaryDir dir;
        LocalStore::Options options;
        options.directory = dir.path();
        QString file;
        {
            LocalStore store(new KeychainSecretStore(u"leo-kiosk"_s, this), options);
            QVERIFY(openAndWait(store));
            QCOMPARE(store.mode(), LocalStore::Mode::Persistent);
            file = store.path();
            bool written = false;
            store.journal(Journal::Event::SignOut, Journal::Outcome::Success, {}, [&written](qint64) { written = true; });
            QVERIFY(QTest::qWaitFor([&written] { return written; }, 15000));
        }
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.read(16).startsWith("SQLite format 3"));
        raw.close();

        QByteArray wrongKey = readKey();
        wrongKey[0] = char(wrongKey[0] ^ 0x01);
        const Run wrong = sqlcipherShell(file, wrongKey, "SELECT count(*) FROM journal;");
        QVERIFY2(wrong.out.contains("file is not a database"), wrong.out.constData());
        QVERIFY(!wrong.out.contains("sign-out"));

        const Run noKey = sqlcipherShell(file, {}, "SELECT * FROM journal;");
        QVERIFY2(noKey.out.contains("file is not a database"), noKey.out.constData());

        const Run sqlite = run(u"/usr/bin/sqlite3"_s, {u"-batch"_s, file, u"SELECT * FROM journal;"_s});
        QVERIFY(sqlite.exitCode != 0);
        QVERIFY2(sqlite.out.contains("file is not a database"), sqlite.out.constData());
    }

    // SIGKILL in the middle of journal writes, several times over; each reopening finds a sound file that
    // holds every line the killed process had been told was committed.
    void survivesSigkillWhileJournalling()
    {
        QTemporaryDir dir;
        QList<qint64> committed;
        for (int round = 0; round < 8; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QStringLiteral(LEOKIOSK_JOURNAL_WRITER), {dir.path()});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            const int killAfter = 20 + int(QRandomGenerator::global()->bounded(200));
            QByteArray buffer;
            int seen = 0;
            while (seen < killAfter) {
                QVERIFY2(writer.waitForReadyRead(15000), qPrintable(u"round %1: "_s.arg(round) +
                                                                    QString::fromUtf8(writer.readAllStandardError())));
                buffer += writer.readAllStandardOutput();
                QVERIFY2(!buffer.startsWith("mode"), buffer.constData());
                seen = int(buffer.count('\n'));
            }
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            buffer += writer.readAllStandardOutput();
            for (const QByteArray& line : buffer.split('\n')) {
                if (line.startsWith("committed "))
                    committed.append(line.mid(10).toLongLong());
            }

            LocalStore::Options options;
            options.directory = dir.path();
            LocalStore store(new KeychainSecretStore(u"leo-kiosk"_s, this), options);
            QVERIFY(openAndWait(store));
            QCOMPARE(store.mode(), LocalStore::Mode::Persistent);
            QCOMPARE(QDir(dir.path()).entryList({u"*.corrupt-*"_s}), QStringList()); // nothing was moved aside
            const LocalStore::Status status = answerOf<LocalStore::Status>([&store](auto done) { store.status(done); });
            QCOMPARE(status.integrity, u"ok"_s);
            QSet<qint64> present;
            for (const Journal::Entry& entry :
                 answerOf<QList<Journal::Entry>>([&store](auto done) { store.entries(done); }))
                present.insert(entry.id);
            for (const qint64 id : std::as_const(committed))
                QVERIFY2(present.contains(id), qPrintable(u"line %1 was committed, then lost"_s.arg(id)));
            QVERIFY(status.journalEntries >= committed.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalStoreKeychain)
#include "tst_localstore_keychain.moc"
