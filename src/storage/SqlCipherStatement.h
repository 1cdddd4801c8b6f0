#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement. Bind indexes are 1-based, column indexes 0-based. A null QString or QByteArray binds
// SQL NULL. step() returns true while a row is available; run() executes a statement that returns no row.
class SqlCipherStatement final
{
public:
    SqlCipherStatement(sqlite3* db, std::string_view sql);
    ~SqlCipherStatement();
    SqlCipherStatement(const SqlCipherStatement&) = delete;
    SqlCipherStatement& operator=(const SqlCipherStatement&) = delete;
    SqlCipherStatement(SqlCipherStatement&&) = delete;
    SqlCipherStatement& operator=(SqlCipherStatement&&) = delete;

    SqlCipherStatement& bindInt(int index, qint64 value);
    SqlCipherStatement& bindText(int index, const QString& value);
    SqlCipherStatement& bindBlob(int index, const QByteArray& value);
    SqlCipherStatement& bindNull(int index);

    bool step();
    void run();
    void reset(); // ready to run again; clears the bindings

    bool isNull(int column) const;
    qint64 columnInt(int column) const;
    QString columnText(int column) const; // null QString for SQL NULL
    QByteArray columnBlob(int column) const;

private:
    SqlCipherStatement& check(int rc);

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};
