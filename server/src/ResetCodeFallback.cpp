#include "ResetCodeFallback.h"

#include "HttpReply.h"
#include "OneTimeCodes.h"
#include "ResetCode.h"
#include "SafeRedirect.h"

#include <QUrl>

using namespace Qt::StringLiterals;

ResetCodeFallback::ResetCodeFallback(OneTimeCodes& codes, const SafeRedirect& redirect)
    : m_codes(codes), m_redirect(redirect)
{
}

std::optional<QString>
ResetCodeFallback::recognise(const QString& login, const QByteArray& secret, CredentialChecker::Outcome outcome)
{
    if (outcome != CredentialChecker::Outcome::Failed || login.isEmpty())
        return std::nullopt;
    std::optional<QString> code = ResetCode::normalised(QString::fromUtf8(secret));
    if (!code || !m_codes.check(login, *code))
        return std::nullopt;
    return code;
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
