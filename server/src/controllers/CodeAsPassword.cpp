#include "controllers/CodeAsPassword.h"

#include "common/SafeRedirect.h"
#include "common/Translator.h"
#include "http/HttpReply.h"
#include "http/IncomingRequest.h"
#include "store/OneTimeCodes.h"
#include "store/ResetCode.h"
#include "store/UserDirectory.h"
#include "views/ActivationPageHtml.h"
#include "views/HtmlPage.h"

#include <QUrl>

namespace LeoEnt {

using namespace Qt::StringLiterals;

CodeAsPassword
CodeAsPassword::activationCode(OneTimeCodes& codes,
                               UserDirectory& users,
                               const ActivationPageHtml& page,
                               const Translator& translator)
{
    return {codes, u"auth.error.activation.code"_s,
            [&users, &page, &translator](const QString& login, const QString& code, const IncomingRequest& request,
                                         HttpResponse& response) {
                // As ENT Core's handleMatchActivationCode: the page carries what the account holds, to send back.
                const std::optional<UserRecord> user = users.findByLogin(login);
                const ActivationPageHtml::Fields fields{translator.languageOf(request),
                                                        login,
                                                        code,
                                                        {},
                                                        user ? user->email : QString(),
                                                        user ? user->mobile : QString()};
                HttpReply::html(response, 200, page.render(fields), HtmlPage::contentSecurityPolicy());
            }};
}

CodeAsPassword CodeAsPassword::resetCode(OneTimeCodes& codes, const SafeRedirect& redirect)
{
    return {codes, u"auth.error.password.reset"_s,
            [&redirect](const QString& login, const QString& code, const IncomingRequest&,
                        HttpResponse& response) {
                HttpReply::redirect(response, redirect.absolute(QByteArray("/auth/reset/" + code.toLatin1() +
                                                                           "?login=" + QUrl::toPercentEncoding(login))));
            }};
}

CodeAsPassword::CodeAsPassword(OneTimeCodes& codes, const QString& grantRefusal, FormAnswer formAnswer)
    : m_codes(codes), m_grantRefusal(grantRefusal), m_formAnswer(std::move(formAnswer))
{
}

bool CodeAsPassword::answerForm(const QString& login,
                                const QByteArray& secret,
                                CredentialChecker::Outcome outcome,
                                const IncomingRequest& request,
                                HttpResponse& response)
{
    const std::optional<QString> code = recognise(login, secret, outcome);
    if (!code)
        return false;
    m_formAnswer(login, *code, request, response);
    return true;
}

std::optional<QString>
CodeAsPassword::grantRefusal(const QString& login, const QByteArray& secret, CredentialChecker::Outcome outcome)
{
    if (!recognise(login, secret, outcome))
        return std::nullopt;
    return m_grantRefusal;
}

std::optional<QString>
CodeAsPassword::recognise(const QString& login, const QByteArray& secret, CredentialChecker::Outcome outcome)
{
    if (outcome != CredentialChecker::Outcome::Failed || login.isEmpty())
        return std::nullopt;
    std::optional<QString> code = ResetCode::normalised(QString::fromUtf8(secret));
    if (!code || !m_codes.check(login, *code))
        return std::nullopt;
    return code;
}

} // namespace LeoEnt
