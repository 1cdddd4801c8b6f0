#include "domain/CredentialChecker.h"

#include "domain/AddressThrottle.h"
#include "domain/LoginThrottle.h"
#include "security/PasswordHasher.h"
#include "store/UserDirectory.h"

namespace LeoEnt {

using namespace Qt::StringLiterals;

CredentialChecker::CredentialChecker(UserDirectory& users,
                                     const PasswordHasher& hasher,
                                     LoginThrottle& throttle,
                                     AddressThrottle& addresses,
                                     bool checkFederatedLogin)
    : m_users(users), m_hasher(hasher), m_throttle(throttle), m_checkFederatedLogin(checkFederatedLogin),
      m_addresses(addresses)
{
}

CredentialChecker::~CredentialChecker() = default;

CredentialChecker::Result
CredentialChecker::check(const QString& login, const QByteArray& password, const QString& clientAddress)
{
    if (login.isEmpty() || password.isEmpty())
        return {}; // not counted, as in ENT Core
    if (clientAddress.isEmpty())
        return checkLogin(login, password);
    if (!m_addresses.admit(clientAddress))
        return {Outcome::Banned, std::nullopt};
    Result result = checkLogin(login, password);
    if (result.outcome != Outcome::Accepted)
        m_addresses.failed(clientAddress);
    return result;
}

CredentialChecker::Result CredentialChecker::checkLogin(const QString& login, const QByteArray& password)
{
    if (login.size() > maxLoginLength || password.size() > maxPasswordLength)
        return {}; // no account has such a login or password
    const QString key = LoginThrottle::keyFor(login);
    if (!m_throttle.admit(key))
        return {Outcome::Banned, std::nullopt};

    std::optional<UserRecord> user = m_users.findByLogin(login);
    if (user && m_checkFederatedLogin && user->federated)
        user.reset(); // its password is still hashed against nothing: the same answer, in the same time
    const bool passwordMatches = m_hasher.verify(user ? user->passwordHash : QByteArray(), password);
    if (!passwordMatches)
        return {};
    if (user->blocked)
        return {Outcome::Blocked, std::nullopt};
    m_throttle.succeeded(key);
    return {Outcome::Accepted, std::move(user)};
}

void CredentialChecker::unlock(SqlCipher::Database& db, const QString& login) const
{
    m_throttle.forget(db, login);
}

QString CredentialChecker::errorKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Banned:
        return u"auth.error.ban"_s;
    case Outcome::Blocked:
        return u"auth.error.blockedUser"_s;
    case Outcome::Accepted:
    case Outcome::Failed:
        break;
    }
    return u"auth.error.authenticationFailed"_s;
}

} // namespace LeoEnt
