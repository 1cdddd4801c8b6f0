#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace LeoKiosk {

class AuthContextCache;
class EntClient;

// Whether the ENT answers, from every reply of the clients it watches ("ENT unreachable"). Once a reply
// shows the ENT is not reached, it retries by itself with back-off (5 s, 10 s, 20 s … at most 60 s) through the
// context fetch, which needs no session and touches nothing of the pupil's; the first answer from the ENT, to
// any request, ends it. The GUI shows a banner while unreachable() holds.
class EntReachability final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntReachability)

public:
    struct Backoff
    {
        std::chrono::milliseconds first{std::chrono::seconds(5)};
        std::chrono::milliseconds max{std::chrono::seconds(60)};
    };

    // `probe` is the cache whose refresh() retries; its client is watched too. Neither is owned.
    explicit EntReachability(AuthContextCache& probe, Backoff backoff, QObject* parent = nullptr);
    EntReachability(AuthContextCache& probe, QObject* parent = nullptr) : EntReachability(probe, {}, parent) {}
    ~EntReachability() override;

    void watch(EntClient& client);
    void setBackoff(Backoff backoff) { m_backoff = backoff; } // from the next retry scheduled

    bool isUnreachable() const { return m_unreachable; }
    std::chrono::milliseconds nextRetryIn() const; // zero while not unreachable or while a retry is in flight
    int failedRetries() const { return m_failedRetries; }

public Q_SLOTS:
    void retryNow();

Q_SIGNALS:
    void unreachable();            // the ENT stopped answering
    void reachable();              // it answers again
    void retryScheduled(std::chrono::milliseconds in);

private:
    void observe(bool reached);
    void scheduleRetry();

    AuthContextCache& m_probe;
    Backoff m_backoff;
    QTimer m_retryTimer;
    QDeadlineTimer m_nextRetry;
    std::chrono::milliseconds m_delay{0};
    bool m_unreachable = false;
    bool m_retrying = false;
    int m_failedRetries = 0;
};

} // namespace LeoKiosk
