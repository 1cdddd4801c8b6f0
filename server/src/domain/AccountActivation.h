#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace LeoEnt {

class LoginThrottle;
class OneTimeCodes;
class PasswordHasher;
class PasswordPolicy;
class Store;

// POST /auth/activation (ENT protocol §3.2, §3.16): an account that never had a password gets one by proving its
// activation code. As in ENT Core's AuthController.activeAccountSubmit: the terms of use first, alone ([auth] cgu: the
// raw key invalid.cgu); then the fields, every problem named (auth.activation.error.* keys, the mandatory e-mail and
// mobile of [auth] mandatory_mail / mandatory_phone, the phone.validation.error.* keys); only a complete form has its
// code checked, a wrong one counting as a try. On success, in one transaction: the code is consumed, the password
// set, the e-mail address and the mobile number (E.164) set to exactly what the form carried (as
// DefaultUserAuthAccount.activateAccount: a field left empty erases what the account held; the activation page
// pre-fills both), the terms marked accepted.
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
        bool cguRefused = false; // the terms were not accepted: errors is {"invalid.cgu"}, sent untranslated
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
        bool mandatoryMail = false;
        bool mandatoryPhone = false;
    };

    explicit AccountActivation(const Parts& parts);

    Result activate(const Request& request);

private:
    QStringList fieldErrors(const Request& request) const;

    Parts m_parts;
};

} // namespace LeoEnt
