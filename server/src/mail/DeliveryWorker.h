#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace LeoEnt {

class MessageQueue;
class MessageTransport;

// Delivers the queued messages on its own thread, oldest first, so that no HTTP answer waits for a relay. A
// message leaves the queue only once a transport took it (at least once). The thread sleeps until wake(), the
// next retry or stop(); stop() lets the message in hand finish, so that a restart does not send it twice.
class DeliveryWorker final
{
public:
    DeliveryWorker(MessageQueue& queue,
                   std::unique_ptr<MessageTransport> mail,
                   std::unique_ptr<MessageTransport> sms); // sms may be null
    ~DeliveryWorker();                                     // stops
    DeliveryWorker(const DeliveryWorker&) = delete;
    DeliveryWorker& operator=(const DeliveryWorker&) = delete;

    void start();
    void wake(); // something was queued
    void stop();

private:
    void run();
    bool deliverNext(); // false when nothing is due

    MessageQueue& m_queue;
    std::unique_ptr<MessageTransport> m_mail;
    std::unique_ptr<MessageTransport> m_sms;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_woken = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace LeoEnt
