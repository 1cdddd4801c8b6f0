#include "domain/IdentifierRecovery.h"

#include "common/MailAddress.h"
#include "domain/RecoveryLimiter.h"
#include "mail/DeliveryWorker.h"
#include "mail/MessageQueue.h"
#include "mail/RecoveryMessages.h"
#include "security/SecureRandom.h"
#include "store/Store.h"

#include <algorithm>

namespace LeoEnt {

namespace {

struct Match
{
    QString login;
    QString schoolId;
    QString schoolName;
    QString email;
    QString mobile;
    bool activated = false;
};

} // namespace

IdentifierRecovery::IdentifierRecovery(Store& store,
                                       const RecoveryLimiter& limiter,
                                       const RecoveryMessages& messages,
                                       DeliveryWorker& delivery,
                                       int giveUpAfterS)
    : m_store(store), m_limiter(limiter), m_messages(messages), m_delivery(delivery), m_giveUpAfterS(giveUpAfterS)
{
}

QString IdentifierRecovery::searchable(const QString& firstName)
{
    QString folded;
    for (const QChar c : firstName.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing || c.isSpace() || c == u'-' || c == u'\'' || c == u'\u2019')
            continue;
        folded += c.toLower();
    }
    return folded;
}

QList<IdentifierRecovery::Structure> IdentifierRecovery::request(const Request& request)
{
    const QString mail = request.mail.trimmed().toLower();
    const bool firstNameGiven = !request.firstName.isEmpty();
    const QString firstName = searchable(request.firstName);
    QList<Structure> structures;
    const bool queued = m_store.transaction([&](SqlCipher::Database& db) {
        if (!m_limiter.admit(db, RecoveryLimiter::Subject::Mail, mail, request.clientAddress))
            return false;
        auto select = db.prepare(
            "SELECT u.login, u.first_name, u.school_id, s.name, u.email, u.mobile, "
            "u.password_hash IS NOT NULL AND u.blocked = 0 AND "
            "NOT EXISTS (SELECT 1 FROM activation_codes a WHERE a.user_id = u.id) "
            "FROM users u LEFT JOIN schools s ON s.id = u.school_id WHERE lower(u.email) = ?1 ORDER BY s.name, u.id");
        select.bindText(1, mail);
        QList<Match> matches;
        while (select.step()) {
            if (firstNameGiven && searchable(select.columnText(1)) != firstName)
                continue;
            if (!request.structureId.isEmpty() && select.columnText(2) != request.structureId)
                continue;
            matches.append({select.columnText(0), select.columnText(2), select.columnText(3), select.columnText(4),
                            select.columnText(5).trimmed(), select.columnInt(6) != 0});
        }
        select.reset();

        if (matches.size() > 1) {
            for (const Match& match : matches) {
                const bool listed = std::any_of(structures.cbegin(), structures.cend(),
                                                [&](const Structure& s) { return s.id == match.schoolId; });
                if (!match.schoolId.isEmpty() && !listed)
                    structures.append({match.schoolId, match.schoolName});
            }
            // Once the first name is given, several accounts in one school stay ambiguous: nothing is told.
            if (firstNameGiven && structures.size() == 1)
                structures.clear();
            return false;
        }
        if (matches.isEmpty() || !matches.first().activated)
            return false;
        const Match& match = matches.first();
        const qint64 discardAfterMs = Store::nowMs() + 1000LL * m_giveUpAfterS;
        if (request.channel == Channel::Mail && MailAddress::isValid(match.email)) {
            const MimeMail message = m_messages.identifierMail(request.language, match.email, match.login);
            MessageQueue::enqueue(db, OutgoingMessage::Channel::Mail, match.email, message.render(), message.messageId,
                                  discardAfterMs);
            return true;
        }
        if (request.channel == Channel::Sms && !match.mobile.isEmpty()) {
            MessageQueue::enqueue(db, OutgoingMessage::Channel::Sms, match.mobile,
                                  m_messages.identifierSms(request.language, match.login).toUtf8(),
                                  SecureRandom::uuid(), discardAfterMs);
            return true;
        }
        return false;
    });
    if (queued)
        m_delivery.wake();
    return structures;
}

} // namespace LeoEnt
