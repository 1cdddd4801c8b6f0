#include "app/StopSignals.h"

#include <pthread.h>

namespace LeoEnt {

StopSignals::StopSignals(std::function<void()> onStop)
{
    sigemptyset(&m_signals);
    sigaddset(&m_signals, SIGINT);
    sigaddset(&m_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &m_signals, &m_previousMask);
    m_waiter = std::thread([this, onStop = std::move(onStop)] {
        int received = 0;
        sigwait(&m_signals, &received);
        if (!m_closing)
            onStop();
    });
}

StopSignals::~StopSignals()
{
    m_closing = true;
    pthread_kill(m_waiter.native_handle(), SIGTERM); // wakes sigwait() if no signal came; harmless otherwise
    m_waiter.join();
    pthread_sigmask(SIG_SETMASK, &m_previousMask, nullptr);
}

} // namespace LeoEnt
