#include "http/HttpServer.h"

#include "common/HexDigit.h"
#include "http/RequestLog.h"
#include "security/SecretWipe.h"

#include <QHash>
#include <QLoggingCategory>

#include <microhttpd.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <unordered_set>

namespace LeoEnt {

Q_LOGGING_CATEGORY(lcHttp, "leo.ent.http")

using namespace Qt::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;

constexpr qint64 drainedAtMost = 16 * 1024 * 1024; // of a body over the limit, before the 413

// One open connection, from MHD_CONNECTION_NOTIFY_STARTED to MHD_CONNECTION_NOTIFY_CLOSED (which MHD sends before
// it closes the socket, so `fd` is still this connection's while it is in the table).
struct Connection
{
    int fd = -1;
    QString address;
    QByteArray limitKey;                       // the per-address count it is in; empty when its address is not limited
    std::optional<Clock::time_point> deadline; // the current request must be whole by then
};

// One request, from its request line (URI log callback) to its end (request completed callback).
struct Pending
{
    HttpRequest request;
    bool started = false;
    bool tooLarge = false;
};

QString addressText(const sockaddr* address)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (address == nullptr)
        return {};
    if (address->sa_family == AF_INET) {
        const auto* v4 = reinterpret_cast<const sockaddr_in*>(address);
        ::inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
    } else if (address->sa_family == AF_INET6) {
        const auto* v6 = reinterpret_cast<const sockaddr_in6*>(address);
        if (IN6_IS_ADDR_V4MAPPED(&v6->sin6_addr))
            ::inet_ntop(AF_INET, &v6->sin6_addr.s6_addr[12], text, sizeof text);
        else
            ::inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
    }
    return QString::fromLatin1(text);
}

// %XX decoded; a '%' not followed by two hex digits is kept as it is. '+' stays '+' (a path, not a form).
QByteArray percentDecoded(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() + 0 && Common::hexDigitValue(text[i + 1]) >= 0 && Common::hexDigitValue(text[i + 2]) >= 0) {
            out.append(char(Common::hexDigitValue(text[i + 1]) * 16 + Common::hexDigitValue(text[i + 2])));
            i += 2;
        } else {
            out.append(text[i]);
        }
    }
    return out;
}

} // namespace

struct HttpServer::Impl
{
    explicit Impl(Limits l) : limits(std::move(l)) {}

    // libmicrohttpd's callbacks; `cls` is the Impl.
    static void* onRequestLine(void* cls, const char* uri, MHD_Connection* connection);
    static MHD_Result onRequest(void* cls,
                                MHD_Connection* connection,
                                const char* url,
                                const char* method,
                                const char* version,
                                const char* uploadData,
                                size_t* uploadDataSize,
                                void** requestContext);
    static void onCompleted(void* cls, MHD_Connection* connection, void** requestContext, MHD_RequestTerminationCode);
    static void
    onConnection(void* cls, MHD_Connection* connection, void** socketContext, MHD_ConnectionNotificationCode);

    MHD_Result answer(MHD_Connection* connection, const HttpRequest& request, const HttpResponse& response) const;
    MHD_Result refuse(MHD_Connection* connection, const HttpRequest& request, int status) const;
    void setDeadline(MHD_Connection* connection, std::optional<Clock::time_point> deadline);
    void reap();

    const Limits limits;
    Handler handler;
    int listenFd = -1;
    bool ipv6 = false;
    QByteArray certificate;
    QByteArray key;

    std::mutex mutex; // guards what follows
    std::unordered_set<Connection*> connections;
    QHash<QByteArray, int> perAddress;
    std::condition_variable changed;
    bool stopRequested = false;
};

void* HttpServer::Impl::onRequestLine(void*, const char* uri, MHD_Connection*)
{
    auto* pending = new Pending;
    pending->request.target = QByteArray(uri);
    return pending;
}

void HttpServer::Impl::onConnection(void* cls,
                                    MHD_Connection* connection,
                                    void** socketContext,
                                    MHD_ConnectionNotificationCode code)
{
    auto* self = static_cast<Impl*>(cls);
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        auto* state = new Connection;
        if (const MHD_ConnectionInfo* info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD))
            state->fd = info->connect_fd;
        if (const MHD_ConnectionInfo* info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS))
            state->address = addressText(info->client_addr);
        state->deadline = Clock::now() + self->limits.requestTimeout;
        if (!self->limits.unlimitedAddresses.contains(state->address))
            state->limitKey = AddressList::clientKey(state->address);
        *socketContext = state;
        const std::lock_guard lock(self->mutex);
        self->connections.insert(state);
        if (!state->limitKey.isEmpty() && ++self->perAddress[state->limitKey] > self->limits.maxConnectionsPerAddress) {
            ::shutdown(state->fd, SHUT_RDWR); // libmicrohttpd reads the end of the stream and closes it
            state->deadline.reset();
        }
        return;
    }
    auto* state = static_cast<Connection*>(*socketContext);
    if (state == nullptr)
        return;
    {
        const std::lock_guard lock(self->mutex);
        self->connections.erase(state);
        if (!state->limitKey.isEmpty()) {
            const auto count = self->perAddress.find(state->limitKey);
            if (count != self->perAddress.end() && --*count <= 0)
                self->perAddress.erase(count);
        }
    }
    delete state;
    *socketContext = nullptr;
}

void HttpServer::Impl::setDeadline(MHD_Connection* connection, std::optional<Clock::time_point> deadline)
{
    const MHD_ConnectionInfo* info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    if (info == nullptr || info->socket_context == nullptr)
        return;
    const std::lock_guard lock(mutex);
    static_cast<Connection*>(info->socket_context)->deadline = deadline;
}

void HttpServer::Impl::onCompleted(void* cls,
                                   MHD_Connection* connection,
                                   void** requestContext,
                                   MHD_RequestTerminationCode)
{
    auto* self = static_cast<Impl*>(cls);
    if (auto* pending = static_cast<Pending*>(*requestContext)) {
        wipe(pending->request.body); // it may hold a password
        delete pending;
        *requestContext = nullptr;
    }
    // The next request on this connection, if any, has the same time to arrive.
    self->setDeadline(connection, Clock::now() + self->limits.requestTimeout);
}

MHD_Result
HttpServer::Impl::answer(MHD_Connection* connection, const HttpRequest& request, const HttpResponse& response) const
{
    MHD_Response* reply = MHD_create_response_from_buffer(response.body.size(), const_cast<char*>(response.body.data()),
                                                          MHD_RESPMEM_MUST_COPY);
    if (reply == nullptr)
        return MHD_NO;
    bool typed = false;
    for (const auto& [name, value] : response.headers) {
        typed = typed || QByteArrayView(name).compare("Content-Type", Qt::CaseInsensitive) == 0;
        MHD_add_response_header(reply, name.c_str(), value.c_str()); // refuses CR and LF
    }
    MHD_add_response_header(reply, "X-Content-Type-Options", "nosniff");
    const MHD_Result queued = MHD_queue_response(connection, static_cast<unsigned int>(response.status), reply);
    MHD_destroy_response(reply);
    RequestLog::write(request.method, response.status);
    return queued;
}

MHD_Result HttpServer::Impl::refuse(MHD_Connection* connection, const HttpRequest& request, int status) const
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Connection", "close");
    RequestLog::begin();
    return answer(connection, request, response);
}

MHD_Result HttpServer::Impl::onRequest(void* cls,
                                       MHD_Connection* connection,
                                       const char*,
                                       const char* method,
                                       const char*,
                                       const char* uploadData,
                                       size_t* uploadDataSize,
                                       void** requestContext)
{
    auto* self = static_cast<Impl*>(cls);
    auto* pending = static_cast<Pending*>(*requestContext);
    if (pending == nullptr) {
        pending = new Pending;
        *requestContext = pending;
    }
    HttpRequest& request = pending->request;

    if (!pending->started) { // the head is in
        pending->started = true;
        request.method = QByteArray(method);
        const qsizetype question = request.target.indexOf('?');
        request.path =
            percentDecoded(QByteArrayView(request.target).first(question < 0 ? request.target.size() : question));
        MHD_get_connection_values_n(
            connection, MHD_HEADER_KIND,
            [](void* target, MHD_ValueKind, const char* key, size_t keySize, const char* value, size_t valueSize) {
                static_cast<HttpRequest*>(target)->headers.append(
                    {QByteArray(key, qsizetype(keySize)), QByteArray(value, qsizetype(valueSize))});
                return MHD_YES;
            },
            &request);
        if (const MHD_ConnectionInfo* info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS))
            request.remoteAddress = addressText(info->client_addr);
        if (request.headers.size() > self->limits.maxHeaders)
            return self->refuse(connection, request, 431);
        // A body announced over the limit is read and dropped, then refused with 413 (a client still sending would
        // not read an early answer); one too large to be worth reading is refused at once.
        bool lengthOk = true;
        const QByteArray length = request.header("Content-Length");
        const qint64 announced = length.isEmpty() ? 0 : length.toLongLong(&lengthOk);
        if (!lengthOk || announced < 0)
            return self->refuse(connection, request, 400);
        if (announced > self->limits.maxBodyBytes + drainedAtMost)
            return self->refuse(connection, request, 413);
        pending->tooLarge = announced > self->limits.maxBodyBytes;
        return MHD_YES;
    }

    if (*uploadDataSize > 0) { // a piece of the body
        if (!pending->tooLarge) {
            if (request.body.size() + qint64(*uploadDataSize) > self->limits.maxBodyBytes) {
                pending->tooLarge = true; // a chunked body over the limit: the rest is read and dropped
                wipe(request.body);
            } else {
                request.body.append(uploadData, qsizetype(*uploadDataSize));
            }
        }
        *uploadDataSize = 0;
        return MHD_YES;
    }

    self->setDeadline(connection, std::nullopt); // the whole request is in: the time to answer is the handler's
    if (pending->tooLarge)
        return self->refuse(connection, request, 413);
    HttpResponse response;
    RequestLog::begin();
    try {
        self->handler(request, response);
    } catch (const std::exception& e) {
        qCWarning(lcHttp, "request failed: %s", e.what());
        response = HttpResponse();
        response.status = 500;
        response.setHeader("Cache-Control", "no-store");
        response.setContent(R"({"error":"internal.error"})", "application/json");
    }
    return self->answer(connection, request, response);
}

void HttpServer::Impl::reap()
{
    std::unique_lock lock(mutex);
    while (!stopRequested) {
        changed.wait_for(lock, std::chrono::milliseconds(200));
        const auto now = Clock::now();
        for (Connection* connection : connections) {
            if (connection->deadline && *connection->deadline <= now) {
                ::shutdown(connection->fd, SHUT_RDWR);
                connection->deadline.reset();
            }
        }
    }
}

HttpServer::HttpServer(Limits limits) : d(std::make_unique<Impl>(std::move(limits))) {}

HttpServer::~HttpServer()
{
    if (d->listenFd >= 0)
        ::close(d->listenFd);
}

int HttpServer::listen(const QString& address, int port)
{
    // Every connection is a descriptor: allow as many as the connection limit, within the hard limit.
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0) {
        const rlim_t wanted = std::min<rlim_t>(files.rlim_max, rlim_t(d->limits.maxConnections) + 256);
        if (files.rlim_cur < wanted) {
            files.rlim_cur = wanted;
            ::setrlimit(RLIMIT_NOFILE, &files);
        }
    }

    sockaddr_storage storage{};
    socklen_t length = 0;
    const QByteArray text = address.toLatin1();
    auto* v4 = reinterpret_cast<sockaddr_in*>(&storage);
    auto* v6 = reinterpret_cast<sockaddr_in6*>(&storage);
    if (::inet_pton(AF_INET, text.constData(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(uint16_t(port));
        length = sizeof(sockaddr_in);
    } else if (::inet_pton(AF_INET6, text.constData(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(uint16_t(port));
        length = sizeof(sockaddr_in6);
        d->ipv6 = true;
    } else {
        throw std::runtime_error("not an IP address: " + text.toStdString());
    }
    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        throw std::runtime_error(std::string("socket: ") + std::strerror(errno));
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (d->ipv6)
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&storage), length) != 0 || ::listen(fd, 1024) != 0) {
        const std::string reason = std::strerror(errno);
        ::close(fd);
        throw std::runtime_error(reason);
    }
    socklen_t boundLength = sizeof storage;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&storage), &boundLength);
    d->listenFd = fd;
    return ntohs(storage.ss_family == AF_INET ? v4->sin_port : v6->sin6_port);
}

void HttpServer::setTls(QByteArray certificatePem, QByteArray keyPem)
{
    d->certificate = std::move(certificatePem);
    d->key = std::move(keyPem);
}

void HttpServer::setHandler(Handler handler)
{
    d->handler = std::move(handler);
}

bool HttpServer::run()
{
    {
        const std::lock_guard lock(d->mutex);
        if (d->stopRequested)
            return true;
    }
    const bool tls = !d->certificate.isEmpty();
    unsigned int flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL;
    if (tls)
        flags |= MHD_USE_TLS;
    if (d->ipv6)
        flags |= MHD_USE_IPv6;
    std::vector<MHD_OptionItem> options = {
        {MHD_OPTION_LISTEN_SOCKET, d->listenFd, nullptr},
        {MHD_OPTION_CONNECTION_LIMIT, d->limits.maxConnections, nullptr},
        {MHD_OPTION_CONNECTION_TIMEOUT, intptr_t(d->limits.idleTimeout.count()), nullptr},
        {MHD_OPTION_CONNECTION_MEMORY_LIMIT, intptr_t(d->limits.maxHeaderBytes), nullptr},
        {MHD_OPTION_URI_LOG_CALLBACK, intptr_t(&Impl::onRequestLine), d.get()},
        {MHD_OPTION_NOTIFY_CONNECTION, intptr_t(&Impl::onConnection), d.get()},
        {MHD_OPTION_NOTIFY_COMPLETED, intptr_t(&Impl::onCompleted), d.get()},
    };
    if (d->limits.threads > 1)
        options.push_back({MHD_OPTION_THREAD_POOL_SIZE, d->limits.threads, nullptr});
    if (tls) {
        options.push_back({MHD_OPTION_HTTPS_MEM_CERT, 0, d->certificate.data()});
        options.push_back({MHD_OPTION_HTTPS_MEM_KEY, 0, d->key.data()});
    }
    options.push_back({MHD_OPTION_END, 0, nullptr});

    MHD_Daemon* daemon = MHD_start_daemon(flags, 0, nullptr, nullptr, &Impl::onRequest, d.get(), MHD_OPTION_ARRAY,
                                          options.data(), MHD_OPTION_END);
    if (daemon == nullptr) {
        qCCritical(lcHttp, "cannot start the HTTP engine%s", tls ? " (is the TLS certificate or key valid?)" : "");
        return false;
    }
    d->listenFd = -1; // libmicrohttpd closes it
    std::thread reaper([this] { d->reap(); });
    {
        std::unique_lock lock(d->mutex);
        d->changed.wait(lock, [this] { return d->stopRequested; });
    }
    reaper.join();
    MHD_stop_daemon(daemon);
    return true;
}

void HttpServer::stop()
{
    const std::lock_guard lock(d->mutex);
    d->stopRequested = true;
    d->changed.notify_all();
}

} // namespace LeoEnt
