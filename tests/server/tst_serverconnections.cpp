// The real leo-ent-server under connection attacks (issue: "connections starve it", "memory grows without bound"):
// a login is answered within a second while 500 slowloris and 500 idle connections are held, every held connection
// is cut at the request deadline even while it trickles bytes, one address cannot hold more than its share of
// connections, and header floods are cut without memory kept. Clients use loopback addresses 127.0.0.x, each seen by
// the server as another client; none is on the allow-list.
#include "support/HttpTestClient.h"
#include "support/ReferenceServer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

#include <sys/resource.h>

#include <memory>
#include <vector>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

constexpr int requestTimeoutS = 4;
constexpr int perAddressCap = 24;

ReferenceServer::Account pupil(const QString& login, const QByteArray& password)
{
    return {login,
            login.section(u'.', 0, 0),
            login.section(u'.', 1),
            u"Student"_s,
            u"Lycée Jules Verne"_s,
            u"2nde 3"_s,
            login + u"@example.org"_s,
            {},
            password};
}

QString loopback(int host)
{
    return u"127.0.0.%1"_s.arg(host);
}

// A connection from a given loopback source address; nullptr when it could not be made.
std::unique_ptr<QTcpSocket> connectFrom(const QString& source, const QUrl& base)
{
    auto socket = std::make_unique<QTcpSocket>();
    if (!socket->bind(QHostAddress(source)))
        return nullptr;
    socket->connectToHost(base.host(), quint16(base.port()));
    return socket;
}

// Reads until the server closes the connection or `ms` have passed; the bytes read.
QByteArray readToEnd(QTcpSocket& socket, int ms)
{
    QByteArray answer;
    QDeadlineTimer deadline(ms);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            answer += socket.readAll();
    }
    return answer + socket.readAll();
}

QByteArray loginRequest(const QUrl& base, const QByteArray& form)
{
    return "POST /auth/login HTTP/1.1\r\nHost: " + base.host().toLatin1() +
           "\r\nAccept-Language: fr\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\n"
           "Content-Length: " +
           QByteArray::number(form.size()) + "\r\n\r\n" + form;
}

int stillOpen(const std::vector<std::unique_ptr<QTcpSocket>>& sockets)
{
    int open = 0;
    for (const auto& socket : sockets)
        open += socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return open;
}

} // namespace

class TestServerConnections final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginIsServedWhileSlowAndIdleConnectionsAreHeld();
    void oneAddressHoldsAtMostItsShare();
    void headerFloodsAreCutWithoutMemoryKept();
    void tooManyHeadersAre431();

private:
    ReferenceServer m_server;
};

void TestServerConnections::initTestCase()
{
    // 1000 client sockets here and as many in the server.
    rlimit files{};
    QVERIFY(::getrlimit(RLIMIT_NOFILE, &files) == 0);
    files.rlim_cur = files.rlim_max;
    QVERIFY(::setrlimit(RLIMIT_NOFILE, &files) == 0);
    QVERIFY2(files.rlim_cur >= 2300, "the open-file limit is too low for 1000 connections");

    m_server.setConfig(u"server"_s, u"request_timeout_s"_s, requestTimeoutS);
    m_server.setConfig(u"server"_s, u"max_connections_per_address"_s, perAddressCap);
    m_server.setConfig(u"auth"_s, u"address_allow_list"_s, QString());
    QVERIFY2(m_server.addAccount(pupil(u"held.pupil"_s, "Held-2024")), qPrintable(m_server.lastError()));
    QVERIFY2(m_server.start().isValid(), qPrintable(m_server.lastError()));
}

// 500 slowloris connections (a request head started, then a byte a second) and 500 idle ones (nothing sent), spread
// over 50 addresses (20 each, within the per-address cap): a login from another address is answered within a second,
// the server's resident memory stays under 100 MB, and every held connection is cut by the request deadline
// (request_timeout_s, 4 s here) although the slow ones never stay silent for that long.
void TestServerConnections::loginIsServedWhileSlowAndIdleConnectionsAreHeld()
{
    const QUrl base = m_server.url();
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    QElapsedTimer opened;
    opened.start();
    for (int i = 0; i < 1000; ++i) {
        auto socket = connectFrom(loopback(10 + i / 20), base);
        QVERIFY(socket);
        (i % 2 ? idle : slow).push_back(std::move(socket));
    }
    QTRY_VERIFY_WITH_TIMEOUT(stillOpen(slow) + stillOpen(idle) == 1000, 5000);
    const QByteArray head = "POST /auth/login HTTP/1.1\r\nHost: " + base.host().toLatin1() + "\r\nX-Slow: ";
    for (const auto& socket : slow)
        socket->write(head);
    QTest::qWait(200); // the heads are in the server's buffers
    QVERIFY(opened.elapsed() < (requestTimeoutS - 1) * 1000);

    QTcpSocket login;
    QVERIFY(login.bind(QHostAddress(loopback(200))));
    QElapsedTimer timer;
    timer.start();
    login.connectToHost(base.host(), quint16(base.port()));
    QVERIFY(login.waitForConnected(1000));
    login.write(loginRequest(base, "email=held.pupil&password=Held-2024"));
    const QByteArray answer = readToEnd(login, 3000);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(answer.startsWith("HTTP/1.1 302"), answer.left(200).constData());
    QVERIFY2(elapsed < 1000, qPrintable(u"the login took %1 ms"_s.arg(elapsed)));
    QTest::qWait(50);                                  // the sockets' states catch up
    QCOMPARE(stillOpen(slow) + stillOpen(idle), 1000); // all held while the login was served
    const qint64 rss = m_server.residentKiB();
    QVERIFY2(rss > 0 && rss < 100 * 1024, qPrintable(u"server RSS %1 KiB"_s.arg(rss)));
    qInfo("login answered in %lld ms with 1000 connections held, server RSS %lld KiB", elapsed, rss);

    // Trickling: a byte a second keeps the slow ones from ever being idle; only the deadline can cut them.
    QDeadlineTimer deadline((requestTimeoutS + 3) * 1000);
    while ((stillOpen(slow) > 0 || stillOpen(idle) > 0) && !deadline.hasExpired()) {
        for (const auto& socket : slow) {
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->write("x");
        }
        QTest::qWait(1000);
    }
    QCOMPARE(stillOpen(slow), 0);
    QCOMPARE(stillOpen(idle), 0);
    QVERIFY2(opened.elapsed() < (requestTimeoutS + 3) * 1000, qPrintable(QString::number(opened.elapsed())));
    // And the server serves on.
    HttpTestClient http(base);
    QCOMPARE(http.get(u"/auth/context"_s).status, 200);
}

// max_connections_per_address (24 here): the connections an address opens beyond it are closed at once, without
// an answer; the others, and other addresses, are served.
void TestServerConnections::oneAddressHoldsAtMostItsShare()
{
    const QUrl base = m_server.url();
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < perAddressCap + 8; ++i) {
        auto socket = connectFrom(loopback(99), base);
        QVERIFY(socket);
        QVERIFY(socket->waitForConnected(2000));
        held.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(stillOpen(held), perAddressCap, 3000);
    // The ones kept are served.
    for (const auto& socket : held) {
        if (socket->state() != QAbstractSocket::ConnectedState)
            continue;
        socket->write("GET /auth/context HTTP/1.1\r\nHost: " + base.host().toLatin1() +
                      "\r\nConnection: close\r\n\r\n");
        const QByteArray answer = readToEnd(*socket, 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
        break;
    }
    auto other = connectFrom(loopback(98), base);
    QVERIFY(other && other->waitForConnected(2000));
    other->write("GET /auth/context HTTP/1.1\r\nHost: " + base.host().toLatin1() + "\r\nConnection: close\r\n\r\n");
    QVERIFY(readToEnd(*other, 3000).startsWith("HTTP/1.1 200"));
}

// 4 connections each sending 8 KB header lines, up to 4 MB each: the server stops reading a head at
// max_header_bytes (16 KiB) and closes the connection, long before 4 MB, and its memory does not grow.
void TestServerConnections::headerFloodsAreCutWithoutMemoryKept()
{
    const QUrl base = m_server.url();
    const qint64 before = m_server.residentKiB();
    QVERIFY(before > 0);
    const QByteArray line = "X-Flood: " + QByteArray(8192, 'f') + "\r\n";
    for (int c = 0; c < 4; ++c) {
        auto socket = connectFrom(loopback(150 + c), base);
        QVERIFY(socket && socket->waitForConnected(2000));
        socket->write("GET /auth/context HTTP/1.1\r\nHost: " + base.host().toLatin1() + "\r\n");
        qint64 sent = 0;
        while (sent < 4 * 1024 * 1024 && socket->state() == QAbstractSocket::ConnectedState) {
            socket->write(line);
            sent += line.size();
            socket->waitForBytesWritten(200);
            if (socket->bytesToWrite() > 1024 * 1024) // the server no longer reads
                socket->waitForDisconnected(200);
        }
        QVERIFY2(socket->state() != QAbstractSocket::ConnectedState || socket->waitForDisconnected(2000),
                 qPrintable(u"connection %1 still open after %2 bytes of headers"_s.arg(c).arg(sent)));
        QVERIFY2(sent < 4 * 1024 * 1024, qPrintable(u"%1 bytes of headers sent"_s.arg(sent)));
    }
    const qint64 after = m_server.residentKiB();
    QVERIFY2(after - before < 8 * 1024, qPrintable(u"RSS grew from %1 to %2 KiB"_s.arg(before).arg(after)));
    HttpTestClient http(base);
    QCOMPARE(http.get(u"/auth/context"_s).status, 200);
}

// More than 100 headers, all small: 431, as Vert.x (ENT Core) answers a head over its limits.
void TestServerConnections::tooManyHeadersAre431()
{
    const QUrl base = m_server.url();
    QByteArray request = "GET /auth/context HTTP/1.1\r\nHost: " + base.host().toLatin1() + "\r\n";
    for (int i = 0; i < 150; ++i)
        request += "X-H" + QByteArray::number(i) + ": v\r\n";
    request += "\r\n";
    auto socket = connectFrom(loopback(160), base);
    QVERIFY(socket && socket->waitForConnected(2000));
    socket->write(request);
    const QByteArray answer = readToEnd(*socket, 3000);
    QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(200).constData());
}

QTEST_GUILESS_MAIN(TestServerConnections)
#include "tst_serverconnections.moc"
