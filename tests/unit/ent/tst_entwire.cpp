// What EntClient puts on the wire and takes from it when the peer misbehaves: every write that carries a password, a
// code or a change reaches the ENT once per call even when the connection is dropped or garbled (Qt would silently
// send it again); a reply over the size limit is cut as it arrives, with or without Content-Length, and memory stays
// flat; a certificate refused for its dates alone says that the kiosk's clock is wrong.
#include "support/EntClientHarness.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

using namespace EntTest;

// A keep-alive HTTP/1.1 server on 127.0.0.1: GETs get a small JSON answer on a connection that stays open, so that
// the next request reuses it; every other request is read whole, counted, then answered as `write` says.
class DroppingServer final : public QObject
{
public:
    enum class Write { Close, Garbage };

    explicit DroppingServer(Write write) : m_write(write)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    int writes() const { return m_writes; }
    int connections() const { return int(findChildren<QTcpSocket*>().size()); }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        static const QRegularExpression lengthHeader(u"(?i)\r\ncontent-length:\\s*(\\d+)"_s);
        const auto match = lengthHeader.match(QString::fromLatin1(buffer.left(headerEnd)));
        const qsizetype length = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const bool isGet = buffer.startsWith("GET ");
        buffer.remove(0, headerEnd + 4 + length);
        if (isGet) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                          "Connection: keep-alive\r\n\r\n{}");
            return;
        }
        ++m_writes;
        if (m_write == Write::Garbage)
            socket->write("\x01\x02 not HTTP at all \xff\r\n\r\n");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    Write m_write;
    int m_writes = 0;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

// An HTTP server on 127.0.0.1 that answers every request with an endless body (or one of 1 GB), produced only as the
// socket drains, so that the server's own memory stays flat: what grows is the client's.
class StreamingServer final : public QObject
{
public:
    enum class Framing { ContentLength, Chunked, UntilClose };

    explicit StreamingServer(Framing framing) : m_framing(framing), m_block(64 * 1024, '7')
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { start(socket); });
                connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { feed(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    qint64 sent() const { return m_sent; }

private:
    void start(QTcpSocket* socket)
    {
        if (socket->property("started").toBool() || !socket->readAll().contains("\r\n\r\n"))
            return;
        socket->setProperty("started", true);
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        switch (m_framing) {
        case Framing::ContentLength:
            head += "Content-Length: 1073741824\r\n\r\n";
            break;
        case Framing::Chunked:
            head += "Transfer-Encoding: chunked\r\n\r\n";
            break;
        case Framing::UntilClose:
            head += "Connection: close\r\n\r\n";
            break;
        }
        socket->write(head);
        feed(socket);
    }

    void feed(QTcpSocket* socket)
    {
        if (!socket->property("started").toBool() || socket->state() != QAbstractSocket::ConnectedState)
            return;
        while (socket->bytesToWrite() < 256 * 1024 && m_sent < (qint64(1) << 30)) {
            if (m_framing == Framing::Chunked)
                socket->write(QByteArray::number(m_block.size(), 16) + "\r\n" + m_block + "\r\n");
            else
                socket->write(m_block);
            m_sent += m_block.size();
        }
    }

    QTcpServer m_server;
    Framing m_framing;
    QByteArray m_block;
    qint64 m_sent = 0;
};

qint64 statusKiB(const QByteArray& field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets the peak resident size (VmHWM) to the current one (Linux 4.0+).
bool resetPeakRss()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

using Call = std::function<void(EntClient&, EntClient::Callback<EntResult>)>;

// Adapts a call whose result type derives from EntResult.
template <typename R, typename F> Call widened(F f)
{
    return [f](EntClient& client, EntClient::Callback<EntResult> done) {
        f(client, [done](const R& r) { done(r); });
    };
}

// A self-signed certificate for 127.0.0.1 valid only from `notBefore` to `notAfter` (openssl's ASN.1 times), made
// with the openssl command in `dir`; the PEM paths of the certificate and its key.
std::optional<std::pair<QString, QString>> certificateBetween(const QTemporaryDir& dir,
                                                              const QString& notBefore,
                                                              const QString& notAfter)
{
    const QString cnf = dir.filePath(u"ca.cnf"_s);
    QFile config(cnf);
    if (!config.open(QIODevice::WriteOnly))
        return std::nullopt;
    config.write("[ca]\ndefault_ca = d\n[d]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n"
                 "default_md = sha256\npolicy = p\nunique_subject = no\nx509_extensions = ext\n"
                 "[p]\ncommonName = supplied\n"
                 "[ext]\nsubjectAltName = IP:127.0.0.1\nbasicConstraints = critical,CA:TRUE\n"
                 "keyUsage = digitalSignature,keyCertSign\nextendedKeyUsage = serverAuth\n");
    config.close();
    QFile(dir.filePath(u"index.txt"_s)).open(QIODevice::WriteOnly);
    QFile serial(dir.filePath(u"serial"_s));
    if (!serial.open(QIODevice::WriteOnly) || serial.write("01\n") != 3)
        return std::nullopt;
    serial.close();
    const auto run = [&dir](const QStringList& arguments) {
        QProcess openssl;
        openssl.setWorkingDirectory(dir.path());
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(u"openssl"_s, arguments);
        const bool ok = openssl.waitForFinished(30000) && openssl.exitStatus() == QProcess::NormalExit &&
                        openssl.exitCode() == 0;
        if (!ok)
            qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')), openssl.readAll().constData());
        return ok;
    };
    if (!run({u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
              u"-nodes"_s, u"-keyout"_s, u"key.pem"_s, u"-out"_s, u"req.csr"_s, u"-subj"_s, u"/CN=127.0.0.1"_s}))
        return std::nullopt;
    if (!run({u"ca"_s, u"-batch"_s, u"-notext"_s, u"-config"_s, cnf, u"-selfsign"_s, u"-keyfile"_s, u"key.pem"_s,
              u"-in"_s, u"req.csr"_s, u"-out"_s, u"cert.pem"_s, u"-startdate"_s, notBefore, u"-enddate"_s,
              notAfter}))
        return std::nullopt;
    return std::pair{dir.filePath(u"cert.pem"_s), dir.filePath(u"key.pem"_s)};
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

Q_DECLARE_METATYPE(Call)
Q_DECLARE_METATYPE(StreamingServer::Framing)
Q_DECLARE_METATYPE(LeoKiosk::CertificateDate)

class TestEntWire final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachWriteGoesOutOnce_data()
    {
        QTest::addColumn<bool>("oauth");
        QTest::addColumn<Call>("call");

        const auto secret = [] { return SecretBytes(u"Sup3r-s3cret!"_s); };
        QTest::newRow("form login") << false << widened<LoginResult>([secret](EntClient& c, auto done) {
            c.login(u"jean.dupont"_s, secret(), std::move(done));
        });
        QTest::newRow("password grant") << true << widened<LoginResult>([secret](EntClient& c, auto done) {
            c.login(u"jean.dupont"_s, secret(), std::move(done));
        });
        QTest::newRow("reset") << false << Call([secret](EntClient& c, auto done) {
            c.resetPassword(u"jean.dupont"_s, u"123456"_s, secret(), secret(), std::move(done));
        });
        QTest::newRow("changePassword") << false << Call([secret](EntClient& c, auto done) {
            c.changePassword(u"jean.dupont"_s, secret(), secret(), secret(), std::move(done));
        });
        QTest::newRow("forced change") << false << Call([secret](EntClient& c, auto done) {
            c.changePasswordWithoutSession(u"jean.dupont"_s, secret(), secret(), secret(),
                                           EntClient::PasswordChange::Forced, std::move(done));
        });
        QTest::newRow("activation") << false << widened<ActivationResult>([secret](EntClient& c, auto done) {
            c.activate(u"jean.dupont"_s, u"ABC123"_s, secret(), secret(), true, {}, {}, std::move(done));
        });
        QTest::newRow("mailstate code") << false << widened<MailCodeResult>([](EntClient& c, auto done) {
            c.submitMailCode(u"123456"_s, std::move(done));
        });
        QTest::newRow("mailstate address") << false << Call([](EntClient& c, auto done) {
            c.requestMailChange(u"jean@example.org"_s, std::move(done));
        });
        QTest::newRow("reset code match") << false << widened<CodeMatchResult>([](EntClient& c, auto done) {
            c.matchResetCode(u"jean.dupont"_s, u"123456"_s, std::move(done));
        });
        QTest::newRow("forgot password") << false << Call([](EntClient& c, auto done) {
            c.forgotPassword(u"jean.dupont"_s, RecoveryService::Mail, std::move(done));
        });
    }

    // The server drops the connection after reading the request, on a connection a GET used before (Qt resends on
    // such a connection), or answers garbage: the request reached it once, and the call fails.
    void eachWriteGoesOutOnce()
    {
        QFETCH(bool, oauth);
        QFETCH(Call, call);
        for (const DroppingServer::Write write : {DroppingServer::Write::Close, DroppingServer::Write::Garbage}) {
            DroppingServer server(write);
            QVERIFY(server.listen());
            EntClient client(oauth ? oauthSettingsFor(server.url()) : settingsFor(server.url()));
            Capture<ContextResult> warmed;
            client.fetchContext(warmed.callback());
            QTRY_VERIFY(warmed.value.has_value());
            QCOMPARE(warmed.value->status, EntStatus::Ok);
            QCOMPARE(server.connections(), 1);

            Capture<EntResult> done;
            call(client, done.callback());
            QTRY_VERIFY(done.value.has_value());
            QVERIFY2(!done.value->ok(), qPrintable(done.value->detail));
            QVERIFY(!EntMessages::text(*done.value).isEmpty());
            QCOMPARE(server.writes(), 1);
            // Nothing is left in flight that could still send it.
            QCOMPARE(client.requestsInFlight(), 0);
            QTest::qWait(50); // a resend, if any, would be queued right behind the failure
            QCOMPARE(server.writes(), 1);
            QCOMPARE(done.calls, 1);
        }
    }

    // The once rule costs nothing when the ENT answers: a write on a reused connection works.
    void aWriteOnAReusedConnectionWorks()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("POST", "/auth/login", loginSuccess());
        EntClient client(settingsFor(server.url()));
        Capture<LoginResult> done;
        client.login(u"jean.dupont"_s, SecretBytes(u"secret"_s), done.callback());
        QTRY_VERIFY(done.value.has_value());
        QCOMPARE(done.value->status, EntStatus::Ok);
        QCOMPARE(server.lastRequest("/auth/login").body, "email=jean.dupont&password=secret&callBack=%2F");
        QCOMPARE(server.count("/auth/login"), 1);
    }

    void aLargeReplyIsCutAsItArrives_data()
    {
        QTest::addColumn<StreamingServer::Framing>("framing");
        QTest::newRow("Content-Length: 1 GB") << StreamingServer::Framing::ContentLength;
        QTest::newRow("endless chunked") << StreamingServer::Framing::Chunked;
        QTest::newRow("endless until close") << StreamingServer::Framing::UntilClose;
    }

    void aLargeReplyIsCutAsItArrives()
    {
        QFETCH(StreamingServer::Framing, framing);
        StreamingServer server(framing);
        QVERIFY(server.listen());
        EntClient client(settingsFor(server.url(), 30000));
        // Warm up Qt's network thread and buffers, so that what is measured is the reply alone.
        {
            FakeHttpServer small;
            QVERIFY(small.listen());
            EntClient warm(settingsFor(small.url()));
            Capture<ContextResult> done;
            warm.fetchContext(done.callback());
            QTRY_VERIFY(done.value.has_value());
        }
        const qint64 before = statusKiB("VmRSS");
        QVERIFY(before > 0);
        if (!resetPeakRss())
            QSKIP("the peak resident size cannot be reset here");

        Capture<ContextResult> done;
        client.fetchContext(done.callback());
        QTRY_VERIFY_WITH_TIMEOUT(done.value.has_value(), 20000);
        const qint64 peak = statusKiB("VmHWM");
        qInfo("resident size grew by %lld KiB at most; the server sent %lld KiB", peak - before, server.sent() / 1024);
        QCOMPARE(done.value->status, EntStatus::MalformedReply);
        QCOMPARE(done.value->detail, u"answer too large"_s);
        QVERIFY2(peak - before < 20 * 1024,
                 qPrintable(u"resident size grew by %1 KiB (server sent %2 KiB)"_s.arg(peak - before)
                                .arg(server.sent() / 1024)));
        // Cut early, not after the whole answer: what the server could send is bounded by the socket buffers.
        QVERIFY2(server.sent() < 16 * 1024 * 1024, qPrintable(QString::number(server.sent())));
    }

    void aReplyUnderTheLimitIsRead()
    {
        QByteArray big = "{\"pad\":\"" + QByteArray(900 * 1024, 'x') + "\"}";
        const ContextResult r = exchange<ContextResult>(
            "GET", "/auth/context", Response::json(big),
            [](EntClient& client, EntClient::Callback<ContextResult> done) { client.fetchContext(std::move(done)); });
        QCOMPARE(r.status, EntStatus::Ok);
        QCOMPARE(r.context.value(u"pad"_s).toString().size(), 900 * 1024);
    }

    void certificateDates_data()
    {
        QTest::addColumn<QString>("notBefore");
        QTest::addColumn<QString>("notAfter");
        QTest::addColumn<CertificateDate>("expected");
        QTest::newRow("not valid yet") << u"20990101000000Z"_s << u"21000101000000Z"_s << CertificateDate::NotYetValid;
        QTest::newRow("expired") << u"20000101000000Z"_s << u"20010101000000Z"_s << CertificateDate::Expired;
    }

    // A kiosk whose clock is wrong sees the ENT's certificate as not valid yet or expired: it says so.
    void certificateDates()
    {
        QFETCH(QString, notBefore);
        QFETCH(QString, notAfter);
        QFETCH(CertificateDate, expected);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto files = certificateBetween(dir, notBefore, notAfter);
        QVERIFY(files.has_value());
        const QSslCertificate certificate(readAll(files->first), QSsl::Pem);
        QVERIFY(!certificate.isNull());

        QSslServer server;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(certificate);
        ssl.setPrivateKey(QSslKey(readAll(files->second), QSsl::Ec, QSsl::Pem));
        server.setSslConfiguration(ssl);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&server] {
            while (QTcpSocket* socket = server.nextPendingConnection())
                socket->setParent(&server);
        });

        EntClientSettings settings = settingsFor(QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())));
        settings.caBundle = files->first; // trusted: only its dates are wrong
        EntClient client(settings);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"TLS errors with the ENT"_s));
        Capture<ContextResult> done;
        client.fetchContext(done.callback());
        QTRY_VERIFY(done.value.has_value());
        QCOMPARE(done.value->status, EntStatus::TlsError);
        QCOMPARE(done.value->certificateDate, expected);
        const QString text = EntMessages::text(*done.value);
        QVERIFY2(text.contains(u"clock"_s), qPrintable(text));
        EntResult plain;
        plain.status = EntStatus::TlsError;
        QVERIFY(text != EntMessages::text(plain));

        // Untrusted as well (no ca_bundle): the dates still come first, as a clock years ahead also leaves the real
        // CA out (Qt does not trust an expired CA certificate).
        settings.caBundle.clear();
        EntClient untrusting(settings);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"TLS errors with the ENT"_s));
        Capture<ContextResult> refused;
        untrusting.fetchContext(refused.callback());
        QTRY_VERIFY(refused.value.has_value());
        QCOMPARE(refused.value->status, EntStatus::TlsError);
        QCOMPARE(refused.value->certificateDate, expected);
    }

    // A certificate within its dates but of an unknown issuer is a plain certificate problem.
    void anUntrustedCertificateIsNotAClockProblem()
    {
        QSslServer server;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate(readAll(QStringLiteral(LEOKIOSK_TEST_DATA_DIR "/selfsigned.pem")),
                                                QSsl::Pem));
        ssl.setPrivateKey(QSslKey(readAll(QStringLiteral(LEOKIOSK_TEST_DATA_DIR "/selfsigned.key")), QSsl::Rsa,
                                  QSsl::Pem));
        server.setSslConfiguration(ssl);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&server] {
            while (QTcpSocket* socket = server.nextPendingConnection())
                socket->setParent(&server);
        });
        EntClient client(settingsFor(QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort()))));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"TLS errors with the ENT"_s));
        Capture<ContextResult> refused;
        client.fetchContext(refused.callback());
        QTRY_VERIFY(refused.value.has_value());
        QCOMPARE(refused.value->status, EntStatus::TlsError);
        QCOMPARE(refused.value->certificateDate, CertificateDate::Valid);
        QVERIFY(!EntMessages::text(*refused.value).contains(u"clock"_s));
    }
};

QTEST_GUILESS_MAIN(TestEntWire)
#include "tst_entwire.moc"
