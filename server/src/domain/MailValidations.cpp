#include "domain/MailValidations.h"

#include "common/MailAddress.h"
#include "mail/DeliveryWorker.h"
#include "mail/MessageQueue.h"
#include "mail/RecoveryMessages.h"
#include "security/Digest.h"
#include "security/SecretWipe.h"
#include "security/SecureRandom.h"
#include "store/Store.h"
#include "store/UserRecord.h"

#include <QDateTime>

#include <algorithm>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

QString newCode()
{
    return QString::number(SecureRandom::uniform(1000000)).rightJustified(6, u'0');
}

} // namespace

MailValidations::MailValidations(Store& store,
                                 const RecoveryMessages& messages,
                                 DeliveryWorker& delivery,
                                 const Policy& policy)
    : m_store(store), m_messages(messages), m_delivery(delivery), m_policy(policy),
      m_key(store.secretKey("mail_code_key"))
{
}

MailValidations::~MailValidations() = default;

QByteArray MailValidations::hash(const QString& userId, const QString& address, const QString& code) const
{
    return Digest::keyed(m_key, QByteArray(userId.toUtf8() + '\0' + address.toUtf8() + '\0' + code.toUtf8()));
}

std::optional<MailValidations::Issued> MailValidations::remembered(const QString& userId)
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_issued.constFind(userId);
    if (it == m_issued.cend())
        return std::nullopt;
    return *it;
}

void MailValidations::remember(const QString& userId, const Issued& issued)
{
    const std::lock_guard lock(m_mutex);
    const qint64 now = Store::now();
    m_issued.removeIf([now](QHash<QString, Issued>::iterator it) { return it->expiresAt <= now; });
    m_issued.insert(userId, issued);
}

void MailValidations::forget(const QString& userId)
{
    const std::lock_guard lock(m_mutex);
    if (const auto it = m_issued.find(userId); it != m_issued.end()) {
        wipe(it->code);
        m_issued.erase(it);
    }
}

std::optional<MailValidations::Snapshot> MailValidations::read(const QString& userId)
{
    const qint64 now = Store::now();
    return m_store.transaction([&](SqlCipher::Database& db) -> std::optional<Snapshot> {
        auto select =
            db.prepare("SELECT state, valid, pending, expires_at, tries FROM mail_validations WHERE user_id = ?1");
        if (!select.bindText(1, userId).step())
            return std::nullopt;
        Snapshot snapshot;
        snapshot.state = static_cast<State>(select.columnInt(0));
        snapshot.valid = select.columnText(1);
        snapshot.pending = select.columnText(2);
        if (!select.isNull(3))
            snapshot.ttlS = std::max<qint64>(0, select.columnInt(3) - now);
        if (!select.isNull(4))
            snapshot.tries = static_cast<int>(select.columnInt(4));
        return snapshot;
    });
}

bool MailValidations::request(const UserRecord& user, const QString& address, const QString& language)
{
    const qint64 now = Store::now();
    const std::optional<Issued> previous = remembered(user.id);
    Issued issued{address, {}, now + m_policy.lifetimeS};
    const bool admitted = m_store.transaction([&](SqlCipher::Database& db) {
        auto select = db.prepare("SELECT state, pending, code_hash, expires_at, tries, window_start, requests, "
                                 "failed_tries FROM mail_validations WHERE user_id = ?1");
        const bool stored = select.bindText(1, user.id).step();
        qint64 windowStart = stored ? select.columnInt(5) : now;
        qint64 requests = stored ? select.columnInt(6) : 0;
        qint64 failed = stored ? select.columnInt(7) : 0;
        if (now - windowStart >= m_policy.windowS) {
            windowStart = now;
            requests = 0;
            failed = 0;
        }
        // Wrong codes are counted per account within the window, whatever the address they were mailed to: a new
        // address does not bring fresh tries.
        if (requests >= m_policy.maxRequests || failed >= m_policy.maxTries)
            return false;
        // The same code again only for the same address, still pending and in time; it keeps its tries left.
        const bool reuse = stored && select.columnInt(0) == static_cast<int>(State::Pending) &&
                           select.columnText(1) == address && select.columnInt(3) > now && previous &&
                           previous->address == address &&
                           Digest::equal(hash(user.id, address, previous->code), select.columnBlob(2));
        const qint64 tries =
            std::min<qint64>(reuse ? select.columnInt(4) : m_policy.maxTries, m_policy.maxTries - failed);
        select.reset();
        issued.code = reuse ? previous->code : newCode();
        db.prepare("INSERT INTO mail_validations (user_id, state, pending, code_hash, expires_at, tries, "
                   "window_start, requests, failed_tries) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                   "ON CONFLICT (user_id) DO UPDATE SET state = excluded.state, pending = excluded.pending, "
                   "code_hash = excluded.code_hash, expires_at = excluded.expires_at, tries = excluded.tries, "
                   "window_start = excluded.window_start, requests = excluded.requests, "
                   "failed_tries = excluded.failed_tries")
            .bindText(1, user.id)
            .bindInt(2, static_cast<int>(State::Pending))
            .bindText(3, address)
            .bindBlob(4, hash(user.id, address, issued.code))
            .bindInt(5, issued.expiresAt)
            .bindInt(6, tries)
            .bindInt(7, windowStart)
            .bindInt(8, requests + 1)
            .bindInt(9, failed)
            .run();
        const MimeMail mail =
            m_messages.addressCodeMail(language, address, user.firstName, issued.code, m_policy.lifetimeS);
        MessageQueue::enqueue(db, OutgoingMessage::Channel::Mail, address, mail.render(), mail.messageId,
                              1000LL * issued.expiresAt);
        return true;
    });
    if (admitted) {
        remember(user.id, issued);
        m_delivery.wake();
    }
    wipe(issued.code);
    return admitted;
}

MailValidations::Snapshot MailValidations::submit(const UserRecord& user, const QString& key, const QString& language)
{
    const QString typed = key.trimmed();
    const qint64 now = Store::now();
    bool warned = false;
    bool settled = false; // valid or outdated: the remembered code is of no more use
    bool wrong = false;   // a wrong code, counted against the account
    const Snapshot snapshot = m_store.transaction([&](SqlCipher::Database& db) {
        auto select = db.prepare("SELECT state, valid, pending, code_hash, expires_at, tries "
                                 "FROM mail_validations WHERE user_id = ?1");
        Snapshot s;
        if (!select.bindText(1, user.id).step()) { // no code was ever asked for
            select.reset();
            db.prepare("INSERT INTO mail_validations (user_id, state) VALUES (?1, ?2)")
                .bindText(1, user.id)
                .bindInt(2, static_cast<int>(State::Outdated))
                .run();
            return s;
        }
        s.state = static_cast<State>(select.columnInt(0));
        s.valid = select.columnText(1);
        s.pending = select.columnText(2);
        const QByteArray codeHash = select.columnBlob(3);
        const std::optional<qint64> expiresAt =
            select.isNull(4) ? std::nullopt : std::optional<qint64>(select.columnInt(4));
        if (expiresAt)
            s.ttlS = std::max<qint64>(0, *expiresAt - now);
        if (!select.isNull(5))
            s.tries = static_cast<int>(select.columnInt(5));
        select.reset();
        if (s.state != State::Pending)
            return s; // outdated stays so until a new request; valid stays valid

        if (!expiresAt || *expiresAt <= now) { // too late, whatever the code: no try is counted
            s.state = State::Outdated;
            settled = true;
        } else if (!Digest::equal(hash(user.id, s.pending, typed), codeHash)) {
            wrong = true;
            s.tries = std::max(0, s.tries.value_or(0) - 1);
            if (s.tries == 0) {
                s.state = State::Outdated;
                settled = true;
            }
        } else {
            auto current = db.prepare("SELECT email FROM users WHERE id = ?1");
            current.bindText(1, user.id).step();
            const QString previous = current.columnText(0);
            current.reset();
            db.prepare("UPDATE users SET email = ?2 WHERE id = ?1").bindText(1, user.id).bindText(2, s.pending).run();
            db.prepare("UPDATE mail_validations SET state = ?2, valid = pending, pending = NULL, code_hash = NULL, "
                       "expires_at = NULL, tries = NULL WHERE user_id = ?1")
                .bindText(1, user.id)
                .bindInt(2, static_cast<int>(State::Valid))
                .run();
            if (MailAddress::isValid(previous) && previous.compare(s.pending, Qt::CaseInsensitive) != 0) {
                const MimeMail mail = m_messages.addressChangedMail(language, previous, user.firstName, s.pending,
                                                                    QDateTime::currentDateTimeUtc());
                MessageQueue::enqueue(db, OutgoingMessage::Channel::Mail, previous, mail.render(), mail.messageId,
                                      Store::nowMs() + 1000LL * m_policy.giveUpAfterS);
                warned = true;
            }
            settled = true;
            return Snapshot{State::Valid, s.pending, {}, std::nullopt, std::nullopt};
        }
        db.prepare("UPDATE mail_validations SET state = ?2, tries = ?3, failed_tries = failed_tries + ?4 "
                   "WHERE user_id = ?1")
            .bindText(1, user.id)
            .bindInt(2, static_cast<int>(s.state))
            .bindInt(3, s.tries.value_or(0))
            .bindInt(4, wrong ? 1 : 0)
            .run();
        return s;
    });
    if (settled)
        forget(user.id);
    if (warned)
        m_delivery.wake();
    return snapshot;
}

} // namespace LeoEnt
