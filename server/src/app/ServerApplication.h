#pragma once

#include "config/ServerConfig.h"

#include <QByteArray>
#include <QUrl>

#include <atomic>
#include <memory>

namespace LeoEnt {

class HttpServer;

// The HTTP(S) service, built in named steps, each from what the earlier ones made: bind the socket, then the site
// (texts, public origin, password rule), the stores, mail, the services (the domain rules) and the routes (the
// controllers); they are taken down in the reverse order. Plain HTTP is refused unless the address is a loopback
// one. Throws std::runtime_error when it cannot start.
class ServerApplication final
{
public:
    ServerApplication(const ServerConfig& config, const QByteArray& databaseKey);
    ~ServerApplication();
    ServerApplication(const ServerApplication&) = delete;
    ServerApplication& operator=(const ServerApplication&) = delete;

    QUrl url() const { return m_url; } // the address actually bound (port 0 in the config: an ephemeral port)
    bool run();                        // serves (and delivers mail) until stop(); false if it could not listen
    void stop();                       // from any thread

private:
    struct Site;
    struct Stores;
    struct Mail;
    struct Services;
    struct Routes;

    void bind();

    const ServerConfig m_config;
    std::unique_ptr<HttpServer> m_http;
    QUrl m_url;
    std::unique_ptr<Site> m_site;
    std::unique_ptr<Stores> m_stores;
    std::unique_ptr<Mail> m_mail;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<Routes> m_routes;
};

} // namespace LeoEnt
