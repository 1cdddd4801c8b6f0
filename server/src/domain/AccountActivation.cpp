#include "domain/AccountActivation.h"

#include "common/MailAddress.h"
#include "domain/LoginThrottle.h"
#include "domain/PasswordPolicy.h"
#include "security/PasswordHasher.h"
#include "security/SecretWipe.h"
#include "store/OneTimeCodes.h"
#include "store/PasswordHistory.h"
#include "store/Store.h"

#include <QRegularExpression>

namespace LeoEnt {

using namespace Qt::StringLiterals;

AccountActivation::AccountActivation(const Parts& parts) : m_parts(parts) {}

std::optional<QString> AccountActivation::normalisedPhone(const QString& typed)
{
    QString phone = typed.trimmed();
    phone.remove(QRegularExpression(u"[ .\\-]"_s));
    static const QRegularExpression shape(u"^\\+?[0-9]{8,15}$"_s);
    if (!shape.match(phone).hasMatch())
        return std::nullopt;
    return phone;
}

QStringList AccountActivation::fieldErrors(const Request& request) const
{
    QStringList errors;
    if (m_parts.cgu && !request.acceptCgu)
        errors.append(u"auth.activation.error.cgu"_s);
    if (request.login.trimmed().isEmpty())
        errors.append(u"auth.activation.error.login.missing"_s);
    if (request.code.trimmed().isEmpty())
        errors.append(u"auth.activation.error.code.missing"_s);
    if (request.password.trimmed().isEmpty()) {
        errors.append(u"auth.activation.error.password.missing"_s);
    } else {
        if (request.password != request.confirmPassword)
            errors.append(u"auth.activation.error.password.mismatch"_s);
        if (!m_parts.policy.accepts(request.password))
            errors.append(u"auth.activation.error.password.format"_s);
    }
    if (!request.mail.isEmpty() && !MailAddress::isValid(request.mail))
        errors.append(u"auth.activation.error.email.format"_s);
    if (!request.phone.isEmpty() && !normalisedPhone(request.phone))
        errors.append(u"auth.activation.error.phone.format"_s);
    return errors;
}

AccountActivation::Result AccountActivation::activate(const Request& request)
{
    Result result{fieldErrors(request), {}};
    if (!result.errors.isEmpty())
        return result;
    const std::optional<QString> owner = m_parts.codes.check(request.login, request.code);
    if (!owner) {
        result.errors.append(u"auth.activation.error.code.invalid"_s);
        return result;
    }

    QByteArray hash = m_parts.hasher.hash(request.password);
    const std::optional<QString> phone = request.phone.isEmpty() ? std::nullopt : normalisedPhone(request.phone);
    const bool activated = m_parts.store.transaction([&](SqlCipher::Database& db) {
        if (!m_parts.codes.consume(db, *owner, request.code))
            return false; // used or burned meanwhile
        PasswordHistory::replacePassword(db, *owner, hash);
        OneTimeCodes::clear(db, *owner, OneTimeCodes::Kind::Reset);
        m_parts.throttle.forget(db, request.login);
        if (!request.mail.isEmpty())
            db.prepare("UPDATE users SET email = ?2 WHERE id = ?1").bindText(1, *owner).bindText(2, request.mail).run();
        if (phone)
            db.prepare("UPDATE users SET mobile = ?2 WHERE id = ?1").bindText(1, *owner).bindText(2, *phone).run();
        if (request.acceptCgu)
            db.prepare("UPDATE users SET need_revalidate_terms = 0 WHERE id = ?1").bindText(1, *owner).run();
        return true;
    });
    wipe(hash);
    if (activated)
        result.userId = *owner;
    else
        result.errors.append(u"auth.activation.error.code.invalid"_s);
    return result;
}

} // namespace LeoEnt
