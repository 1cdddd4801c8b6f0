#include "sqlcipher/Statement.h"

#include "sqlcipher/Error.h"
#include "sqlcipher/Library.h"

#include <cstdint>

namespace SqlCipher {

namespace {

const Library& sqlite()
{
    return Library::get();
}

// SQLITE_TRANSIENT without its C-style cast: SQLite copies the bound value before returning.
const auto copyOnBind = reinterpret_cast<sqlite3_destructor_type>(static_cast<std::intptr_t>(-1));

} // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db)
{
    const char* tail = nullptr;
    check(sqlite().prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &m_stmt, &tail));
    const std::string_view rest(tail, static_cast<std::size_t>(sql.data() + sql.size() - tail));
    if (!m_stmt || rest.find_first_not_of(" \t\r\n;") != std::string_view::npos) {
        sqlite().finalize(m_stmt);
        throw Error(SQLITE_MISUSE, "prepare() takes exactly one SQL statement");
    }
}

Statement::~Statement()
{
    sqlite().finalize(m_stmt);
}

Statement& Statement::check(int rc)
{
    if (rc != SQLITE_OK)
        throw Error(rc, sqlite().errmsg(m_db));
    return *this;
}

Statement& Statement::bindInt(int index, qint64 value)
{
    return check(sqlite().bind_int64(m_stmt, index, value));
}

Statement& Statement::bindText(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    return check(sqlite().bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                                     copyOnBind, SQLITE_UTF8));
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    if (value.isNull())
        return bindNull(index);
    return check(
        sqlite().bind_blob64(m_stmt, index, value.constData(), static_cast<sqlite3_uint64>(value.size()), copyOnBind));
}

Statement& Statement::bindNull(int index)
{
    return check(sqlite().bind_null(m_stmt, index));
}

bool Statement::step()
{
    const int rc = sqlite().step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw Error(rc, sqlite().errmsg(m_db));
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite().reset(m_stmt);
    sqlite().clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite().column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::columnInt(int column) const
{
    return sqlite().column_int64(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite().column_text(m_stmt, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite().column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const
{
    const void* data = sqlite().column_blob(m_stmt, column);
    if (!data)
        return {};
    return QByteArray(static_cast<const char*>(data), sqlite().column_bytes(m_stmt, column));
}

} // namespace SqlCipher
