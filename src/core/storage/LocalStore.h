#pragma once

#include "core/config/KioskConfig.h"
#include "core/ent/EntResults.h"
#include "core/secrets/DatabaseKeySource.h"
#include "core/secrets/SecretBytes.h"
#include "core/secrets/SecretStore.h"
#include "core/session/AuthContextStore.h"
#include "core/storage/Journal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace LeoKiosk {

class AuthContextCache;
class LocalDatabase;

// The kiosk's encrypted local store: one SQLCipher 4 file in the app data folder, opened with a 256-bit key from
// the first source DatabaseKeySource finds: a systemd credential, a private key file, or (desktop profile, where it
// cannot prompt) the OS keychain, which then holds a random key the store makes up; else the store keeps to memory.
// Every database call runs on the store's own thread; this object only posts work there and answers through
// callbacks on its own thread, so the UI never waits for the disk.
//
// open() reads the key (the keychain asynchronously: call it once the window is up). Without a key source the store
// keeps working on an in-memory database; a file that the key does not open, or that is damaged, is moved aside
// (<file>.corrupt-<time>) and a new one created. Work asked for before open() finishes waits for it.
class LocalStore final : public QObject, public AuthContextStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalStore)

public:
    enum class Mode {
        Closed,                // open() not called yet
        Opening,               // waiting for the keychain or the database
        Persistent,            // the file, with the keychain's key
        InMemoryNoKeychain,    // no keychain answered: nothing outlives the process
        InMemoryStorageFailed, // the keychain answered but the file cannot be used (disk, permissions)
        Unavailable,           // not even an in-memory database: nothing is kept
        Absent,                // Access::Inspect only: no key or no file yet
        Unreadable,            // Access::Inspect only: the file does not open with the keychain's key
    };
    Q_ENUM(Mode)

    enum class KeychainState { Unknown, Available, Unavailable, NotUsed };
    Q_ENUM(KeychainState)

    // Inspect (--diagnostics): never creates a key or a file, never moves a file aside, never writes.
    enum class Access { ReadWrite, Inspect };

    static constexpr auto keyName = "local-database-key"; // the keychain entry (SecretStore prefixes the app)
    static constexpr auto fileName = "leo-kiosk.db";

    struct Options
    {
        QString directory;                             // empty: QStandardPaths::AppDataLocation
        int retentionDays = 7;                         // journal lines older than this are purged
        std::function<QDateTime()> now;                // empty: the system clock
        Access access = Access::ReadWrite;
        std::chrono::milliseconds keychainTimeout{10000}; // a keychain that never answers means no keychain
        // Where the key may come from. Default (the tests'): the keychain given, no credential, no key file.
        DatabaseKeySource::Inputs keySource{.credentialsDirectory = {}, .keyFile = {}, .keychainAllowed = true};

        // The program's: the configuration's retention; $CREDENTIALS_DIRECTORY, the key file, and the keychain in
        // the desktop profile only.
        static Options fromConfig(const KioskConfig& config);
    };

    struct Status
    {
        Mode mode = Mode::Closed;
        QString path;           // empty in memory
        QString detail;         // why in memory, what was moved aside; never key material
        int schemaVersion = 0;
        qint64 journalEntries = 0;
        QString integrity;      // "ok", or SQLite's first complaint; empty when there is no database
        QString cipherVersion;  // PRAGMA cipher_version
    };

    template <typename T> using Callback = std::function<void(const T&)>;

    explicit LocalStore(SecretStore* secrets, QObject* parent = nullptr);
    LocalStore(SecretStore* secrets, Options options, QObject* parent = nullptr);
    ~LocalStore() override; // finishes the work already posted, then closes the database

    void open();
    Mode mode() const { return m_mode; }
    bool isOpen() const; // an answer came: whatever the mode, later calls are served (or dropped) at once
    QString path() const { return m_path; } // the file in use, or empty in memory
    QString filePath() const;               // the file this store uses when it can
    QString detail() const { return m_detail; }
    KeychainState keychainState() const { return m_keychain; }
    QString keychainDetail() const { return m_keychainDetail; }
    // Once open() is called: where the key came from (Memory: none), the file read, what was refused and why.
    DatabaseKeySource::Kind keySource() const { return m_keySource; }
    QString keySourceOrigin() const { return m_keySourceOrigin; }
    QStringList keySourceRefused() const { return m_keySourceRefused; }

    // AuthContextStore: the copy read when the database opened; save() updates it and writes behind.
    std::optional<QJsonObject> load() override;
    void save(const QJsonObject& context) override;
    // Hands this store to `cache` once it is open (at once if it already is). `cache` must not outlive the store.
    void attach(AuthContextCache& cache);

    void putSchools(const QList<RecoveryStructure>& schools, std::function<void(bool written)> done = {});
    void schools(Callback<QList<RecoveryStructure>> done);

    // One journal line: a fixed event and outcome, a duration, the time now. `committed` gets the line's id
    // once the transaction is on disk (in memory: stored), and is not called if the write failed.
    void journal(Journal::Event event,
                 Journal::Outcome outcome,
                 std::chrono::milliseconds duration = {},
                 std::function<void(qint64 id)> committed = {});
    void counts(int days, Callback<QList<Journal::Count>> done); // per event and outcome, the last `days` days
    void entries(Callback<QList<Journal::Entry>> done);          // every line kept, oldest first
    void status(Callback<Status> done);                          // schema, size and integrity read now

Q_SIGNALS:
    void opened(LocalStore::Mode mode);

private:
    enum class Target { File, Memory };
    struct OpenReport;

    void keyRead(SecretStore::Status status, const QByteArray& value);
    void createKey();
    void giveUpOnKeychain(const QString& why);
    void startDatabase(Target target, Mode memoryMode, SecretBytes key);
    OpenReport openOnWorker(Target target, Mode memoryMode, const SecretBytes& key, const QDateTime& now);
    void openInMemoryOnWorker(OpenReport& report, Mode memoryMode);
    void finishOpen(const OpenReport& report);
    void releasePending();
    void post(std::function<void()> job);
    template <typename T> void answer(Callback<T> done, T value);
    QDateTime now() const;

    QPointer<SecretStore> m_secrets;
    Options m_options;
    Mode m_mode = Mode::Closed;
    QString m_path;
    QString m_detail;
    KeychainState m_keychain = KeychainState::Unknown;
    QString m_keychainDetail;
    DatabaseKeySource::Kind m_keySource = DatabaseKeySource::Kind::Memory;
    QString m_keySourceOrigin;
    QStringList m_keySourceRefused;
    std::optional<QJsonObject> m_context;
    bool m_waitingForKeychain = false;
    QTimer m_keychainTimer;
    bool m_posting = false; // the open job is posted: later jobs go straight to the worker, behind it
    QList<std::function<void()>> m_pending;
    QThread m_thread;
    QObject* m_worker;                 // lives on m_thread; jobs run in its context
    std::unique_ptr<LocalDatabase> m_db; // touched on m_thread only
};

} // namespace LeoKiosk
