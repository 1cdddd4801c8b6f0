#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace SqlCipher {
class Database;
}

namespace LeoEnt {

class Store;

// The one-time codes of the accounts, each kind in its own table: reset codes (ENT protocol §4, also the staff's
// renewal codes, ENT protocol §3.15) and activation codes (ENT protocol §3.2). Stricter than ENT Core: one per account
// and kind, replaced by each new one; only a keyed hash is stored (BLAKE2b with a server secret per kind, bound to the
// account); valid for lifetime_s (0: until used, as activation codes); single use; burned after max_tries wrong tries,
// wherever they were made (match, reset or activation, the login form).
class OneTimeCodes final
{
public:
    enum class Kind { Reset, Activation };

    OneTimeCodes(Store& store, Kind kind, int lifetimeS, int maxTries);
    ~OneTimeCodes();
    OneTimeCodes(const OneTimeCodes&) = delete;
    OneTimeCodes& operator=(const OneTimeCodes&) = delete;

    int lifetimeS() const { return m_lifetimeS; }

    // In the caller's transaction.
    void issue(SqlCipher::Database& db, const QString& userId, const QString& code) const;
    bool consume(SqlCipher::Database& db, const QString& userId, const QString& typed) const; // false: not valid
    static void clear(SqlCipher::Database& db, const QString& userId, Kind kind);
    static bool pending(SqlCipher::Database& db, const QString& userId, Kind kind); // a code is stored, valid or not

    // The account (id) whose valid code this is. Otherwise, when the login has a valid code, the try counts.
    std::optional<QString> check(const QString& login, const QString& typed);

private:
    QByteArray hash(const QString& userId, const QString& code) const;

    Store& m_store;
    const Kind m_kind;
    const QByteArray m_key;
    const int m_lifetimeS;
    const int m_maxTries;
};

} // namespace LeoEnt
