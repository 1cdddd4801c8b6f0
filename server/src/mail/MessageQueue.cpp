#include "mail/MessageQueue.h"

#include "store/Store.h"

#include <algorithm>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

QString channelName(OutgoingMessage::Channel channel)
{
    return channel == OutgoingMessage::Channel::Sms ? u"sms"_s : u"mail"_s;
}

} // namespace

MessageQueue::MessageQueue(Store& store, Retry retry) : m_store(store), m_retry(retry) {}

MessageQueue::~MessageQueue() = default;

void MessageQueue::enqueue(SqlCipher::Database& db,
                           OutgoingMessage::Channel channel,
                           const QString& recipient,
                           const QByteArray& content,
                           const QString& name,
                           qint64 discardAfterMs)
{
    const qint64 now = Store::nowMs();
    db.prepare("INSERT INTO outgoing_messages (channel, recipient, content, name, created_at_ms, discard_after_ms, "
               "next_attempt_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?5)")
        .bindText(1, channelName(channel))
        .bindText(2, recipient)
        .bindBlob(3, content)
        .bindText(4, name)
        .bindInt(5, now)
        .bindInt(6, discardAfterMs)
        .run();
}

std::optional<OutgoingMessage> MessageQueue::nextDue()
{
    const qint64 now = Store::nowMs();
    return m_store.transaction([&](SqlCipher::Database& db) -> std::optional<OutgoingMessage> {
        db.prepare("DELETE FROM outgoing_messages WHERE discard_after_ms <= ?1").bindInt(1, now).run();
        auto select = db.prepare("SELECT id, channel, recipient, content, name, created_at_ms, attempts "
                                 "FROM outgoing_messages WHERE next_attempt_ms <= ?1 ORDER BY next_attempt_ms, id "
                                 "LIMIT 1");
        if (!select.bindInt(1, now).step())
            return std::nullopt;
        OutgoingMessage message;
        message.id = select.columnInt(0);
        message.channel =
            select.columnText(1) == "sms"_L1 ? OutgoingMessage::Channel::Sms : OutgoingMessage::Channel::Mail;
        message.recipient = select.columnText(2);
        message.content = select.columnBlob(3);
        message.name = select.columnText(4);
        message.createdAtMs = select.columnInt(5);
        message.attempts = static_cast<int>(select.columnInt(6));
        return message;
    });
}

std::optional<qint64> MessageQueue::nextAttemptMs()
{
    return m_store.transaction([](SqlCipher::Database& db) -> std::optional<qint64> {
        auto select = db.prepare("SELECT min(next_attempt_ms) FROM outgoing_messages");
        if (!select.step() || select.isNull(0))
            return std::nullopt;
        return select.columnInt(0);
    });
}

void MessageQueue::delivered(qint64 id)
{
    drop(id);
    m_unsettled = true;
}

void MessageQueue::settle()
{
    if (!m_unsettled)
        return;
    m_store.checkpoint();
    m_unsettled = false;
}

void MessageQueue::drop(qint64 id)
{
    m_store.transaction(
        [&](SqlCipher::Database& db) { db.prepare("DELETE FROM outgoing_messages WHERE id = ?1").bindInt(1, id).run(); });
}

qint64 MessageQueue::delayAfter(int attempts) const
{
    const qint64 doubled = m_retry.baseMs << std::clamp(attempts - 1, 0, 30);
    return std::min(doubled, m_retry.maxMs);
}

void MessageQueue::failed(const OutgoingMessage& message)
{
    const int attempts = message.attempts + 1;
    m_store.transaction([&](SqlCipher::Database& db) {
        db.prepare("UPDATE outgoing_messages SET attempts = ?2, next_attempt_ms = ?3 WHERE id = ?1")
            .bindInt(1, message.id)
            .bindInt(2, attempts)
            .bindInt(3, Store::nowMs() + delayAfter(attempts))
            .run();
    });
}

int MessageQueue::size()
{
    return m_store.transaction([](SqlCipher::Database& db) {
        auto count = db.prepare("SELECT count(*) FROM outgoing_messages");
        count.step();
        return static_cast<int>(count.columnInt(0));
    });
}

} // namespace LeoEnt
