#include "core/storage/LocalStore.h"

#include "core/session/AuthContextCache.h"
#include "core/storage/LocalDatabase.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <array>
#include <utility>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcStore, "leokiosk.store")

constexpr std::array<const char*, 3> sidecars{"", "-wal", "-shm"};

SecretBytes randomKey()
{
    QByteArray key(SqlCipher::Database::KeySize, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(key.data()),
                                         reinterpret_cast<quint32*>(key.data() + key.size()));
    return SecretBytes::fromUtf8(std::move(key));
}

// SecretBytes wipes its buffer in place, and a QByteArray copy would share it: the caller's bytes must stay.
SecretBytes deepCopy(const QByteArray& bytes)
{
    return SecretBytes::fromUtf8(QByteArray(bytes.constData(), bytes.size()));
}

QString keychainEntry()
{
    return QString::fromLatin1(LocalStore::keyName);
}

// The folder is the user's alone, and so is the file (SQLite gives -wal and -shm the file's mode).
bool prepareFile(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return false;
    QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
    }
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

// <file>.corrupt-<time>, with its -wal and -shm; the name of the moved file, or an empty string.
QString moveAside(const QString& path, const QDateTime& now)
{
    QString target = path + u".corrupt-"_s + now.toUTC().toString(u"yyyyMMdd-HHmmss"_s);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + u".corrupt-"_s + now.toUTC().toString(u"yyyyMMdd-HHmmss"_s) + u'-' + QString::number(n);
    for (const char* suffix : sidecars) {
        const QString from = path + QLatin1String(suffix);
        if (!QFileInfo::exists(from) || QFile::rename(from, target + QLatin1String(suffix)))
            continue;
        if (!*suffix)
            return {};
        QFile::remove(from); // a stale -wal must never be replayed into the new file
    }
    return target;
}

} // namespace

struct LocalStore::OpenReport
{
    Mode mode = Mode::Unavailable;
    QString path;
    QString detail;
    std::optional<QJsonObject> context;
};

LocalStore::Options LocalStore::Options::fromConfig(const KioskConfig& config)
{
    Options options;
    options.retentionDays = config.journalRetentionDays;
    options.keySource = DatabaseKeySource::Inputs::fromEnvironment(config.profile == KioskProfile::Desktop);
    return options;
}

LocalStore::LocalStore(SecretStore* secrets, QObject* parent) : LocalStore(secrets, Options(), parent) {}

LocalStore::LocalStore(SecretStore* secrets, Options options, QObject* parent)
    : QObject(parent), m_secrets(secrets), m_options(std::move(options)), m_worker(new QObject)
{
    if (m_options.directory.isEmpty())
        m_options.directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_keychainTimer.setSingleShot(true);
    connect(&m_keychainTimer, &QTimer::timeout, this, [this] {
        giveUpOnKeychain(u"no answer within %1 s"_s.arg(m_options.keychainTimeout.count() / 1000.0));
    });
    m_thread.setObjectName(u"leokiosk-store"_s);
    m_worker->moveToThread(&m_thread);
}

LocalStore::~LocalStore()
{
    if (!m_thread.isRunning()) {
        delete m_worker;
        return;
    }
    // Behind every job already posted: the last writes land, then the connection closes on its own thread.
    QMetaObject::invokeMethod(m_worker, [this] {
        m_db.reset();
        m_worker->deleteLater(); // deferred deletes run as the thread finishes
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

QDateTime LocalStore::now() const
{
    return m_options.now ? m_options.now() : QDateTime::currentDateTimeUtc();
}

QString LocalStore::filePath() const
{
    return QDir(m_options.directory).filePath(QString::fromLatin1(fileName));
}

bool LocalStore::isOpen() const
{
    return m_mode != Mode::Closed && m_mode != Mode::Opening;
}

void LocalStore::open()
{
    if (m_mode != Mode::Closed)
        return;
    m_mode = Mode::Opening;
    m_thread.start();
    DatabaseKeySource::Inputs inputs = m_options.keySource;
    inputs.keychainAllowed = inputs.keychainAllowed && m_secrets;
    DatabaseKeySource::Choice choice = DatabaseKeySource::choose(inputs);
    m_keySource = choice.kind;
    m_keySourceOrigin = choice.origin;
    m_keySourceRefused = choice.refused;
    for (const QString& refused : std::as_const(m_keySourceRefused))
        qCWarning(lcStore).noquote() << "database key:" << refused;
    if (choice.kind == DatabaseKeySource::Kind::SystemCredential || choice.kind == DatabaseKeySource::Kind::KeyFile) {
        qCInfo(lcStore).noquote() << "database key:" << DatabaseKeySource::name(choice.kind) << choice.origin;
        m_keychain = KeychainState::NotUsed;
        m_keychainDetail = u"the database key is the %1's"_s.arg(DatabaseKeySource::name(choice.kind));
        return startDatabase(Target::File, Mode::InMemoryStorageFailed, std::move(choice.key));
    }
    if (choice.kind == DatabaseKeySource::Kind::Memory) {
        const bool byProfile = !m_options.keySource.keychainAllowed;
        m_keychain = byProfile ? KeychainState::NotUsed : KeychainState::Unavailable;
        m_keychainDetail = byProfile ? u"never used by the kiosk profile"_s : u"no keychain configured"_s;
        return startDatabase(Target::Memory, Mode::InMemoryNoKeychain, {});
    }
    m_waitingForKeychain = true;
    m_keychainTimer.start(m_options.keychainTimeout);
    m_secrets->read(keychainEntry(), [self = QPointer<LocalStore>(this)](SecretStore::Status status, const QByteArray& value) {
        if (self && self->m_waitingForKeychain)
            self->keyRead(status, value);
    });
}

void LocalStore::keyRead(SecretStore::Status status, const QByteArray& value)
{
    switch (status) {
    case SecretStore::Status::Ok:
        m_keychain = KeychainState::Available;
        if (value.size() == SqlCipher::Database::KeySize)
            return startDatabase(Target::File, Mode::InMemoryStorageFailed, deepCopy(value));
        m_keychainDetail = u"the keychain entry is not a 256-bit key"_s;
        if (m_options.access == Access::Inspect)
            return finishOpen({Mode::Unreadable, {}, m_keychainDetail, {}});
        return createKey();
    case SecretStore::Status::NotFound:
        m_keychain = KeychainState::Available;
        if (m_options.access == Access::Inspect)
            return finishOpen({Mode::Absent, {}, u"no database key in the keychain yet"_s, {}});
        return createKey();
    case SecretStore::Status::Unavailable:
        return giveUpOnKeychain(m_secrets ? m_secrets->unavailableReason() : QString());
    }
}

// First run, or a lost entry: whatever file is there cannot be opened any more and will be moved aside.
void LocalStore::createKey()
{
    auto shared = std::make_shared<SecretBytes>(randomKey());
    m_secrets->write(keychainEntry(), QByteArray(shared->bytes().constData(), shared->bytes().size()), [self = QPointer<LocalStore>(this), shared](SecretStore::Status status) {
        if (!self || !self->m_waitingForKeychain)
            return shared->wipe();
        if (status == SecretStore::Status::Ok)
            return self->startDatabase(Target::File, Mode::InMemoryStorageFailed, std::move(*shared));
        shared->wipe();
        self->giveUpOnKeychain(u"the keychain refused to store the database key"_s);
    });
}

void LocalStore::giveUpOnKeychain(const QString& why)
{
    if (!m_waitingForKeychain)
        return;
    m_keychain = KeychainState::Unavailable;
    m_keychainDetail = why.isEmpty() ? u"unavailable"_s : why;
    qCWarning(lcStore) << "keychain unavailable:" << m_keychainDetail;
    m_keySource = DatabaseKeySource::Kind::Memory;
    m_keySourceRefused.append(u"keychain refused: %1"_s.arg(m_keychainDetail));
    if (m_options.access == Access::Inspect)
        return finishOpen({Mode::Absent, {}, u"the keychain is unavailable"_s, {}});
    startDatabase(Target::Memory, Mode::InMemoryNoKeychain, {});
}

void LocalStore::startDatabase(Target target, Mode memoryMode, SecretBytes key)
{
    m_waitingForKeychain = false;
    m_keychainTimer.stop();
    auto shared = std::make_shared<SecretBytes>(std::move(key));
    QMetaObject::invokeMethod(m_worker, [this, target, memoryMode, shared, at = now()] {
        const OpenReport report = openOnWorker(target, memoryMode, *shared, at);
        shared->wipe();
        QMetaObject::invokeMethod(this, [this, report] { finishOpen(report); });
    });
    releasePending();
}

void LocalStore::releasePending()
{
    m_posting = true;
    for (std::function<void()>& job : std::exchange(m_pending, {}))
        post(std::move(job));
}

LocalStore::OpenReport
LocalStore::openOnWorker(Target target, Mode memoryMode, const SecretBytes& key, const QDateTime& now)
{
    OpenReport report;
    const QString path = filePath();
    const bool inspect = m_options.access == Access::Inspect;
    if (target == Target::File) {
        if (inspect && !QFileInfo::exists(path)) {
            report.mode = Mode::Absent;
            report.detail = u"no database file yet"_s;
            return report;
        }
        try {
            if (!inspect && !prepareFile(path))
                throw SqlCipher::Error(0, "the folder or the file cannot be created");
            try {
                m_db = std::make_unique<LocalDatabase>(path, key.bytes());
            } catch (const SqlCipher::Error& error) {
                if (inspect || !LocalDatabase::isUnreadable(error))
                    throw;
                const QString moved = moveAside(path, now);
                if (moved.isEmpty())
                    throw;
                qCWarning(lcStore) << "the local database could not be opened (" << error.what() << "); moved aside to"
                                   << moved;
                report.detail = u"a database the key does not open, or a damaged one, was moved aside to %1 (%2)"_s.arg(
                    QDir::toNativeSeparators(moved), QString::fromUtf8(error.what()));
                prepareFile(path);
                m_db = std::make_unique<LocalDatabase>(path, key.bytes());
            }
            report.mode = Mode::Persistent;
            report.path = path;
        } catch (const SqlCipher::Error& error) {
            qCWarning(lcStore) << "the local database cannot be used:" << error.what();
            report.detail = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), QString::fromUtf8(error.what()));
            if (inspect) {
                report.mode = Mode::Unreadable;
                return report;
            }
        }
    }
    if (!m_db)
        openInMemoryOnWorker(report, memoryMode);
    if (!m_db)
        return report;
    try {
        if (!inspect)
            m_db->purgeJournal(now.addDays(-m_options.retentionDays));
        report.context = m_db->authContext();
    } catch (const SqlCipher::Error& error) {
        qCWarning(lcStore) << "reading the local database failed:" << error.what();
    }
    return report;
}

void LocalStore::openInMemoryOnWorker(OpenReport& report, Mode memoryMode)
{
    try {
        m_db = std::make_unique<LocalDatabase>(SqlCipher::Database::inMemoryPath(), randomKey().bytes());
        report.mode = memoryMode;
    } catch (const SqlCipher::Error& error) {
        qCCritical(lcStore) << "no local database at all:" << error.what();
        report.mode = Mode::Unavailable;
        report.detail = QString::fromUtf8(error.what());
    }
}

void LocalStore::finishOpen(const OpenReport& report)
{
    m_mode = report.mode;
    m_path = report.path;
    m_detail = report.detail;
    if (!m_context) // a save() while opening is newer than what the file held
        m_context = report.context;
    m_waitingForKeychain = false;
    m_keychainTimer.stop();
    if (!m_posting) // no database to open (inspecting): what waited is answered empty
        releasePending();
    qCInfo(lcStore) << "local store:" << m_mode;
    Q_EMIT opened(m_mode);
}

void LocalStore::post(std::function<void()> job)
{
    if (!m_posting)
        m_pending.append(std::move(job));
    else
        QMetaObject::invokeMethod(m_worker, std::move(job));
}

template <typename T> void LocalStore::answer(Callback<T> done, T value)
{
    if (done)
        QMetaObject::invokeMethod(this, [done = std::move(done), value = std::move(value)] { done(value); });
}

std::optional<QJsonObject> LocalStore::load()
{
    return m_context;
}

void LocalStore::save(const QJsonObject& context)
{
    m_context = context;
    if (m_options.access == Access::Inspect)
        return;
    post([this, context, at = now()] {
        try {
            if (m_db)
                m_db->setAuthContext(context, at);
        } catch (const SqlCipher::Error& error) {
            qCWarning(lcStore) << "the ENT context was not saved:" << error.what();
        }
    });
}

void LocalStore::attach(AuthContextCache& cache)
{
    if (isOpen())
        return cache.setStore(this);
    connect(
        this, &LocalStore::opened, &cache, [this, &cache] { cache.setStore(this); }, Qt::SingleShotConnection);
}

void LocalStore::putSchools(const QList<RecoveryStructure>& schools, std::function<void(bool)> done)
{
    post([this, schools, done = std::move(done)] {
        bool written = false;
        try {
            if (m_db && m_options.access == Access::ReadWrite) {
                m_db->setSchools(schools);
                written = true;
            }
        } catch (const SqlCipher::Error& error) {
            qCWarning(lcStore) << "the school list was not saved:" << error.what();
        }
        answer<bool>(done, written);
    });
}

void LocalStore::schools(Callback<QList<RecoveryStructure>> done)
{
    post([this, done = std::move(done)] {
        QList<RecoveryStructure> list;
        try {
            if (m_db)
                list = m_db->schools();
        } catch (const SqlCipher::Error& error) {
            qCWarning(lcStore) << "the school list cannot be read:" << error.what();
        }
        answer(done, list);
    });
}

void LocalStore::journal(Journal::Event event,
                         Journal::Outcome outcome,
                         std::chrono::milliseconds duration,
                         std::function<void(qint64)> committed)
{
    if (m_options.access == Access::Inspect)
        return;
    const QDateTime at = now();
    post([this, event, outcome, duration, at, committed = std::move(committed)] {
        if (!m_db)
            return;
        try {
            const qint64 id = m_db->appendJournal(event, outcome, duration.count(), at,
                                                  at.addDays(-m_options.retentionDays));
            answer<qint64>(committed, id);
        } catch (const SqlCipher::Error& error) {
            qCWarning(lcStore) << "journal line not written:" << error.what();
        }
    });
}

void LocalStore::counts(int days, Callback<QList<Journal::Count>> done)
{
    post([this, since = now().addDays(-days), done = std::move(done)] {
        QList<Journal::Count> counts;
        try {
            if (m_db)
                counts = m_db->journalCounts(since);
        } catch (const SqlCipher::Error& error) {
            qCWarning(lcStore) << "the journal cannot be read:" << error.what();
        }
        answer(done, counts);
    });
}

void LocalStore::entries(Callback<QList<Journal::Entry>> done)
{
    post([this, done = std::move(done)] {
        QList<Journal::Entry> entries;
        try {
            if (m_db)
                entries = m_db->journalEntries();
        } catch (const SqlCipher::Error& error) {
            qCWarning(lcStore) << "the journal cannot be read:" << error.what();
        }
        answer(done, entries);
    });
}

void LocalStore::status(Callback<Status> done)
{
    post([this, done = std::move(done)] {
        Status status;
        try {
            if (m_db) {
                status.schemaVersion = m_db->userVersion();
                status.journalEntries = m_db->journalSize();
                status.integrity = m_db->integrityCheck();
                status.cipherVersion = m_db->cipherVersion();
            }
        } catch (const SqlCipher::Error& error) {
            status.integrity = QString::fromUtf8(error.what());
        }
        QMetaObject::invokeMethod(this, [this, status, done]() mutable {
            status.mode = m_mode; // read here, on the store's thread, once the open has answered
            status.path = m_path;
            status.detail = m_detail;
            if (done)
                done(status);
        });
    });
}

} // namespace LeoKiosk
