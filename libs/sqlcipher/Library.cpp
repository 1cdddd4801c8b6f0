#include "sqlcipher/Library.h"

#include "sqlcipher/Error.h"

#include <QLibrary>

#include <optional>
#include <string>

namespace SqlCipher {

namespace {

// Loads the library and resolves every function, or says what is missing.
class Loader final
{
public:
    Loader() : m_library(QStringLiteral(LEOKIOSK_SQLCIPHER_LIBRARY))
    {
        if (!m_library.load()) {
            m_error = "cannot load SQLCipher: " + m_library.errorString().toStdString();
            return;
        }
        Library api{};
        if (resolve(api.open_v2, "sqlite3_open_v2") && resolve(api.close_v2, "sqlite3_close_v2") &&
            resolve(api.errmsg, "sqlite3_errmsg") && resolve(api.errstr, "sqlite3_errstr") &&
            resolve(api.exec, "sqlite3_exec") && resolve(api.busy_timeout, "sqlite3_busy_timeout") &&
            resolve(api.last_insert_rowid, "sqlite3_last_insert_rowid") && resolve(api.changes, "sqlite3_changes") &&
            resolve(api.prepare_v2, "sqlite3_prepare_v2") && resolve(api.step, "sqlite3_step") &&
            resolve(api.reset, "sqlite3_reset") && resolve(api.finalize, "sqlite3_finalize") &&
            resolve(api.clear_bindings, "sqlite3_clear_bindings") && resolve(api.bind_int64, "sqlite3_bind_int64") &&
            resolve(api.bind_text64, "sqlite3_bind_text64") && resolve(api.bind_blob64, "sqlite3_bind_blob64") &&
            resolve(api.bind_null, "sqlite3_bind_null") && resolve(api.column_type, "sqlite3_column_type") &&
            resolve(api.column_int64, "sqlite3_column_int64") && resolve(api.column_text, "sqlite3_column_text") &&
            resolve(api.column_blob, "sqlite3_column_blob") && resolve(api.column_bytes, "sqlite3_column_bytes"))
            m_api = api;
    }

    const Library& api() const
    {
        if (!m_api)
            throw Error(SQLITE_CANTOPEN, m_error);
        return *m_api;
    }

private:
    template <typename Function>
    bool resolve(Function& function, const char* name)
    {
        function = reinterpret_cast<Function>(m_library.resolve(name));
        if (!function)
            m_error = std::string("SQLCipher library ") + LEOKIOSK_SQLCIPHER_LIBRARY + " has no " + name;
        return function != nullptr;
    }

    QLibrary m_library; // never unloaded: statements may outlive any one owner
    std::optional<Library> m_api;
    std::string m_error;
};

} // namespace

const Library& Library::get()
{
    static const Loader loader;
    return loader.api();
}

} // namespace SqlCipher
