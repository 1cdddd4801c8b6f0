#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace SqlCipher {

// A prepared statement. Bind indexes are 1-based, column indexes 0-based. A null QString or QByteArray binds
// SQL NULL. step() returns true while a row is available; run() executes a statement that returns no row.
class Statement final
{
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&&) = delete;
    Statement& operator=(Statement&&) = delete;

    Statement& bindInt(int index, qint64 value);
    Statement& bindText(int index, const QString& value);
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindNull(int index);

    bool step();
    void run();
    void reset(); // ready to run again; clears the bindings

    bool isNull(int column) const;
    qint64 columnInt(int column) const;
    QString columnText(int column) const; // null QString for SQL NULL
    QByteArray columnBlob(int column) const;

private:
    Statement& check(int rc);

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace SqlCipher
