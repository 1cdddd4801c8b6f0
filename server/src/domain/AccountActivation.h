#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace LeoEnt {

class LoginThrottle;
class OneTimeCodes;
class PasswordHasher;
class PasswordPolicy;
class Store;

// POST /auth/activation (ENT protocol §3.2): an account that never had a password gets one by proving its activation
// code. The fields are checked first, every problem named (ENT Core's auth.activation.error.* keys, and the terms
// of use when [auth] cgu is on); only a complete form has its code checked, a wrong one counting as a try. On
// success, in one transaction: the code is consumed, the password set, the optional e-mail address and phone number
// stored, the terms marked accepted.
class AccountActivation final
{
public:
    struct Request
    {
        QString login;
        QString code;
        QByteArray password;
        QByteArray confirmPassword;
        bool acceptCgu = false;
        QString mail;  // empty: not given
        QString phone; // empty: not given
    };

    struct Result
    {
        QStringList errors; // i18n keys, in the order ENT Core reports them
        QString userId;     // set when activated
    };

    struct Parts
    {
        Store& store;
        OneTimeCodes& codes;
        const PasswordPolicy& policy;
        const PasswordHasher& hasher;
        const LoginThrottle& throttle; // an activation lifts the login's lock
        bool cgu;
    };

    explicit AccountActivation(const Parts& parts);

    Result activate(const Request& request);

    // "06 12 34 56 78" -> "0612345678", "+33 6 12…" -> "+33612…"; nullopt when it is not a phone number.
    static std::optional<QString> normalisedPhone(const QString& typed);

private:
    QStringList fieldErrors(const Request& request) const;

    Parts m_parts;
};

} // namespace LeoEnt
