#pragma once

#include "controllers/LoginFallback.h"

namespace LeoEnt {

class ActivationPageHtml;
class OneTimeCodes;
class Translator;

// A pending activation code typed as the password (ENT protocol §3.2, §3.4): the login form answers 200 with the
// activation page (no cookie; the login and the code filled in, never the account's e-mail or phone), the password
// grant 403 access_denied auth.error.activation.code. As for reset codes, only after an ordinary refusal (a banned
// login gets the ban) and only for a secret shaped like a code, which then counts as a try against the account's
// activation code. Tried before the reset-code fallback, as in ENT Core.
class ActivationCodeFallback final : public CodeLoginFallback
{
public:
    ActivationCodeFallback(OneTimeCodes& codes, const ActivationPageHtml& page, const Translator& translator);

    bool handle(const QString& login,
                const QByteArray& secret,
                CredentialChecker::Outcome outcome,
                const IncomingRequest& request,
                httplib::Response& response) override;
    std::optional<QString>
    grantRefusal(const QString& login, const QByteArray& secret, CredentialChecker::Outcome outcome) override;

private:
    const ActivationPageHtml& m_page;
    const Translator& m_translator;
};

} // namespace LeoEnt
