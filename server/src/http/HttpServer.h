#pragma once

#include "common/AddressList.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace LeoEnt {

// The HTTP(S) engine: GNU libmicrohttpd (Debian's libmicrohttpd12), an epoll event loop in each of `threads`
// threads. Connections cost a socket and a small memory pool, not a thread, so thousands can be open while the
// threads answer whoever has sent a whole request. What a client can hold is bounded:
// - the request head (request line and headers) fits in maxHeaderBytes and has at most maxHeaders headers, else 431;
// - the body is at most maxBodyBytes, else 413 (as soon as Content-Length says so);
// - the whole request, head and body, must arrive within requestTimeout of the connection's start or of the previous
//   answer on it (a slowloris client sending a byte now and then is cut there), and a connection silent for
//   idleTimeout is closed;
// - at most maxConnections connections, and maxConnectionsPerAddress from one client address (an IPv6 one by its
//   /64), except the addresses of `unlimitedAddresses`; a connection over the cap is closed at once.
// Handlers run on the event threads: one busy handler delays the connections of its thread only.
class HttpServer final
{
public:
    struct Limits
    {
        int threads = 8;
        qint64 maxBodyBytes = 65536;
        int maxHeaderBytes = 16384;
        int maxHeaders = 100;
        std::chrono::seconds requestTimeout{10};
        std::chrono::seconds idleTimeout{10};
        int maxConnections = 4096;
        int maxConnectionsPerAddress = 64;
        AddressList unlimitedAddresses;
    };
    using Handler = std::function<void(const HttpRequest&, HttpResponse&)>;

    explicit HttpServer(Limits limits);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds and listens (port 0: any free port) and returns the port. Throws std::runtime_error when it cannot.
    int listen(const QString& address, int port);
    void setTls(QByteArray certificatePem, QByteArray keyPem);
    void setHandler(Handler handler); // before run()

    bool run();  // serves until stop(); false when the engine could not start
    void stop(); // from any thread, before or during run()

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace LeoEnt
