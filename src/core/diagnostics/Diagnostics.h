#pragma once

#include "core/config/ConfigLoader.h"
#include "core/diagnostics/ExitCode.h"
#include "core/storage/LocalStore.h"

#include <QObject>
#include <QTextStream>

namespace LeoKiosk {

class EntCheck;
class SecretStore;

// `leo-kiosk --diagnostics`: what IT needs to see on a kiosk that misbehaves, without personal data: the version,
// the effective configuration with sources, the keychain and the local database (inspected, never changed), whether
// the ENT answers (TLS included), and the journal's counts per event and outcome for the last 7 days.
// Same shape as ConfigCheck: run(), then finished(exitCode).
class Diagnostics final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Diagnostics)

public:
    // The worst finding wins: an invalid configuration, then an ENT that does not answer, then a degraded store.
    enum ExitCode {
        Ok = LeoKiosk::ExitCode::Ok,
        InvalidConfiguration = LeoKiosk::ExitCode::InvalidConfiguration,
        EntUnavailable = LeoKiosk::ExitCode::EntUnavailable,
        StorageDegraded = LeoKiosk::ExitCode::StorageDegraded,
    };

    static constexpr int journalDays = 7;

    // The system keychain and the app data folder.
    Diagnostics(ConfigLoadResult loaded, QTextStream& out, QObject* parent = nullptr);
    // `secrets` is not owned; `storeOptions.access` is forced to Inspect.
    Diagnostics(ConfigLoadResult loaded,
                QTextStream& out,
                SecretStore* secrets,
                LocalStore::Options storeOptions,
                QObject* parent = nullptr);
    ~Diagnostics() override;

    void run();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void printStorage(const LocalStore::Status& status);
    void printJournal(const QList<Journal::Count>& counts);
    void checkEnt();
    void finish();
    void raise(ExitCode code);

    ConfigLoadResult m_loaded;
    QTextStream& m_out;
    SecretStore* m_secrets;
    LocalStore* m_store;
    EntCheck* m_ent = nullptr;
    QList<Journal::Count> m_counts;
    int m_exitCode = Ok;
};

} // namespace LeoKiosk
