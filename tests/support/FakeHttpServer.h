#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace LeoKiosk::Test {

// A scriptable HTTP/1.1 server on 127.0.0.1 for unit and GUI tests: canned answers per method and path, or a
// misbehaviour (hang, close, garbage). Every request is recorded. One request per connection (Connection: close).
class FakeHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)

public:
    struct Response
    {
        enum class Mode { Respond, Hang, Close, Garbage };

        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers; // repeated names allowed (Set-Cookie)
        QByteArray body;
        Mode mode = Mode::Respond;

        Response& header(const QByteArray& name, const QByteArray& value);
        static Response json(const QByteArray& body, int status = 200);
        static Response html(const QByteArray& body, int status = 200);
        static Response redirect(const QByteArray& location, int status = 302);
        static Response hang();
        static Response close();
        static Response garbage();
    };

    struct Request
    {
        QByteArray method;
        QByteArray target; // path with query, as sent
        QByteArray path;   // without query
        QHash<QByteArray, QByteArray> headers; // lower-case names; repeated headers joined with ", "
        QByteArray body;

        QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    };

    explicit FakeHttpServer(QObject* parent = nullptr);
    ~FakeHttpServer() override;

    bool listen(); // 127.0.0.1, ephemeral port
    QUrl url() const; // http://127.0.0.1:<port>
    quint16 port() const;

    // The answer for METHOD PATH (path without query). Unrouted requests get `fallback` (404 by default).
    void on(const QByteArray& method, const QByteArray& path, const Response& response);
    void setFallback(const Response& response);

    QList<Request> requests() const { return m_requests; }
    QList<Request> requests(const QByteArray& path) const;
    Request lastRequest(const QByteArray& path) const; // empty Request if none
    int count(const QByteArray& path) const { return requests(path).size(); }

private:
    void accept();
    void read(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Request& request);

    QTcpServer* m_server = nullptr;
    QHash<QByteArray, Response> m_routes;
    Response m_fallback;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace LeoKiosk::Test
