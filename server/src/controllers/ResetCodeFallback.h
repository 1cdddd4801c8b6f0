#pragma once

#include "controllers/LoginFallback.h"

namespace LeoEnt {

class OneTimeCodes;
class SafeRedirect;

// A valid reset code typed as the password (ENT protocol §3.2, §3.4, §4.3): the login form answers 302 to
// /auth/reset/<code>?login=<login> without a cookie, the password grant 403 access_denied
// auth.error.password.reset. Unlike ENT Core, only after an ordinary refusal (a banned login gets the ban) and only
// for a secret shaped like a code, which then counts as a try against the account's code.
class ResetCodeFallback final : public CodeLoginFallback
{
public:
    ResetCodeFallback(OneTimeCodes& codes, const SafeRedirect& redirect);

    bool handle(const QString& login,
                const QByteArray& secret,
                CredentialChecker::Outcome outcome,
                const IncomingRequest& request,
                httplib::Response& response) override;
    std::optional<QString>
    grantRefusal(const QString& login, const QByteArray& secret, CredentialChecker::Outcome outcome) override;

private:
    const SafeRedirect& m_redirect;
};

} // namespace LeoEnt
