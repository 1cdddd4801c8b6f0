#include "domain/PasswordChange.h"

#include "common/MailAddress.h"
#include "domain/CredentialChecker.h"
#include "domain/PasswordPolicy.h"
#include "mail/DeliveryWorker.h"
#include "mail/MessageQueue.h"
#include "mail/RecoveryMessages.h"
#include "security/PasswordHasher.h"
#include "security/SecretWipe.h"
#include "store/OneTimeCodes.h"
#include "store/PasswordHistory.h"
#include "store/Store.h"
#include "store/TokenStore.h"
#include "store/UserDirectory.h"

namespace LeoEnt {

PasswordChange::PasswordChange(const Parts& parts) : m_parts(parts) {}

bool PasswordChange::isValid(const Request& request) const
{
    if (request.login.trimmed().isEmpty())
        return false;
    if (request.resetCode.isEmpty() && (request.oldPassword.isEmpty() || request.oldPassword == request.password))
        return false;
    return !request.password.trimmed().isEmpty() && request.password == request.confirmPassword &&
           m_parts.policy.accepts(request.password);
}

PasswordChange::Outcome PasswordChange::change(const Request& request)
{
    if (!isValid(request))
        return Outcome::InvalidArgument;
    if (!request.ownLogin.isEmpty() && request.login != request.ownLogin)
        return Outcome::Refused; // stricter than ENT Core, which lets a session change any account it knows

    std::optional<UserRecord> user;
    if (!request.resetCode.isEmpty()) {
        const std::optional<QString> owner = m_parts.codes.check(request.login, request.resetCode);
        if (!owner)
            return Outcome::Refused;
        user = m_parts.users.findById(*owner);
    } else {
        CredentialChecker::Result result = m_parts.credentials.check(request.login, request.oldPassword);
        if (result.outcome == CredentialChecker::Outcome::Banned)
            return Outcome::Banned;
        if (result.outcome != CredentialChecker::Outcome::Accepted)
            return Outcome::Refused;
        user = std::move(result.user); // the checker has just read the account: not read again
    }
    if (!user || m_parts.history.contains(user->id, request.password))
        return Outcome::Refused;
    const QString userId = user->id;

    QByteArray hash = m_parts.hasher.hash(request.password);
    const QString keep =
        request.session && request.session->userId == userId && !request.forced ? request.session->id : QString();
    const QString keepToken = request.forced ? QString() : request.accessToken; // revokeAllOf keeps only userId's
    const bool changed = m_parts.store.transaction([&](SqlCipher::Database& db) {
        if (!request.resetCode.isEmpty() && !m_parts.codes.consume(db, userId, request.resetCode))
            return false; // used or burned meanwhile
        OneTimeCodes::clear(db, userId, OneTimeCodes::Kind::Reset);
        PasswordHistory::replacePassword(db, userId, hash);
        m_parts.credentials.unlock(db, user->login);
        db.prepare("UPDATE users SET force_change_password = 0 WHERE id = ?1").bindText(1, userId).run();
        SessionStore::dropAllOf(db, userId, keep);
        TokenStore::revokeAllOf(db, userId, keepToken);
        if (MailAddress::isValid(user->email)) {
            const MimeMail mail = m_parts.messages.passwordChangedMail(request.language, user->email);
            MessageQueue::enqueue(db, OutgoingMessage::Channel::Mail, user->email, mail.render(), mail.messageId,
                                  Store::nowMs() + 1000LL * m_parts.giveUpAfterS);
        }
        return true;
    });
    wipe(hash);
    if (!changed)
        return Outcome::Refused;
    m_parts.delivery.wake();
    return Outcome::Changed;
}

} // namespace LeoEnt
