#pragma once

#include <sqlite3.h>

namespace SqlCipher {

// The SQLCipher C API, bound at run time: the library (LEOKIOSK_SQLCIPHER_LIBRARY, its SONAME on Linux) is loaded
// the first time a database is opened, not when the program starts. The kiosk opens its store only after its first
// frame, and SQLCipher brings OpenSSL's libcrypto with it, the largest library the kiosk would otherwise map and
// relocate before it can paint. Loaded with its symbols kept local, so it cannot clash with a system SQLite that
// another library brings.
//
// Each member has the type of the C function of the same name in <sqlite3.h>, checked by the compiler.
struct Library final
{
    decltype(&::sqlite3_open_v2) open_v2;
    decltype(&::sqlite3_close_v2) close_v2;
    decltype(&::sqlite3_errmsg) errmsg;
    decltype(&::sqlite3_errstr) errstr;
    decltype(&::sqlite3_exec) exec;
    decltype(&::sqlite3_busy_timeout) busy_timeout;
    decltype(&::sqlite3_last_insert_rowid) last_insert_rowid;
    decltype(&::sqlite3_changes) changes;
    decltype(&::sqlite3_prepare_v2) prepare_v2;
    decltype(&::sqlite3_step) step;
    decltype(&::sqlite3_reset) reset;
    decltype(&::sqlite3_finalize) finalize;
    decltype(&::sqlite3_clear_bindings) clear_bindings;
    decltype(&::sqlite3_bind_int64) bind_int64;
    decltype(&::sqlite3_bind_text64) bind_text64;
    decltype(&::sqlite3_bind_blob64) bind_blob64;
    decltype(&::sqlite3_bind_null) bind_null;
    decltype(&::sqlite3_column_type) column_type;
    decltype(&::sqlite3_column_int64) column_int64;
    decltype(&::sqlite3_column_text) column_text;
    decltype(&::sqlite3_column_blob) column_blob;
    decltype(&::sqlite3_column_bytes) column_bytes;

    // Loads the library once (thread-safe); throws Error (SQLITE_CANTOPEN) when it or one of its functions is missing.
    static const Library& get();
};

} // namespace SqlCipher
