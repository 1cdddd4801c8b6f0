#include "support/FakeHttpServer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace LeoKiosk::Test {

namespace {

QByteArray routeKey(const QByteArray& method, const QByteArray& path)
{
    return method.toUpper() + ' ' + path;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 302: return QByteArrayLiteral("Found");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 500: return QByteArrayLiteral("Internal Server Error");
    default: return QByteArrayLiteral("Status");
    }
}

// Parses one complete request from `buffer`; false while more bytes are needed.
bool parseRequest(const QByteArray& buffer, FakeHttpServer::Request& request)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    request.path = request.target.left(request.target.indexOf('?') < 0 ? request.target.size()
                                                                         : request.target.indexOf('?'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        const QByteArray previous = request.headers.value(name);
        request.headers.insert(name, previous.isEmpty() ? value : previous + ", " + value);
    }
    const qsizetype length = request.header("content-length").toLongLong();
    if (buffer.size() - (headerEnd + 4) < length)
        return false;
    request.body = buffer.mid(headerEnd + 4, length);
    return true;
}

} // namespace

FakeHttpServer::Response& FakeHttpServer::Response::header(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

FakeHttpServer::Response FakeHttpServer::Response::json(const QByteArray& body, int status)
{
    Response r;
    r.status = status;
    r.body = body;
    return r.header("Content-Type", "application/json");
}

FakeHttpServer::Response FakeHttpServer::Response::html(const QByteArray& body, int status)
{
    Response r;
    r.status = status;
    r.body = body;
    return r.header("Content-Type", "text/html; charset=utf-8");
}

FakeHttpServer::Response FakeHttpServer::Response::redirect(const QByteArray& location, int status)
{
    Response r;
    r.status = status;
    return r.header("Location", location);
}

FakeHttpServer::Response FakeHttpServer::Response::hang()
{
    Response r;
    r.mode = Mode::Hang;
    return r;
}

FakeHttpServer::Response FakeHttpServer::Response::close()
{
    Response r;
    r.mode = Mode::Close;
    return r;
}

FakeHttpServer::Response FakeHttpServer::Response::garbage()
{
    Response r;
    r.mode = Mode::Garbage;
    return r;
}

FakeHttpServer::FakeHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_fallback = Response::json(QByteArrayLiteral(R"({"error":"not found"})"), 404);
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::accept);
}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

void FakeHttpServer::on(const QByteArray& method, const QByteArray& path, const Response& response)
{
    m_routes.insert(routeKey(method, path), response);
}

void FakeHttpServer::setFallback(const Response& response)
{
    m_fallback = response;
}

QList<FakeHttpServer::Request> FakeHttpServer::requests(const QByteArray& path) const
{
    QList<Request> matching;
    for (const Request& r : m_requests) {
        if (r.path == path)
            matching.append(r);
    }
    return matching;
}

FakeHttpServer::Request FakeHttpServer::lastRequest(const QByteArray& path) const
{
    const QList<Request> matching = requests(path);
    return matching.isEmpty() ? Request{} : matching.last();
}

void FakeHttpServer::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::read(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    Request request;
    if (!parseRequest(buffer, request))
        return;
    buffer.clear();
    m_requests.append(request);
    answer(socket, request);
}

void FakeHttpServer::answer(QTcpSocket* socket, const Request& request)
{
    const Response response = m_routes.value(routeKey(request.method, request.path), m_fallback);
    switch (response.mode) {
    case Response::Mode::Hang:
        return;
    case Response::Mode::Close:
        socket->disconnectFromHost();
        return;
    case Response::Mode::Garbage:
        socket->write(QByteArrayLiteral("\x01\x02 this is not HTTP \xff\xfe\r\n\r\n"));
        socket->disconnectFromHost();
        return;
    case Response::Mode::Respond:
        break;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    out += response.body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace LeoKiosk::Test
