// The encrypted local store with a FakeSecretStore: key creation, migrations, the journal and its purge, the
// in-memory fallback, and the recovery from a wrong key or a damaged file.
#include "core/session/AuthContextCache.h"
#include "core/storage/LocalDatabase.h"
#include "core/storage/LocalStore.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/Error.h"
#include "support/FakeSecretStore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Journal::Event;
using Journal::Outcome;

namespace {

const QString keyEntry = QString::fromLatin1(LocalStore::keyName);

// The journal takes the vocabulary, and nothing a pupil could have typed.
template <typename T>
concept Journalable = requires(LocalStore& store, T value) { store.journal(value, Outcome::Success); };
static_assert(Journalable<Event>);
static_assert(!Journalable<QString>);
static_assert(!Journalable<const char*>);
static_assert(!Journalable<int>);

// A keychain that never answers (a GTK prompt nobody sees, a hung D-Bus call).
class SilentSecretStore final : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString&, ReadCallback) override {}
    void write(const QString&, const QByteArray&, WriteCallback) override {}
    void remove(const QString&, WriteCallback) override {}
};

template <typename T, typename Ask> T answerOf(Ask ask)
{
    std::optional<T> value;
    ask([&value](const T& v) { value = v; });
    if (!QTest::qWaitFor([&value] { return value.has_value(); }, 10000))
        qWarning("no answer from the store");
    return value.value_or(T{});
}

bool openAndWait(LocalStore& store)
{
    QSignalSpy opened(&store, &LocalStore::opened);
    store.open();
    return opened.count() == 1 || opened.wait(10000);
}

QStringList corruptCopies(const QString& directory)
{
    return QDir(directory).entryList({u"*.corrupt-*"_s}, QDir::Files);
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

} // namespace

class TestLocalStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir* m_dir = nullptr;
    FakeSecretStore* m_secrets = nullptr;
    QDateTime m_now;

    LocalStore::Options options(int retentionDays = 7)
    {
        LocalStore::Options options;
        options.directory = m_dir->path();
        options.retentionDays = retentionDays;
        options.now = [this] { return m_now; };
        return options;
    }

    QString databaseFile() const { return m_dir->filePath(QString::fromLatin1(LocalStore::fileName)); }

    QList<Journal::Entry> entries(LocalStore& store)
    {
        return answerOf<QList<Journal::Entry>>([&store](auto done) { store.entries(done); });
    }

    qint64 journalAndWait(LocalStore& store, Event event, Outcome outcome, std::chrono::milliseconds duration = {})
    {
        std::optional<qint64> id;
        store.journal(event, outcome, duration, [&id](qint64 committed) { id = committed; });
        if (!QTest::qWaitFor([&id] { return id.has_value(); }, 10000))
            return -1;
        return *id;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        m_secrets = new FakeSecretStore;
        m_now = QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
    }

    void cleanup()
    {
        delete m_secrets;
        delete m_dir;
    }

    void createsTheKeyOnFirstRunAndKeepsTheDataAcrossRuns()
    {
        {
            LocalStore store(m_secrets, options());
            QCOMPARE(store.mode(), LocalStore::Mode::Closed);
            QVERIFY(openAndWait(store));
            QCOMPARE(store.mode(), LocalStore::Mode::Persistent);
            QCOMPARE(store.keychainState(), LocalStore::KeychainState::Available);
            QCOMPARE(store.path(), databaseFile());
            QVERIFY(journalAndWait(store, Event::SignIn, Outcome::Success, 850ms) > 0);
        }
        const QByteArray key = m_secrets->entries().value(keyEntry);
        QCOMPARE(key.size(), SqlCipher::Database::KeySize);

        QFile file(databaseFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains(key));
        QVERIFY(!bytes.contains(key.toHex()));
        QVERIFY(!bytes.contains("sign-in"));
        QCOMPARE(QFileInfo(databaseFile()).permissions() & 0x0777, QFile::ReadUser | QFile::WriteUser);
        QCOMPARE(QFileInfo(m_dir->path()).permissions() & 0x0777,
                 QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);

        LocalStore again(m_secrets, options());
        QVERIFY(openAndWait(again));
        QCOMPARE(again.mode(), LocalStore::Mode::Persistent);
        QCOMPARE(m_secrets->entries().value(keyEntry), key); // read, not replaced
        const QList<Journal::Entry> lines = entries(again);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().event, Event::SignIn);
        QCOMPARE(lines.first().outcome, Outcome::Success);
        QCOMPARE(lines.first().durationMs, 850);
        QCOMPARE(lines.first().time, m_now);
        QVERIFY(corruptCopies(m_dir->path()).isEmpty());
    }

    void workAskedBeforeOpeningWaitsForIt()
    {
        LocalStore store(m_secrets, options());
        std::optional<qint64> id;
        store.journal(Event::ForgotPassword, Outcome::Success, 0ms, [&id](qint64 committed) { id = committed; });
        QVERIFY(openAndWait(store));
        QVERIFY(QTest::qWaitFor([&id] { return id.has_value(); }, 10000));
        QCOMPARE(entries(store).size(), 1);
    }

    void answersComeOnTheStoresThread()
    {
        LocalStore store(m_secrets, options());
        QVERIFY(openAndWait(store));
        QThread* answeredOn = nullptr;
        store.journal(Event::SignOut, Outcome::Success, 0ms, [&answeredOn](qint64) {
            answeredOn = QThread::currentThread();
        });
        QVERIFY(QTest::qWaitFor([&answeredOn] { return answeredOn != nullptr; }, 10000));
        QCOMPARE(answeredOn, QThread::currentThread());
    }

    void migratesAnEmptyDatabase()
    {
        const QByteArray key = randomBytes(SqlCipher::Database::KeySize);
        {
            SqlCipher::Database empty(databaseFile(), key);
            QCOMPARE(empty.userVersion(), 0);
        }
        m_secrets->write(keyEntry, key, {});
        QVERIFY(QTest::qWaitFor([this] { return m_secrets->entries().contains(keyEntry); }));

        LocalStore store(m_secrets, options());
        QVERIFY(openAndWait(store));
        QCOMPARE(store.mode(), LocalStore::Mode::Persistent);
        const LocalStore::Status status = answerOf<LocalStore::Status>([&store](auto done) { store.status(done); });
        QCOMPARE(status.schemaVersion, LocalDatabase::schemaVersion());
        QCOMPARE(status.integrity, u"ok"_s);
        QCOMPARE(status.journalEntries, 0);
        QVERIFY(corruptCopies(m_dir->path()).isEmpty()); // migrated in place
    }

    void aDatabaseFromANewerProgramIsMovedAside()
    {
        const QByteArray key = randomBytes(SqlCipher::Database::KeySize);
        {
            SqlCipher::Database newer(databaseFile(), key);
            newer.execute("PRAGMA user_version = 99");
        }
        m_secrets->write(keyEntry, key, {});
        QVERIFY(QTest::qWaitFor([this] { return m_secrets->entries().contains(keyEntry); }));

        LocalStore store(m_secrets, options());
        QVERIFY(openAndWait(store));
        QCOMPARE(store.mode(), LocalStore::Mode::Persistent);
        QCOMPARE(corruptCopies(m_dir->path()).size(), 1);
        QVERIFY2(store.detail().contains(u"moved aside"_s), qPrintable(store.detail()));
        const LocalStore::Status status = answerOf<LocalStore::Status>([&store](auto done) { store.status(done); });
        QCOMPARE(status.schemaVersion, LocalDatabase::schemaVersion());
    }

    void journalLinesOlderThanTheRetentionArePurged()
    {
        LocalStore store(m_secrets, options(7));
        QVERIFY(openAndWait(store));
        const QDateTime start = m_now;
        journalAndWait(store, Event::SignIn, Outcome::Refused);
        m_now = start.addDays(2);
        journalAndWait(store, Event::SignIn, Outcome::Success);
        journalAndWait(store, Event::IdleLogout, Outcome::Success);
        m_now = start.addDays(7).addSecs(60); // the first line is now older than 7 days
        journalAndWait(store, Event::SignIn, Outcome::Success);

        const QList<Journal::Entry> kept = entries(store);
        QCOMPARE(kept.size(), 3);
        QVERIFY(kept.first().time == start.addDays(2));

        const auto counts = answerOf<QList<Journal::Count>>([&store](auto done) { store.counts(7, done); });
        QCOMPARE(counts.size(), 2);
        for (const Journal::Count& count : counts) {
            if (count.event == Event::SignIn) {
                QCOMPARE(count.outcome, Outcome::Success);
                QCOMPARE(count.count, 2);
            } else {
                QCOMPARE(count.event, Event::IdleLogout);
                QCOMPARE(count.count, 1);
            }
        }
        const auto lastDay = answerOf<QList<Journal::Count>>([&store](auto done) { store.counts(1, done); });
        QCOMPARE(lastDay.size(), 1);
        QCOMPARE(lastDay.first().count, 1);
    }

    void retentionIsConfigurableAndAppliedWhenOpening()
    {
        {
            LocalStore store(m_secrets, options(30));
            QVERIFY(openAndWait(store));
            journalAndWait(store, Event::SignIn, Outcome::Success);
            m_now = m_now.addDays(3);
            journalAndWait(store, Event::SignOut, Outcome::Success);
        }
        m_now = m_now.addDays(1).addSecs(1); // 4 days after the first line, 1 day after the second
        LocalStore store(m_secrets, options(2));
        QVERIFY(openAndWait(store));
        const QList<Journal::Entry> kept = entries(store);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().event, Event::SignOut);
    }

    void theVocabularyIsTheOnlyThingStored_data()
    {
        QTest::addColumn<QString>("event");
        QTest::newRow("identifier") << u"jean.dupont"_s;
        QTest::newRow("e-mail") << u"jean.dupont@example.org"_s;
        QTest::newRow("address") << u"192.0.2.10"_s;
        QTest::newRow("sentence") << u"Jean a oublie son mot de passe"_s;
        QTest::newRow("too long") << QString(40, u'a');
    }

    void theVocabularyIsTheOnlyThingStored()
    {
        QFETCH(QString, event);
        for (int i = 0; i < QMetaEnum::fromType<Event>().keyCount(); ++i) {
            const QString name = Journal::name(Event(QMetaEnum::fromType<Event>().value(i)));
            QVERIFY2(QRegularExpression(u"^[a-z]+(-[a-z]+)*$"_s).match(name).hasMatch(), qPrintable(name));
            QCOMPARE(Journal::eventNamed(name), Event(QMetaEnum::fromType<Event>().value(i)));
        }
        QCOMPARE(Journal::name(Event::IdleLogout), u"idle-logout"_s);
        QCOMPARE(Journal::name(Outcome::ServerError), u"server-error"_s);
        QCOMPARE(Journal::outcomeOf(EntStatus::AuthenticationFailed), Outcome::Refused);
        QCOMPARE(Journal::outcomeOf(EntStatus::Timeout), Outcome::Unreachable);

        // Even a writer that went round the API meets the schema's CHECKs.
        { // creates the file and the key
            LocalStore store(m_secrets, options());
            QVERIFY(openAndWait(store));
        }
        SqlCipher::Database raw(databaseFile(), m_secrets->entries().value(keyEntry));
        auto insert = raw.prepare("INSERT INTO journal (event, outcome, duration_ms, at) VALUES (?1, 'success', 0, 0)");
        insert.bindText(1, event);
        QVERIFY_THROWS_EXCEPTION(SqlCipher::Error, insert.run());
    }

    void withoutAKeychainTheStoreRunsInMemory()
    {
        m_secrets->setAvailable(false);
        LocalStore store(m_secrets, options());
        QVERIFY(openAndWait(store));
        QCOMPARE(store.mode(), LocalStore::Mode::InMemoryNoKeychain);
        QCOMPARE(store.keychainState(), LocalStore::KeychainState::Unavailable);
        QVERIFY(store.path().isEmpty());
        QVERIFY(journalAndWait(store, Event::SignIn, Outcome::Success) > 0);
        QCOMPARE(entries(store).size(), 1);
        QVERIFY(QDir(m_dir->path()).isEmpty()); // not a byte on disk
        QVERIFY(m_secrets->entries().isEmpty());
    }

    void aKeychainThatNeverAnswersMeansNone()
    {
        SilentSecretStore silent;
        LocalStore::Options slow = options();
        slow.keychainTimeout = 50ms;
        LocalStore store(&silent, slow);
        QVERIFY(openAndWait(store));
        QCOMPARE(store.mode(), LocalStore::Mode::InMemoryNoKeychain);
        QVERIFY2(store.keychainDetail().contains(u"no answer"_s), qPrintable(store.keychainDetail()));
        QVERIFY(journalAndWait(store, Event::SignIn, Outcome::Success) > 0);
    }

    void aDamagedFileIsMovedAsideAndReplaced()
    {
        {
            LocalStore store(m_secrets, options());
            QVERIFY(openAndWait(store));
            journalAndWait(store, Event::SignIn, Outcome::Success);
        }
        QFile file(databaseFile());
        QVERIFY(file.size() > 8192);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(4096 + 200); // inside page 2: its HMAC no longer matches
        file.write(randomBytes(16));
        file.close();

        LocalStore store(m_secrets, options());
        QVERIFY(openAndWait(store));
        QCOMPARE(store.mode(), LocalStore::Mode::Persistent);
        QCOMPARE(corruptCopies(m_dir->path()).size(), 1);
        QVERIFY(corruptCopies(m_dir->path()).first().startsWith(u"leo-kiosk.db.corrupt-20260901-080000"_s));
        QVERIFY(entries(store).isEmpty());
        QVERIFY(journalAndWait(store, Event::SignIn, Outcome::Success) > 0);
    }

    void aFileThatIsNoDatabaseIsMovedAside()
    {
        QFile file(databaseFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(randomBytes(10000));
        file.close();

        LocalStore store(m_secrets, options());
        QVERIFY(openAndWait(store));
        QCOMPARE(store.mode(), LocalStore::Mode::Persistent);
        QCOMPARE(corruptCopies(m_dir->path()).size(), 1);
    }

    void aWrongKeyMovesTheFileAsideAndStartsAfresh()
    {
        {
            LocalStore store(m_secrets, options());
            QVERIFY(openAndWait(store));
            journalAndWait(store, Event::SignIn, Outcome::Success);
        }
        const QByteArray otherKey = randomBytes(SqlCipher::Database::KeySize);
        m_secrets->write(keyEntry, otherKey, {});
        QVERIFY(QTest::qWaitFor([&] { return m_secrets->entries().value(keyEntry) == otherKey; }));

        LocalStore store(m_secrets, options());
        QVERIFY(openAndWait(store));
        QCOMPARE(store.mode(), LocalStore::Mode::Persistent);
        QCOMPARE(corruptCopies(m_dir->path()).size(), 1);
        QVERIFY(entries(store).isEmpty());
        QCOMPARE(m_secrets->entries().value(keyEntry), otherKey);
        SqlCipher::Database reopened(databaseFile(), otherKey); // the new file is under the keychain's key
        QCOMPARE(reopened.userVersion(), LocalDatabase::schemaVersion());
    }

    void aKeychainEntryThatIsNoKeyIsReplaced()
    {
        m_secrets->write(keyEntry, "not a key", {});
        QVERIFY(QTest::qWaitFor([this] { return m_secrets->entries().contains(keyEntry); }));
        LocalStore store(m_secrets, options());
        QVERIFY(openAndWait(store));
        QCOMPARE(store.mode(), LocalStore::Mode::Persistent);
        QCOMPARE(m_secrets->entries().value(keyEntry).size(), SqlCipher::Database::KeySize);
    }

    void anUnusableFolderMeansMemory()
    {
        QFile blocker(m_dir->filePath(u"not-a-folder"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        LocalStore::Options blocked = options();
        blocked.directory = blocker.fileName() + u"/data"_s;
        LocalStore store(m_secrets, blocked);
        QVERIFY(openAndWait(store));
        QCOMPARE(store.mode(), LocalStore::Mode::InMemoryStorageFailed);
        QVERIFY(!store.detail().isEmpty());
        QVERIFY(journalAndWait(store, Event::SignIn, Outcome::Success) > 0);
    }

    void theEntContextOutlivesTheProcess()
    {
        const QJsonObject context{{u"passwordRegex"_s, u"^(?=.*[0-9]).{8,}$"_s}, {u"cgu"_s, true}};
        {
            LocalStore store(m_secrets, options());
            QVERIFY(openAndWait(store));
            QVERIFY(!store.load().has_value());
            store.save(context);
            QCOMPARE(store.load(), context);
        }
        LocalStore store(m_secrets, options());
        EntClientSettings settings;
        settings.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
        AuthContextCache cache(settings);
        QSignalSpy updated(&cache, &AuthContextCache::updated);
        store.attach(cache); // before the store is open: handed over once it is
        QVERIFY(!cache.isKnown());
        QVERIFY(openAndWait(store));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(cache.context(), context);
    }

    void schoolsAreKeptInTheirOrder()
    {
        const QList<RecoveryStructure> schools{{u"0800001A"_s, u"Lycée Jules Verne"_s},
                                               {u"0600002B"_s, u"Lycée Condorcet"_s},
                                               {u"0020003C"_s, u"Lycée Jean Racine"_s}};
        {
            LocalStore store(m_secrets, options());
            QVERIFY(openAndWait(store));
            QVERIFY(answerOf<bool>([&](auto done) { store.putSchools(schools, done); }));
        }
        LocalStore store(m_secrets, options());
        QVERIFY(openAndWait(store));
        const auto read = answerOf<QList<RecoveryStructure>>([&store](auto done) { store.schools(done); });
        QCOMPARE(read.size(), 3);
        for (qsizetype i = 0; i < read.size(); ++i) {
            QCOMPARE(read[i].structureId, schools[i].structureId);
            QCOMPARE(read[i].structureName, schools[i].structureName);
        }
        QVERIFY(answerOf<bool>([&](auto done) { store.putSchools(schools.mid(1), done); }));
        QCOMPARE(answerOf<QList<RecoveryStructure>>([&store](auto done) { store.schools(done); }).size(), 2);
    }

    void inspectingCreatesAndChangesNothing()
    {
        LocalStore::Options inspect = options();
        inspect.access = LocalStore::Access::Inspect;
        {
            LocalStore store(m_secrets, inspect);
            QVERIFY(openAndWait(store));
            QCOMPARE(store.mode(), LocalStore::Mode::Absent);
            QVERIFY(m_secrets->entries().isEmpty());
            QVERIFY(QDir(m_dir->path()).isEmpty());
            QCOMPARE(answerOf<LocalStore::Status>([&store](auto done) { store.status(done); }).schemaVersion, 0);
        }
        {
            LocalStore store(m_secrets, options());
            QVERIFY(openAndWait(store));
            journalAndWait(store, Event::SignIn, Outcome::Success);
        }
        {
            LocalStore store(m_secrets, inspect);
            QVERIFY(openAndWait(store));
            QCOMPARE(store.mode(), LocalStore::Mode::Persistent);
            store.journal(Event::SignOut, Outcome::Success);
            QCOMPARE(entries(store).size(), 1);
        }
        m_secrets->write(keyEntry, randomBytes(SqlCipher::Database::KeySize), {});
        QVERIFY(QTest::qWaitFor([this] { return m_secrets->operations() > 0; }));
        LocalStore store(m_secrets, inspect);
        QVERIFY(openAndWait(store));
        QCOMPARE(store.mode(), LocalStore::Mode::Unreadable);
        QVERIFY(corruptCopies(m_dir->path()).isEmpty()); // left for the kiosk to deal with
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
