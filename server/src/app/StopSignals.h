#pragma once

#include <signal.h>

#include <atomic>
#include <functional>
#include <thread>

namespace LeoEnt {

// SIGINT and SIGTERM as a clean stop: blocks them in the calling thread, and so in every thread it starts
// afterwards, and calls onStop from a thread of its own when one arrives. Create it before starting any thread.
class StopSignals final
{
public:
    explicit StopSignals(std::function<void()> onStop);
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

private:
    sigset_t m_signals{};
    sigset_t m_previousMask{};
    std::atomic<bool> m_closing = false;
    std::thread m_waiter;
};

} // namespace LeoEnt
