#pragma once

#include "core/ent/EntResults.h"
#include "core/storage/Journal.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace SqlCipher {
class Database;
class Error;
}

namespace LeoKiosk {

// The kiosk's local data in one SQLCipher 4 database: the cached /auth/context, the school list and the journal.
// Synchronous; LocalStore runs it on its worker thread and nowhere else.
class LocalDatabase final
{
public:
    static int schemaVersion();

    // Opens (creating the file if needed), sets the pragmas, migrates and runs PRAGMA integrity_check.
    // Throws SqlCipher::Error; isUnreadable() tells whether moving the file aside and starting afresh can help.
    LocalDatabase(const QString& path, const QByteArray& rawKey);
    ~LocalDatabase();
    Q_DISABLE_COPY_MOVE(LocalDatabase)

    // A wrong key, a damaged file or a schema from a newer program; not a full disk, a locked file or a missing
    // folder, which a new file would not cure.
    static bool isUnreadable(const SqlCipher::Error& error);

    int userVersion();
    QString integrityCheck(); // "ok", or SQLite's first complaint
    QString cipherVersion();

    std::optional<QJsonObject> authContext();
    void setAuthContext(const QJsonObject& context, const QDateTime& savedAt);

    // A public list (the région's schools), in the order given; never what a forgot-id answer named.
    QList<RecoveryStructure> schools();
    void setSchools(const QList<RecoveryStructure>& schools);

    // Appends one line and, in the same transaction, drops the lines older than `purgeBefore`. Returns its id.
    qint64 appendJournal(Journal::Event event,
                         Journal::Outcome outcome,
                         qint64 durationMs,
                         const QDateTime& at,
                         const QDateTime& purgeBefore);
    void purgeJournal(const QDateTime& before);
    QList<Journal::Count> journalCounts(const QDateTime& since);
    QList<Journal::Entry> journalEntries(); // oldest first
    qint64 journalSize();

private:
    std::unique_ptr<SqlCipher::Database> m_db;
};

} // namespace LeoKiosk
