#pragma once

#include "domain/CredentialChecker.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace LeoEnt {
struct HttpResponse;
}

namespace LeoEnt {

class ActivationPageHtml;
class IncomingRequest;
class OneTimeCodes;
class SafeRedirect;
class Translator;
class UserDirectory;

// One of the account's one-time codes typed as the password: a second reading of a refused password, for the login
// form and the OAuth2 password grant (ENT protocol §3.2, processing order; §3.4). Only after an ordinary refusal (a
// banned login gets the ban) and only for a secret shaped like a code, which then counts as a try against the
// account's code. Two kinds, tried in ENT Core's order:
// - a pending activation code: the login form answers 200 with the activation page (no cookie; the login, the code,
//   and, as ENT Core's handleMatchActivationCode, the account's e-mail address and mobile filled in so that the form
//   sends them back), the password grant 403 access_denied auth.error.activation.code;
// - a valid reset code (ENT protocol §4.3): the login form answers 302 to /auth/reset/<code>?login=<login> without a
//   cookie, the password grant 403 access_denied auth.error.password.reset. Unlike ENT Core, only after an ordinary
//   refusal, as above.
class CodeAsPassword final
{
public:
    // The login form's answer to a recognised code (normalised).
    using FormAnswer = std::function<void(
        const QString& login, const QString& code, const IncomingRequest& request, HttpResponse& response)>;

    static CodeAsPassword activationCode(OneTimeCodes& codes,
                                         UserDirectory& users,
                                         const ActivationPageHtml& page,
                                         const Translator& translator);
    static CodeAsPassword resetCode(OneTimeCodes& codes, const SafeRedirect& redirect);

    CodeAsPassword(const CodeAsPassword&) = delete;
    CodeAsPassword& operator=(const CodeAsPassword&) = delete;

    // The login form: true when the secret is the login's code and the answer is written.
    bool answerForm(const QString& login,
                    const QByteArray& secret,
                    CredentialChecker::Outcome outcome,
                    const IncomingRequest& request,
                    HttpResponse& response);
    // The password grant: the error_description of a 403 access_denied, when the secret is the login's code.
    std::optional<QString>
    grantRefusal(const QString& login, const QByteArray& secret, CredentialChecker::Outcome outcome);

private:
    CodeAsPassword(OneTimeCodes& codes, const QString& grantRefusal, FormAnswer formAnswer);

    // The code, normalised, when `secret` is the login's valid code.
    std::optional<QString>
    recognise(const QString& login, const QByteArray& secret, CredentialChecker::Outcome outcome);

    OneTimeCodes& m_codes;
    const QString m_grantRefusal;
    const FormAnswer m_formAnswer;
};

} // namespace LeoEnt
