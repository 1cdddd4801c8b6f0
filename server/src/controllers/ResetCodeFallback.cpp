#include "controllers/ResetCodeFallback.h"

#include "common/SafeRedirect.h"
#include "http/HttpReply.h"

#include <QUrl>

namespace LeoEnt {

using namespace Qt::StringLiterals;

ResetCodeFallback::ResetCodeFallback(OneTimeCodes& codes, const SafeRedirect& redirect)
    : CodeLoginFallback(codes), m_redirect(redirect)
{
}

bool ResetCodeFallback::handle(const QString& login,
                               const QByteArray& secret,
                               CredentialChecker::Outcome outcome,
                               const IncomingRequest&,
                               httplib::Response& response)
{
    const std::optional<QString> code = recognise(login, secret, outcome);
    if (!code)
        return false;
    HttpReply::redirect(response, m_redirect.absolute(QByteArray("/auth/reset/" + code->toLatin1() +
                                                                 "?login=" + QUrl::toPercentEncoding(login))));
    return true;
}

std::optional<QString>
ResetCodeFallback::grantRefusal(const QString& login, const QByteArray& secret, CredentialChecker::Outcome outcome)
{
    if (!recognise(login, secret, outcome))
        return std::nullopt;
    return u"auth.error.password.reset"_s;
}

} // namespace LeoEnt
