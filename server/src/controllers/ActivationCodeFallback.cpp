#include "controllers/ActivationCodeFallback.h"

#include "common/Translator.h"
#include "http/HttpReply.h"
#include "http/IncomingRequest.h"
#include "views/ActivationPageHtml.h"
#include "views/HtmlPage.h"

namespace LeoEnt {

using namespace Qt::StringLiterals;

ActivationCodeFallback::ActivationCodeFallback(OneTimeCodes& codes,
                                               const ActivationPageHtml& page,
                                               const Translator& translator)
    : CodeLoginFallback(codes), m_page(page), m_translator(translator)
{
}

bool ActivationCodeFallback::handle(const QString& login,
                                    const QByteArray& secret,
                                    CredentialChecker::Outcome outcome,
                                    const IncomingRequest& request,
                                    httplib::Response& response)
{
    const std::optional<QString> code = recognise(login, secret, outcome);
    if (!code)
        return false;
    const ActivationPageHtml::Fields fields{m_translator.languageOf(request), login, *code, {}};
    HttpReply::html(response, 200, m_page.render(fields), HtmlPage::contentSecurityPolicy());
    return true;
}

std::optional<QString>
ActivationCodeFallback::grantRefusal(const QString& login, const QByteArray& secret, CredentialChecker::Outcome outcome)
{
    if (!recognise(login, secret, outcome))
        return std::nullopt;
    return u"auth.error.activation.code"_s;
}

} // namespace LeoEnt
