#pragma once

#include <QByteArray>
#include <QString>

namespace SqlCipher {
class Database;
}

namespace LeoEnt {

class PasswordHasher;
class Store;

// The previous passwords of each account (argon2id hashes), so that a reset or a change cannot bring back one of
// the last `length` (the current one included; ENT protocol §5.3).
class PasswordHistory final
{
public:
    static constexpr int kept = 24; // hashes kept per account; the configured length may not exceed it

    PasswordHistory(Store& store, const PasswordHasher& hasher, int length);

    // Verifies the password against each remembered hash (argon2id: the lock is not held meanwhile).
    bool contains(const QString& userId, const QByteArray& password) const;

    // In the caller's transaction: the account's password becomes `hash`, its previous one is remembered; a pending
    // activation code goes (the account is activated).
    static void replacePassword(SqlCipher::Database& db, const QString& userId, const QByteArray& hash);

private:
    Store& m_store;
    const PasswordHasher& m_hasher;
    const int m_length;
};

} // namespace LeoEnt
