#include "sqlcipher/Database.h"

#include "sqlcipher/Error.h"
#include "sqlcipher/Library.h"
#include "sqlcipher/Transaction.h"

#include <sodium.h>

#include <array>
#include <string>

namespace SqlCipher {

namespace {

const Library& sqlite()
{
    return Library::get();
}

[[noreturn]] void fail(sqlite3* db, int rc)
{
    throw Error(rc, db ? sqlite().errmsg(db) : sqlite().errstr(rc));
}

bool isBlank(std::string_view sql)
{
    return sql.find_first_not_of(" \t\r\n;") == std::string_view::npos;
}

} // namespace

Database::Database(const QString& path, const QByteArray& rawKey, int busyTimeoutMs)
{
    if (rawKey.size() != KeySize)
        throw Error(SQLITE_MISUSE, "the database key must be 32 bytes");

    const QByteArray utf8Path = path.toUtf8();
    const int rc = sqlite().open_v2(utf8Path.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    try {
        if (rc != SQLITE_OK)
            fail(m_db, rc);
        const QString version = cipherVersion();
        if (!version.startsWith(QLatin1String("4.")))
            throw Error(SQLITE_MISUSE, "SQLCipher 4.x is required, found '" + version.toStdString() + "'");
        applyKey(rawKey);
        execute("SELECT count(*) FROM sqlite_master"); // a wrong key fails here, with SQLITE_NOTADB
        if (path != inMemoryPath())
            singleText("PRAGMA journal_mode = WAL");
        sqlite().busy_timeout(m_db, busyTimeoutMs);
        execute("PRAGMA foreign_keys = ON");
    } catch (...) {
        sqlite().close_v2(m_db);
        throw;
    }
}

Database::~Database()
{
    sqlite().close_v2(m_db);
}

void Database::applyKey(const QByteArray& rawKey)
{
    static constexpr std::string_view prefix = "PRAGMA key = \"x'";
    static constexpr std::string_view suffix = "'\";";
    std::array<char, prefix.size() + 2 * KeySize + suffix.size() + 1> pragma{};
    prefix.copy(pragma.data(), prefix.size());
    sodium_bin2hex(pragma.data() + prefix.size(), 2 * KeySize + 1,
                   reinterpret_cast<const unsigned char*>(rawKey.constData()), KeySize);
    suffix.copy(pragma.data() + prefix.size() + 2 * KeySize, suffix.size());
    const int rc = sqlite().exec(m_db, pragma.data(), nullptr, nullptr, nullptr);
    sodium_memzero(pragma.data(), pragma.size());
    if (rc != SQLITE_OK)
        fail(m_db, rc);
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(m_db, sql);
}

void Database::execute(std::string_view sql)
{
    while (!isBlank(sql)) {
        sqlite3_stmt* stmt = nullptr;
        const char* tail = nullptr;
        int rc = sqlite().prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, &tail);
        if (rc != SQLITE_OK)
            fail(m_db, rc);
        if (stmt) {
            while ((rc = sqlite().step(stmt)) == SQLITE_ROW) {
            }
            sqlite().finalize(stmt);
            if (rc != SQLITE_DONE)
                fail(m_db, rc);
        }
        sql.remove_prefix(static_cast<std::size_t>(tail - sql.data()));
    }
}

void Database::migrate(std::span<const std::string_view> migrations)
{
    const auto target = static_cast<int>(migrations.size());
    const int current = userVersion();
    if (current > target)
        throw Error(SQLITE_MISUSE, "the database schema (version " + std::to_string(current) +
                                                ") is newer than this program (version " + std::to_string(target) +
                                                ")");
    for (int version = current; version < target; ++version) {
        Transaction transaction(*this);
        execute(migrations[static_cast<std::size_t>(version)]);
        execute("PRAGMA user_version = " + std::to_string(version + 1));
        transaction.commit();
    }
}

int Database::userVersion()
{
    auto statement = prepare("PRAGMA user_version");
    statement.step();
    return static_cast<int>(statement.columnInt(0));
}

QString Database::cipherVersion()
{
    return singleText("PRAGMA cipher_version");
}

QString Database::singleText(std::string_view sql)
{
    auto statement = prepare(sql);
    return statement.step() ? statement.columnText(0) : QString();
}

qint64 Database::lastInsertRowId() const
{
    return sqlite().last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite().changes(m_db);
}

} // namespace SqlCipher
