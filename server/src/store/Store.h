#pragma once

#include "sqlcipher/Database.h"
#include "sqlcipher/Transaction.h"

#include <QByteArray>
#include <QString>

#include <mutex>
#include <type_traits>

namespace LeoEnt {

// The server's SQLCipher database: schema migrations at open, one connection serialised by a mutex.
// Callers hold the lock only for database work, never while hashing a password.
class Store final
{
public:
    Store(const QString& path, const QByteArray& key);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;
    Store(Store&&) = delete;
    Store& operator=(Store&&) = delete;

    // Runs fn(SqlCipher::Database&) under the lock, inside a transaction committed when fn returns normally.
    template <typename Fn> decltype(auto) transaction(Fn&& fn)
    {
        const std::lock_guard lock(m_mutex);
        SqlCipher::Transaction transaction(m_db);
        if constexpr (std::is_void_v<std::invoke_result_t<Fn, SqlCipher::Database&>>) {
            fn(m_db);
            transaction.commit();
        } else {
            auto result = fn(m_db);
            transaction.commit();
            return result;
        }
    }

    // Copies the write-ahead log into the database and empties it, so that rows deleted since (a delivered message)
    // survive in neither file.
    void checkpoint();

    // The HMAC key of the session cookies, created at random the first time.
    QByteArray cookieSigningKey();
    // A 256-bit server secret kept in the (encrypted) database under `name`, created at random the first time.
    QByteArray secretKey(const char* name);

    static qint64 now();   // seconds since the epoch
    static qint64 nowMs(); // milliseconds since the epoch

private:
    std::mutex m_mutex;
    SqlCipher::Database m_db;
};

} // namespace LeoEnt
