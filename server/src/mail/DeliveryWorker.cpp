#include "mail/DeliveryWorker.h"

#include "mail/MessageQueue.h"
#include "mail/MessageTransport.h"
#include "store/Store.h"

#include <QLoggingCategory>

#include <chrono>
#include <exception>
#include <optional>

namespace LeoEnt {

Q_LOGGING_CATEGORY(lcDelivery, "leo.ent.delivery")

namespace {

constexpr auto pauseAfterError = std::chrono::seconds(1);

} // namespace

DeliveryWorker::DeliveryWorker(MessageQueue& queue,
                               std::unique_ptr<MessageTransport> mail,
                               std::unique_ptr<MessageTransport> sms)
    : m_queue(queue), m_mail(std::move(mail)), m_sms(std::move(sms))
{
}

DeliveryWorker::~DeliveryWorker()
{
    stop();
}

void DeliveryWorker::start()
{
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
}

void DeliveryWorker::wake()
{
    {
        const std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_changed.notify_one();
}

void DeliveryWorker::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

bool DeliveryWorker::deliverNext()
{
    const std::optional<OutgoingMessage> message = m_queue.nextDue();
    if (!message)
        return false;
    MessageTransport* transport = message->channel == OutgoingMessage::Channel::Sms ? m_sms.get() : m_mail.get();
    const MessageTransport::Result result =
        transport ? transport->deliver(*message) : MessageTransport::Result::Rejected;
    switch (result) {
    case MessageTransport::Result::Delivered:
        m_queue.delivered(message->id);
        break;
    case MessageTransport::Result::Rejected:
        qCWarning(lcDelivery, "message %lld refused for good, dropped", static_cast<long long>(message->id));
        m_queue.drop(message->id);
        break;
    case MessageTransport::Result::RetryLater:
        qCWarning(lcDelivery, "message %lld not delivered, next try in %lld ms", static_cast<long long>(message->id),
                  static_cast<long long>(m_queue.delayAfter(message->attempts + 1)));
        m_queue.failed(*message);
        break;
    }
    return true;
}

void DeliveryWorker::run()
{
    for (;;) {
        std::optional<std::chrono::system_clock::time_point> wakeAt; // none: until woken
        {
            const std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
            m_woken = false;
        }
        try {
            if (deliverNext())
                continue;
            m_queue.settle();
            if (const std::optional<qint64> next = m_queue.nextAttemptMs())
                wakeAt = std::chrono::system_clock::time_point(std::chrono::milliseconds(*next));
        } catch (const std::exception& e) {
            qCWarning(lcDelivery, "delivery failed: %s", e.what());
            wakeAt = std::chrono::system_clock::now() + pauseAfterError;
        }
        std::unique_lock lock(m_mutex);
        const auto interrupted = [this] { return m_stopping || m_woken; };
        if (wakeAt)
            m_changed.wait_until(lock, *wakeAt, interrupted);
        else
            m_changed.wait(lock, interrupted);
    }
}

} // namespace LeoEnt
