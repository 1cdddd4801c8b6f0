#pragma once

#include "common/AddressList.h"

#include <QByteArray>
#include <QString>

namespace SqlCipher {
class Database;
}

namespace LeoEnt {

// The limits on forgot-password and forgot-id: per typed login (folded as the login throttle folds it, known or
// not) or typed e-mail address (lower-cased), and per client address (both routes together), each a number of
// requests within a sliding window. Requests are recorded in the database as
// keyed hashes (no login or address in clear), so a restart does not reset the limits. Addresses of the allow-list
// (a school's shared public address) are only limited per login. The messages an account is sent are limited too,
// however its login was typed.
class RecoveryLimiter final
{
public:
    struct Policy
    {
        int loginMax;
        int loginWindowS;
        int addressMax;
        int addressWindowS;
        AddressList allowList;
        int accountMax = 3; // messages per account, whatever the spelling of the login
        int accountWindowS = 3600;
    };

    RecoveryLimiter(const QByteArray& key, Policy policy);

    enum class Subject { Login, Mail };

    // In the caller's transaction: true, and the request is recorded, when both limits allow it.
    bool admit(SqlCipher::Database& db, const QString& login, const QString& address) const
    {
        return admit(db, Subject::Login, login, address);
    }
    bool admit(SqlCipher::Database& db, Subject subject, const QString& typed, const QString& address) const;
    // In the caller's transaction, once the account is known: true, and the message is recorded, while the account
    // has had fewer than accountMax within its window.
    bool admitAccount(SqlCipher::Database& db, const QString& userId) const;

private:
    QByteArray keyOf(const char* kind, const QString& value) const;

    const QByteArray m_key;
    const Policy m_policy;
};

} // namespace LeoEnt
