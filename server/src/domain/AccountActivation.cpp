#include "domain/AccountActivation.h"

#include "common/MailAddress.h"
#include "common/MobileNumber.h"
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

namespace {

// ENT Core's StringValidation.isEmail, which its activation applies (ENT protocol §3.16): a dotted domain.
bool entCoreEmail(const QString& address)
{
    static const QRegularExpression pattern(u"^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}$"_s);
    return pattern.match(address).hasMatch();
}

} // namespace

AccountActivation::AccountActivation(const Parts& parts) : m_parts(parts) {}

QStringList AccountActivation::fieldErrors(const Request& request) const
{
    QStringList errors;
    if (request.login.trimmed().isEmpty())
        errors.append(u"auth.activation.error.login.missing"_s);
    if (request.code.trimmed().isEmpty())
        errors.append(u"auth.activation.error.code.missing"_s);
    if (request.password.isEmpty()) {
        errors.append(u"auth.activation.error.password.missing"_s);
    } else {
        if (request.password != request.confirmPassword)
            errors.append(u"auth.activation.error.password.mismatch"_s);
        if (!m_parts.policy.accepts(request.password))
            errors.append(u"auth.activation.error.password.format"_s);
    }
    if (m_parts.mandatoryMail && request.mail.isEmpty())
        errors.append(u"auth.activation.error.email.mandatory"_s);
    else if (!request.mail.isEmpty() && (!MailAddress::isValid(request.mail) || !entCoreEmail(request.mail)))
        errors.append(u"auth.activation.error.email.format"_s);
    if (m_parts.mandatoryPhone && request.phone.isEmpty()) {
        errors.append(u"auth.activation.error.phone.mandatory"_s);
    } else if (!request.phone.isEmpty()) {
        // Stricter than ENT Core: a number outside the French plan is refused rather than judged.
        const Common::MobileNumber phone = Common::MobileNumber::check(request.phone);
        if (phone.verdict == Common::MobileNumber::Verdict::ForeignCountry)
            errors.append(u"phone.validation.error.invalid.number"_s);
        else if (phone.verdict == Common::MobileNumber::Verdict::Invalid)
            errors.append(phone.errorKey);
    }
    return errors;
}

AccountActivation::Result AccountActivation::activate(const Request& request)
{
    Result result;
    if (m_parts.cgu && !request.acceptCgu) {
        result.errors.append(u"invalid.cgu"_s);
        result.cguRefused = true;
        return result;
    }
    result.errors = fieldErrors(request);
    if (!result.errors.isEmpty())
        return result;
    const std::optional<QString> owner = m_parts.codes.check(request.login, request.code);
    if (!owner) {
        result.errors.append(u"auth.activation.error.code.invalid"_s);
        return result;
    }

    QByteArray hash = m_parts.hasher.hash(request.password);
    const QString phone = request.phone.isEmpty() ? QString() : Common::MobileNumber::check(request.phone).e164;
    const bool activated = m_parts.store.transaction([&](SqlCipher::Database& db) {
        if (!m_parts.codes.consume(db, *owner, request.code))
            return false; // used or burned meanwhile
        PasswordHistory::replacePassword(db, *owner, hash);
        OneTimeCodes::clear(db, *owner, OneTimeCodes::Kind::Reset);
        m_parts.throttle.forget(db, request.login);
        // What the form carried, as ENT Core stores it: an empty field leaves the account without one.
        db.prepare("UPDATE users SET email = NULLIF(?2, ''), mobile = NULLIF(?3, '') WHERE id = ?1")
            .bindText(1, *owner)
            .bindText(2, request.mail)
            .bindText(3, phone)
            .run();
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
