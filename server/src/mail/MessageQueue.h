#pragma once

#include "mail/OutgoingMessage.h"

#include <optional>

namespace SqlCipher {
class Database;
}

namespace LeoEnt {

class Store;

// The persistent queue of outgoing messages (a table of the server's database): what is queued survives a
// restart until a transport has taken it. Due messages come out oldest first; a failed attempt is retried after
// base * 2^n (capped); a message still undelivered at its discard time (its code has expired, or give_up_after_s)
// is dropped.
class MessageQueue final
{
public:
    struct Retry
    {
        qint64 baseMs;
        qint64 maxMs;
    };

    MessageQueue(Store& store, Retry retry);
    ~MessageQueue();
    MessageQueue(const MessageQueue&) = delete;
    MessageQueue& operator=(const MessageQueue&) = delete;

    // In the caller's transaction, so that the message is queued together with what it announces.
    static void enqueue(SqlCipher::Database& db,
                        OutgoingMessage::Channel channel,
                        const QString& recipient,
                        const QByteArray& content,
                        const QString& name,
                        qint64 discardAfterMs);

    std::optional<OutgoingMessage> nextDue(); // drops the expired ones on the way
    std::optional<qint64> nextAttemptMs();    // when the earliest message is due; nullopt when the queue is empty
    void delivered(qint64 id); // the message and its body are deleted
    // Once the queue has nothing due: what was delivered since the last call is wiped from the write-ahead log too.
    void settle();
    void failed(const OutgoingMessage& message); // retry later
    void drop(qint64 id);
    int size();

    qint64 delayAfter(int attempts) const; // ms before the next attempt once `attempts` failed

private:
    Store& m_store;
    const Retry m_retry;
    bool m_unsettled = false; // a message left since the last settle()
};

} // namespace LeoEnt
