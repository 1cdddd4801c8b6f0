#pragma once

#include "store/SessionStore.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace LeoEnt {

class CredentialChecker;
class DeliveryWorker;
class PasswordHasher;
class PasswordHistory;
class PasswordPolicy;
class RecoveryMessages;
class OneTimeCodes;
class Store;
class UserDirectory;

// A new password set by proving a reset code or the current password: without a session (POST /auth/reset,
// ENT protocol §3.11) or for the signed-in caller's own account (POST /auth/changePassword, ENT protocol §3.13). The
// checks come in ENT Core's order: the fields (missing, different, against the rule), then the code (a wrong one counts
// as a try) or the current password (a wrong one counts towards the login ban), then the history. On success, in one
// transaction: the code is consumed, the password replaced, every session and OAuth2 token of the account dropped but
// the caller's own session or bearer token, unless forced (ENT protocol §2.3), and a "password changed" e-mail queued.
class PasswordChange final
{
public:
    enum class Outcome {
        Changed,
        InvalidArgument, // auth.reset.invalid.argument
        Refused,         // reset.error: bad, expired or used code, unknown login, wrong password, reused password
        Banned           // auth.error.ban: too many wrong current passwords
    };

    struct Request
    {
        QString login;
        QString resetCode; // empty: prove the current password instead
        QByteArray oldPassword;
        QByteArray password;
        QByteArray confirmPassword;
        bool forced = false;
        std::optional<SessionStore::Session> session; // the caller's own session, if any
        QString language;                             // of the "password changed" e-mail
        QString ownLogin;    // set: the caller's login, the only one it may change (any other is refused unchecked)
        QString accessToken; // the caller's own bearer token, if any
    };

    struct Parts
    {
        Store& store;
        UserDirectory& users;
        const PasswordPolicy& policy;
        const PasswordHasher& hasher;
        const PasswordHistory& history;
        OneTimeCodes& codes;
        CredentialChecker& credentials;
        const RecoveryMessages& messages;
        DeliveryWorker& delivery;
        int giveUpAfterS;
    };

    explicit PasswordChange(const Parts& parts);

    Outcome change(const Request& request);

private:
    bool isValid(const Request& request) const;

    Parts m_parts;
};

} // namespace LeoEnt
