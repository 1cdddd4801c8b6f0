#pragma once

#include "domain/CredentialChecker.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace httplib {
struct Response;
}

namespace LeoEnt {

class IncomingRequest;
class OneTimeCodes;

// A second reading of a password that was refused (ENT protocol §3.2, processing order; §3.4): the activation-code
// and reset-code fallbacks plug in here, in that order, for the login form and the OAuth2 password grant.
class LoginFallback
{
public:
    virtual ~LoginFallback() = default;

    // The login form: true when it wrote the answer.
    virtual bool handle(const QString& login,
                        const QByteArray& secret,
                        CredentialChecker::Outcome outcome,
                        const IncomingRequest& request,
                        httplib::Response& response) = 0;

    // The password grant: the error_description of a 403 access_denied, when the secret is recognised.
    virtual std::optional<QString>
    grantRefusal(const QString& login, const QByteArray& secret, CredentialChecker::Outcome outcome) = 0;
};

// A fallback that reads the refused password as one of the account's one-time codes: only after an ordinary refusal
// (a banned login gets the ban) and only for a secret shaped like a code, which then counts as a try against the
// account's code.
class CodeLoginFallback : public LoginFallback
{
protected:
    explicit CodeLoginFallback(OneTimeCodes& codes) : m_codes(codes) {}

    // The code, normalised, when `secret` is the login's valid code.
    std::optional<QString>
    recognise(const QString& login, const QByteArray& secret, CredentialChecker::Outcome outcome);

private:
    OneTimeCodes& m_codes;
};

} // namespace LeoEnt
