#include "controllers/LoginFallback.h"

#include "store/OneTimeCodes.h"
#include "store/ResetCode.h"

namespace LeoEnt {

std::optional<QString>
CodeLoginFallback::recognise(const QString& login, const QByteArray& secret, CredentialChecker::Outcome outcome)
{
    if (outcome != CredentialChecker::Outcome::Failed || login.isEmpty())
        return std::nullopt;
    std::optional<QString> code = ResetCode::normalised(QString::fromUtf8(secret));
    if (!code || !m_codes.check(login, *code))
        return std::nullopt;
    return code;
}

} // namespace LeoEnt
