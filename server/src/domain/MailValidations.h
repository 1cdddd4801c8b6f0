#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <mutex>
#include <optional>

namespace LeoEnt {

class DeliveryWorker;
class RecoveryMessages;
class Store;
struct UserRecord;

// The proof of a new recovery e-mail address (ENT protocol §16.1, §16.4-§16.6): a 6-digit code from the
// CSPRNG, mailed to the new address, stored as a keyed hash bound to the account and that address; valid
// lifetime_s; max_tries wrong tries. Safer than ENT Core where it stays compatible (ENT protocol §16.15): the code is
// only ever reused for the same pending address, and then keeps its remaining tries (its lifetime starts again); the
// lifetime is checked before a try is counted; a stray code after success leaves the address valid; an account may ask
// for max_requests codes per window. To mail the same code again without storing it, the code of a pending request
// is kept in memory only: after a restart a new request draws a new code.
class MailValidations final
{
public:
    enum class State { Outdated = -1, Pending = 1, Valid = 2 };

    struct Policy
    {
        int lifetimeS;
        int maxTries;
        int maxRequests;
        int windowS;
        int giveUpAfterS; // the warning e-mail's queue lifetime
    };

    // The stored state; optional fields are absent when not stored.
    struct Snapshot
    {
        State state = State::Outdated;
        QString valid; // the last proven address, "" when none
        QString pending;
        std::optional<qint64> ttlS; // seconds left, never negative
        std::optional<int> tries;   // tries left
    };

    MailValidations(Store& store, const RecoveryMessages& messages, DeliveryWorker& delivery, const Policy& policy);
    ~MailValidations();
    MailValidations(const MailValidations&) = delete;
    MailValidations& operator=(const MailValidations&) = delete;

    std::optional<Snapshot> read(const QString& userId); // nullopt: no validation ever started

    // PUT: a pending change to `address`, its code mailed there. False when the account asked too often.
    bool request(const UserRecord& user, const QString& address, const QString& language);
    // POST: the state after judging `key` (trimmed); a right key in time makes the address the account's e-mail and
    // warns the previous one.
    Snapshot submit(const UserRecord& user, const QString& key, const QString& language);

private:
    struct Issued
    {
        QString address;
        QString code;
        qint64 expiresAt = 0;
    };

    QByteArray hash(const QString& userId, const QString& address, const QString& code) const;
    std::optional<Issued> remembered(const QString& userId);
    void remember(const QString& userId, const Issued& issued);
    void forget(const QString& userId);

    Store& m_store;
    const RecoveryMessages& m_messages;
    DeliveryWorker& m_delivery;
    const Policy m_policy;
    const QByteArray m_key;
    std::mutex m_mutex; // guards m_issued
    QHash<QString, Issued> m_issued;
};

} // namespace LeoEnt
