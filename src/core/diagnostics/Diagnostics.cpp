#include "core/diagnostics/Diagnostics.h"

#include "core/diagnostics/ConfigReport.h"
#include "core/diagnostics/EntCheck.h"
#include "core/secrets/SecretStore.h"

#include <QDir>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

LocalStore::Options inspecting(LocalStore::Options options)
{
    options.access = LocalStore::Access::Inspect;
    return options;
}

QString describe(LocalStore::Mode mode)
{
    switch (mode) {
    case LocalStore::Mode::Persistent:
        return u"encrypted file"_s;
    case LocalStore::Mode::InMemoryNoKeychain:
        return u"in memory (no database key source): nothing is kept between runs"_s;
    case LocalStore::Mode::InMemoryStorageFailed:
        return u"in memory (the file cannot be used): nothing is kept between runs"_s;
    case LocalStore::Mode::Unavailable:
        return u"unavailable: nothing is kept"_s;
    case LocalStore::Mode::Absent:
        return u"not created yet (the kiosk creates it at its first start)"_s;
    case LocalStore::Mode::Unreadable:
        return u"unreadable with its source's key (the kiosk moves it aside and starts afresh at its next start)"_s;
    case LocalStore::Mode::Closed:
    case LocalStore::Mode::Opening:
        break;
    }
    return u"not opened"_s;
}

} // namespace

Diagnostics::Diagnostics(ConfigLoadResult loaded, QTextStream& out, QObject* parent)
    : Diagnostics(loaded,
                  out,
                  // The kiosk profile never calls the keychain (nothing may prompt over the kiosk).
                  loaded.config.profile == KioskProfile::Desktop ? new KeychainSecretStore() : nullptr,
                  LocalStore::Options::fromConfig(loaded.config),
                  parent)
{
    if (m_secrets)
        m_secrets->setParent(this);
}

Diagnostics::Diagnostics(ConfigLoadResult loaded,
                         QTextStream& out,
                         SecretStore* secrets,
                         LocalStore::Options storeOptions,
                         QObject* parent)
    : QObject(parent), m_loaded(std::move(loaded)), m_out(out), m_secrets(secrets)
{
    m_store = new LocalStore(secrets, inspecting(std::move(storeOptions)), this);
}

Diagnostics::~Diagnostics() = default;

void Diagnostics::raise(ExitCode code)
{
    // 2 beats 3 beats 4; 0 is beaten by all.
    if (m_exitCode == Ok || code < m_exitCode)
        m_exitCode = code;
}

void Diagnostics::run()
{
    m_out << "leo-kiosk " << LEOKIOSK_VERSION << " (Qt " << qVersion() << ")\n\n";
    ConfigReport::printValues(m_loaded, m_out);
    if (!m_loaded.ok()) {
        ConfigReport::printErrors(m_loaded, m_out);
        raise(InvalidConfiguration);
    }
    m_out << '\n';
    m_out.flush();

    connect(m_store, &LocalStore::opened, this, [this] {
        m_store->status([this](const LocalStore::Status& status) {
            printStorage(status);
            m_store->counts(journalDays, [this](const QList<Journal::Count>& counts) {
                m_counts = counts;
                checkEnt();
            });
        });
    });
    m_store->open();
}

void Diagnostics::printStorage(const LocalStore::Status& status)
{
    const LocalStore::KeychainState keychain = m_store->keychainState();
    m_out << "Keychain: "
          << (keychain == LocalStore::KeychainState::Available ? u"available"_s
              : keychain == LocalStore::KeychainState::NotUsed ? u"not used"_s
                                                               : u"unavailable"_s);
    if (!m_store->keychainDetail().isEmpty())
        m_out << " (" << m_store->keychainDetail() << ')';
    m_out << '\n';
    // Where the local database's key comes from, and each source that was there but refused.
    const DatabaseKeySource::Kind source = m_store->keySource();
    const bool keychainSource = source == DatabaseKeySource::Kind::Keychain;
    m_out << "Database key: " << DatabaseKeySource::name(source);
    if (!m_store->keySourceOrigin().isEmpty())
        m_out << " (" << QDir::toNativeSeparators(m_store->keySourceOrigin()) << ')';
    else if (source == DatabaseKeySource::Kind::Memory)
        m_out << " (a new key each run: nothing is kept between runs)";
    m_out << '\n';
    for (const QString& refused : m_store->keySourceRefused())
        m_out << "  " << refused << '\n';

    m_out << "Local database: " << describe(status.mode) << '\n';
    m_out << "  file: " << QDir::toNativeSeparators(m_store->filePath()) << '\n';
    if (!status.integrity.isEmpty()) {
        m_out << "  schema version: " << status.schemaVersion << '\n';
        m_out << "  journal lines: " << status.journalEntries << '\n';
        m_out << "  integrity: " << status.integrity << '\n';
        m_out << "  SQLCipher: " << status.cipherVersion << '\n';
    }
    if (!status.detail.isEmpty())
        m_out << "  detail: " << status.detail << '\n';
    m_out << '\n';
    m_out.flush();

    if ((keychainSource && keychain != LocalStore::KeychainState::Available) ||
        !m_store->keySourceRefused().isEmpty() ||
        (status.mode != LocalStore::Mode::Persistent && status.mode != LocalStore::Mode::Absent) ||
        (!status.integrity.isEmpty() && status.integrity != u"ok"_s))
        raise(StorageDegraded);
}

void Diagnostics::checkEnt()
{
    if (!m_loaded.ok()) {
        m_out << "ENT: not checked (the configuration is invalid)\n";
        return finish();
    }
    m_ent = new EntCheck(m_loaded.config, m_out, this);
    m_ent->run([this](bool answered) {
        if (!answered)
            raise(EntUnavailable);
        finish();
    });
}

void Diagnostics::printJournal(const QList<Journal::Count>& counts)
{
    m_out << "\nJournal, last " << journalDays << " days (events and outcomes only, no personal data):\n";
    if (counts.isEmpty())
        m_out << "  (no event)\n";
    for (const Journal::Count& count : counts)
        m_out << "  " << Journal::name(count.event).leftJustified(18) << ' ' << Journal::name(count.outcome).leftJustified(14)
              << ' ' << QString::number(count.count).rightJustified(6) << '\n';
    m_out.flush();
}

void Diagnostics::finish()
{
    printJournal(m_counts);
    Q_EMIT finished(m_exitCode);
}

} // namespace LeoKiosk
