#pragma once

#include "config/ServerConfig.h"

#include <QByteArray>
#include <QUrl>

#include <atomic>
#include <memory>

namespace httplib {
class Server;
}

namespace LeoEnt {

// The HTTP(S) service: opens the store, binds the socket, registers the routes. Plain HTTP is refused unless the
// address is a loopback one. Throws std::runtime_error when it cannot start.
class EntServer final
{
public:
    EntServer(const ServerConfig& config, const QByteArray& databaseKey);
    ~EntServer();
    EntServer(const EntServer&) = delete;
    EntServer& operator=(const EntServer&) = delete;

    QUrl url() const { return m_url; } // the address actually bound (port 0 in the config: an ephemeral port)
    bool run();                        // serves (and delivers mail) until stop(); false if it could not listen
    void stop();                       // from any thread

private:
    struct Parts;

    const ServerConfig m_config;
    std::unique_ptr<httplib::Server> m_http;
    QUrl m_url;
    std::unique_ptr<Parts> m_parts;
    std::atomic<bool> m_stopRequested = false;
    std::atomic<bool> m_finished = false;
};

} // namespace LeoEnt
