#pragma once

#include "sqlcipher/Statement.h"

#include <QByteArray>
#include <QString>

#include <span>
#include <string_view>

struct sqlite3;

namespace SqlCipher {

// An SQLCipher 4 database opened with a raw 256-bit key (no passphrase KDF). The constructor checks that the
// library is SQLCipher 4.x, applies the key and reads the schema, so a wrong key fails there with
// SQLITE_NOTADB; it then enables WAL (files only), a busy timeout and foreign keys.
// Errors throw Error. One connection is not meant to be shared between threads without a lock.
class Database final
{
public:
    static constexpr qsizetype KeySize = 32;

    static QString inMemoryPath() { return QStringLiteral(":memory:"); }

    Database(const QString& path, const QByteArray& rawKey, int busyTimeoutMs = 5000);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&&) = delete;
    Database& operator=(Database&&) = delete;

    Statement prepare(std::string_view sql);
    void execute(std::string_view sql); // one or more statements, no results

    // migrations[i] brings the schema from version i to i + 1 (PRAGMA user_version), each in its own transaction.
    // Throws when the file is newer than the list.
    void migrate(std::span<const std::string_view> migrations);
    int userVersion();

    QString cipherVersion();
    qint64 lastInsertRowId() const;
    int changes() const; // rows changed by the last INSERT, UPDATE or DELETE

private:
    void applyKey(const QByteArray& rawKey);
    QString singleText(std::string_view sql);

    sqlite3* m_db = nullptr;
};

} // namespace SqlCipher
