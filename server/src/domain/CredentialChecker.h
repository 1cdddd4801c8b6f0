#pragma once

#include "store/UserRecord.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace LeoEnt {

class LoginThrottle;
class PasswordHasher;
class UserDirectory;

// The password check shared by the login form and the OAuth2 password grant (ENT protocol §7), stricter than
// ENT Core so that answers do not reveal which logins exist: unknown logins are throttled like known ones, and
// a blocked account is only reported to someone who typed its password.
class CredentialChecker final
{
public:
    enum class Outcome { Accepted, Failed, Banned, Blocked };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        std::optional<UserRecord> user; // set when Accepted
    };

    CredentialChecker(UserDirectory& users, const PasswordHasher& hasher, LoginThrottle& throttle);
    ~CredentialChecker();
    CredentialChecker(const CredentialChecker&) = delete;
    CredentialChecker& operator=(const CredentialChecker&) = delete;

    Result check(const QString& login, const QByteArray& password);

    static QString errorKey(Outcome outcome); // auth.error.*

private:
    UserDirectory& m_users;
    const PasswordHasher& m_hasher;
    LoginThrottle& m_throttle;
};

} // namespace LeoEnt
