#pragma once

#include "store/UserRecord.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace SqlCipher {
class Database;
}

namespace LeoEnt {

class AddressThrottle;
class LoginThrottle;
class PasswordHasher;
class UserDirectory;

// The password check shared by the login form and the OAuth2 password grant (ENT protocol §7), stricter than
// ENT Core so that answers do not reveal which logins exist: unknown logins are throttled like known ones, and
// a blocked account is only reported to someone who typed its password. A login or password longer than any account
// can have is refused before any work. With a client address, the per-address limit applies as well: an address over
// it gets the ban's answer, and each failure from it counts.
class CredentialChecker final
{
public:
    enum class Outcome { Accepted, Failed, Banned, Blocked };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        std::optional<UserRecord> user; // set when Accepted
    };

    static constexpr qsizetype maxLoginLength = 256;
    static constexpr qsizetype maxPasswordLength = 1024;

    // checkFederatedLogin: ENT Core's check-federated-login, an account marked federated is looked up as if it did
    // not exist (OAuthDataHandler.getUserIdNeo4j), so its password is refused as a wrong one.
    CredentialChecker(UserDirectory& users,
                      const PasswordHasher& hasher,
                      LoginThrottle& throttle,
                      AddressThrottle& addresses,
                      bool checkFederatedLogin = false);
    ~CredentialChecker();
    CredentialChecker(const CredentialChecker&) = delete;
    CredentialChecker& operator=(const CredentialChecker&) = delete;

    Result check(const QString& login, const QByteArray& password, const QString& clientAddress = {});

    // In the caller's transaction: the login's failures, ban and lock are lifted (its password was replaced).
    void unlock(SqlCipher::Database& db, const QString& login) const;

    static QString errorKey(Outcome outcome); // auth.error.*

private:
    UserDirectory& m_users;
    const PasswordHasher& m_hasher;
    Result checkLogin(const QString& login, const QByteArray& password);

    LoginThrottle& m_throttle;
    const bool m_checkFederatedLogin;
    AddressThrottle& m_addresses;
};

} // namespace LeoEnt
