#include "domain/PasswordRecovery.h"

#include "common/MailAddress.h"
#include "domain/RecoveryLimiter.h"
#include "mail/DeliveryWorker.h"
#include "mail/MessageQueue.h"
#include "mail/RecoveryMessages.h"
#include "security/SecretWipe.h"
#include "security/SecureRandom.h"
#include "store/OneTimeCodes.h"
#include "store/ResetCode.h"
#include "store/Store.h"

#include <algorithm>

namespace LeoEnt {

PasswordRecovery::PasswordRecovery(Store& store,
                                   OneTimeCodes& codes,
                                   const RecoveryLimiter& limiter,
                                   const RecoveryMessages& messages,
                                   DeliveryWorker& delivery,
                                   int giveUpAfterS,
                                   bool checkFederatedLogin)
    : m_store(store), m_codes(codes), m_limiter(limiter), m_messages(messages), m_delivery(delivery),
      m_giveUpAfterS(giveUpAfterS), m_checkFederatedLogin(checkFederatedLogin)
{
}

void PasswordRecovery::request(const QString& login,
                               Channel channel,
                               const QString& language,
                               const QString& clientAddress)
{
    QString code = ResetCode::generate();
    // A message lives no longer than its code: an undelivered one is dropped when the code expires.
    const qint64 discardAfterMs = Store::nowMs() + 1000LL * std::min(m_codes.lifetimeS(), m_giveUpAfterS);
    const bool queued = m_store.transaction([&](SqlCipher::Database& db) {
        if (!m_limiter.admit(db, login, clientAddress))
            return false;
        // As DefaultUserAuthAccount.findByLogin under check-federated-login: a federated account is not found.
        auto select = db.prepare("SELECT id, email, mobile FROM users WHERE login = ?1 AND blocked = 0 AND "
                                 "password_hash IS NOT NULL AND (?2 = 0 OR federated = 0)");
        if (!select.bindText(1, login).bindInt(2, m_checkFederatedLogin).step())
            return false;
        const QString userId = select.columnText(0);
        const QString email = select.columnText(1);
        const QString mobile = select.columnText(2).trimmed();
        select.reset();
        if (!m_limiter.admitAccount(db, userId))
            return false;
        if (channel == Channel::Mail && MailAddress::isValid(email)) {
            const MimeMail mail = m_messages.resetCodeMail(language, email, code);
            MessageQueue::enqueue(db, OutgoingMessage::Channel::Mail, email, mail.render(), mail.messageId,
                                  discardAfterMs);
        } else if (channel == Channel::Sms && !mobile.isEmpty()) {
            MessageQueue::enqueue(db, OutgoingMessage::Channel::Sms, mobile,
                                  m_messages.resetCodeSms(language, code).toUtf8(), SecureRandom::uuid(),
                                  discardAfterMs);
        } else {
            return false;
        }
        m_codes.issue(db, userId, code);
        return true;
    });
    wipe(code);
    if (queued)
        m_delivery.wake();
}

} // namespace LeoEnt
