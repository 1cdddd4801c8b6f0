#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class SqlCipherDatabase;
class Store;

// The reset codes of the accounts (contract §4), stricter than ENT Core: one per account, replaced by each new
// one; only a keyed hash is stored (BLAKE2b with a server secret, bound to the account); valid for lifetime_s;
// single use; burned after max_tries wrong tries, wherever they were made (reset/match, reset, the login form).
class ResetCodes final
{
public:
    ResetCodes(Store& store, int lifetimeS, int maxTries);
    ~ResetCodes();
    ResetCodes(const ResetCodes&) = delete;
    ResetCodes& operator=(const ResetCodes&) = delete;

    int lifetimeS() const { return m_lifetimeS; }

    // In the caller's transaction.
    void issue(SqlCipherDatabase& db, const QString& userId, const QString& code) const;
    bool consume(SqlCipherDatabase& db, const QString& userId, const QString& typed) const; // false: not valid
    static void clear(SqlCipherDatabase& db, const QString& userId);

    // The account (id) whose valid code this is. Otherwise, when the login has a valid code, the try counts.
    std::optional<QString> check(const QString& login, const QString& typed);

private:
    QByteArray hash(const QString& userId, const QString& code) const;

    Store& m_store;
    const QByteArray m_key;
    const int m_lifetimeS;
    const int m_maxTries;
};
