#pragma once

#include "CredentialChecker.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace httplib {
struct Response;
}
class IncomingRequest;

// A second reading of a password that was refused (contract §3.2, processing order; §3.4): the activation-code
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
