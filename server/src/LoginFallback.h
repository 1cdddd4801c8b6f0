#pragma once

#include "CredentialChecker.h"

#include <QByteArray>
#include <QString>

namespace httplib {
struct Response;
}
class IncomingRequest;

// A second reading of a password the login form refused (contract §3.2, processing order): the activation-code
// and reset-code fallbacks plug in here, in that order. handle() returns true when it wrote the answer.
class LoginFallback
{
public:
    virtual ~LoginFallback() = default;

    virtual bool handle(const QString& login,
                        const QByteArray& secret,
                        CredentialChecker::Outcome outcome,
                        const IncomingRequest& request,
                        httplib::Response& response) = 0;
};
