// What the real leo-ent-server does with bad input, at start-up and at shutdown: it answers or closes the
// connection, never crashes, and keeps serving.
#include "support/HttpTestClient.h"
#include "support/ReferenceServer.h"

#include <QFile>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTest>

#include <initializer_list>
#include <memory>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

const QByteArray authenticationFailedFr = "L&#39;identifiant ou le mot de passe est incorrect.";
const QByteArray pageErrorFr = "ng-init='error = \"L&#39;identifiant ou le mot de passe est incorrect.\";";

QByteArray concat(std::initializer_list<QByteArrayView> parts)
{
    QByteArray bytes;
    for (const QByteArrayView part : parts)
        bytes += part;
    return bytes;
}

} // namespace

class TestServerRobustness final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unknownRoutesAre404();
    void formRoutesIgnoreOtherBodies_data();
    void formRoutesIgnoreOtherBodies();
    void invalidUtf8IsRefused();
    void oversizedBodiesAre413_data();
    void oversizedBodiesAre413();
    void missingAcceptLanguageMeansFrench();
    void garbageOnTheSocket_data();
    void garbageOnTheSocket();
    void controlCharactersInTheCallbackAreRefused();
    void parallelRequestsAreAllServed();
    void importReportsEachBadLine();
    void weakPasswordsAreRefusedByTheCli();
    void plainHttpIsRefusedOffLoopback();
    void tlsGivesSecureCookies();
    void sigtermStopsCleanly();

private:
    void verifyStillServing();

    ReferenceServer m_server;
    std::unique_ptr<HttpTestClient> m_http;
};

void TestServerRobustness::initTestCase()
{
    QVERIFY2(m_server.addAccount({u"adele.adams"_s,
                                  u"Adèle"_s,
                                  u"Adams"_s,
                                  u"Student"_s,
                                  u"Lycée Jules Verne"_s,
                                  u"2nde 3"_s,
                                  {},
                                  {},
                                  "Adele-2024"}),
             qPrintable(m_server.lastError()));
    const QUrl base = m_server.start();
    QVERIFY2(base.isValid(), qPrintable(m_server.lastError()));
    m_http = std::make_unique<HttpTestClient>(base);
}

void TestServerRobustness::verifyStillServing()
{
    QCOMPARE(m_http->get(u"/auth/context"_s).status, 200);
}

void TestServerRobustness::unknownRoutesAre404()
{
    QCOMPARE(m_http->get(u"/nowhere"_s).status, 404);
    QCOMPARE(m_http->get(u"/auth/oauth2/token"_s).status, 404);
    QCOMPARE(m_http->send("DELETE", u"/auth/context"_s, {}, {}).status, 404);
    QCOMPARE(m_http->get(u"/auth/login/../../etc/passwd"_s).status, 404);
    verifyStillServing();
}

void TestServerRobustness::formRoutesIgnoreOtherBodies_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("bad JSON") << QByteArray("application/json") << QByteArray(R"({"grant_type": "password", )");
    QTest::newRow("valid JSON") << QByteArray("application/json")
                                << QByteArray(R"({"grant_type":"password","email":"adele.adams"})");
    QTest::newRow("no content type") << QByteArray() << QByteArray("grant_type=password&email=adele.adams");
    QTest::newRow("empty form") << QByteArray("application/x-www-form-urlencoded") << QByteArray();
    QTest::newRow("binary") << QByteArray("application/octet-stream") << QByteArray("\x00\xff\xfe\x01", 4);
}

void TestServerRobustness::formRoutesIgnoreOtherBodies()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    const auto tokenReply = m_http->post(u"/auth/oauth2/token"_s, body, {}, contentType);
    QCOMPARE(tokenReply.status, 400);
    QCOMPARE(tokenReply.body, R"({"error":"invalid_request","error_description":"'grant_type' not found"})");

    const auto loginReply = m_http->post(u"/auth/login"_s, body, {}, contentType);
    QCOMPARE(loginReply.status, 200);
    QVERIFY(loginReply.body.contains(pageErrorFr));
    QVERIFY(loginReply.header("Set-Cookie").isEmpty());
}

void TestServerRobustness::invalidUtf8IsRefused()
{
    const auto tokenReply = m_http->post(u"/auth/oauth2/token"_s, "grant_type=password&username=%FF%FE&password=x");
    QCOMPARE(tokenReply.status, 400);
    QCOMPARE(tokenReply.json().value(u"error"_s).toString(), u"invalid_request"_s);

    const auto loginReply = m_http->post(u"/auth/login"_s, "email=adele.adams&password=%C3%28%FF");
    QCOMPARE(loginReply.status, 200);
    QVERIFY(loginReply.body.contains(authenticationFailedFr));
    verifyStillServing();
}

void TestServerRobustness::oversizedBodiesAre413_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("path");
    QTest::newRow("form, token") << QByteArray("application/x-www-form-urlencoded") << u"/auth/oauth2/token"_s;
    QTest::newRow("form, login") << QByteArray("application/x-www-form-urlencoded") << u"/auth/login"_s;
    QTest::newRow("JSON") << QByteArray("application/json") << u"/auth/oauth2/token"_s;
    QTest::newRow("unknown route") << QByteArray("text/plain") << u"/upload"_s;
}

void TestServerRobustness::oversizedBodiesAre413()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QString, path);
    const QByteArray megabyte = concat({"email=adele.adams&password=", QByteArray(1024 * 1024, 'a')});
    QCOMPARE(m_http->post(path, megabyte, {}, contentType).status, 413);
    verifyStillServing();
}

void TestServerRobustness::missingAcceptLanguageMeansFrench()
{
    const QByteArray body = "email=nobody.there&password=whatever1";
    const QByteArray answer = HttpTestClient::raw(
        m_server.url(),
        concat({"POST /auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\nContent-Length: ",
                QByteArray::number(body.size()), "\r\n\r\n", body}));
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    QVERIFY(answer.contains(pageErrorFr));
}

void TestServerRobustness::garbageOnTheSocket_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator generator(20240901);
    for (char& byte : random)
        byte = char(generator.bounded(256));
    QTest::newRow("random bytes") << concat({random, "\r\n\r\n"});
    QTest::newRow("NUL and high bytes") << QByteArray("GET /\x00\xff HTTP/1.1\r\n\r\n", 21);
    QTest::newRow("unknown method") << QByteArray("BREW /auth/context HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("unknown version") << QByteArray("GET /auth/context HTTP/7.0\r\nHost: x\r\n\r\n");
    QTest::newRow("no request line") << QByteArray("\r\n\r\n");
    QTest::newRow("header without colon") << QByteArray("GET /auth/context HTTP/1.1\r\nthis is not a header\r\n\r\n");
    QTest::newRow("huge header") << concat(
        {"GET /auth/context HTTP/1.1\r\nX-Big: ", QByteArray(200000, 'x'), "\r\n\r\n"});
    QTest::newRow("negative length") << QByteArray("POST /auth/login HTTP/1.1\r\nContent-Length: -5\r\n\r\nabc");
    QTest::newRow("bad chunk") << QByteArray("POST /auth/login HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::newRow("truncated body") << QByteArray("POST /auth/login HTTP/1.1\r\nContent-Length: 100\r\n\r\nemail=a");
}

void TestServerRobustness::garbageOnTheSocket()
{
    QFETCH(QByteArray, bytes);
    // A short timeout: a server waiting for the rest of a truncated request is fine; it must just not crash.
    const QByteArray answer = HttpTestClient::raw(m_server.url(), bytes, 2000);
    if (!answer.isEmpty()) // an answer (httplib is lenient with some of these) or a closed connection
        QVERIFY2(QRegularExpression(u"^HTTP/1.1 [1-5][0-9][0-9] "_s).match(QString::fromLatin1(answer)).hasMatch(),
                 answer.left(80).constData());
    QVERIFY(m_server.isRunning());
    verifyStillServing();
}

void TestServerRobustness::controlCharactersInTheCallbackAreRefused()
{
    const auto reply =
        m_http->post(u"/auth/login"_s, HttpTestClient::form({{u"email"_s, u"adele.adams"_s},
                                                             {u"password"_s, u"Adele-2024"_s},
                                                             {u"callBack"_s, u"/a\r\nSet-Cookie: x=y"_s}}));
    QCOMPARE(reply.status, 302);
    QCOMPARE(QString::fromUtf8(reply.header("Location")), m_server.url().toString() + u'/');
    QVERIFY(reply.setCookie("x").isEmpty());
}

void TestServerRobustness::parallelRequestsAreAllServed()
{
    QNetworkAccessManager manager;
    QList<std::pair<QNetworkReply*, int>> replies; // with the status expected
    const QByteArray body = HttpTestClient::form({{u"email"_s, u"adele.adams"_s}, {u"password"_s, u"Adele-2024"_s}});
    // Fewer sign-ins than max_retry: attempts in flight count as failures until they succeed.
    for (int i = 0; i < 4; ++i) {
        QNetworkRequest request(m_server.url().resolved(QUrl(u"/auth/login"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        replies.append({manager.post(request, body), 302});
        replies.append({manager.get(QNetworkRequest(m_server.url().resolved(QUrl(u"/auth/context"_s)))), 200});
    }
    for (const auto& [reply, status] : replies) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(30000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        reply->deleteLater();
    }
}

void TestServerRobustness::importReportsEachBadLine()
{
    const QString csv = m_server.directory() + u"/bad.csv"_s;
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("login,first_name,last_name,profile,school,class,email,mobile\n"
               "good.one,Good,One,Teacher,Lycée Condorcet,,good.one@example.org,\n"
               "bad one,Bad,One,Student,Lycée Condorcet,,,\n"
               "bad.profile,Bad,Profile,Wizard,Lycée Condorcet,,,\n"
               "\"zoe.d-arc\",\"Zoé\",\"D'Arc, \"\"la Pucelle\"\"\",ELEVE,Lycée Condorcet,2nde 1,,\n"
               "short.line,Short\n");
    file.close();
    const auto result = m_server.run({u"users"_s, u"import"_s, csv});
    QCOMPARE(result.exitCode, 1);
    const QString errors = QString::fromUtf8(result.err);
    QVERIFY2(errors.contains(u"bad.csv:3: the login"_s), qPrintable(errors));
    QVERIFY2(errors.contains(u"bad.csv:4: unknown profile"_s), qPrintable(errors));
    QVERIFY2(errors.contains(u"bad.csv:6: expected 8 fields"_s), qPrintable(errors));
    QCOMPARE(result.out, "users: 2 created, 0 updated, 3 rejected\n");
    const QString list = QString::fromUtf8(m_server.run({u"users"_s, u"list"_s}).out);
    QVERIFY(list.contains(u"good.one\tGood One\tENSEIGNANT\tLycée Condorcet"_s));
    QVERIFY(list.contains(u"zoe.d-arc\tZoé D'Arc, \"la Pucelle\"\tELEVE\tLycée Condorcet\t2nde 1"_s));
    QVERIFY(!list.contains(u"bad.profile"_s));
    QVERIFY(!list.contains(u"$argon2"_s));
}

void TestServerRobustness::weakPasswordsAreRefusedByTheCli()
{
    for (const QByteArray& weak : {QByteArray("short1\n"), QByteArray("onlyletters\n"), QByteArray("12345678\n")}) {
        const auto result = m_server.run({u"users"_s, u"set-password"_s, u"adele.adams"_s}, weak);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("does not match the rule"));
    }
    const auto generated = m_server.run({u"users"_s, u"set-password"_s, u"adele.adams"_s, u"--generate"_s});
    QCOMPARE(generated.exitCode, 0);
    const QString password = QString::fromUtf8(generated.out.trimmed());
    QVERIFY(QRegularExpression(u"^(?=.*[A-Za-z])(?=.*[0-9]).{8,}$"_s).match(password).hasMatch());
    const auto signedIn = m_http->post(
        u"/auth/login"_s, HttpTestClient::form({{u"email"_s, u"adele.adams"_s}, {u"password"_s, password}}));
    QCOMPARE(signedIn.status, 302);
    QVERIFY(m_server.run({u"users"_s, u"set-password"_s, u"adele.adams"_s}, "Adele-2024\n").ok());
}

void TestServerRobustness::plainHttpIsRefusedOffLoopback()
{
    ReferenceServer exposed;
    exposed.setConfig(u"server"_s, u"listen_address"_s, u"0.0.0.0"_s);
    QVERIFY(!exposed.start().isValid());
    QVERIFY2(exposed.log().contains(u"refusing to serve plain HTTP on 0.0.0.0"_s), qPrintable(exposed.log()));
}

void TestServerRobustness::tlsGivesSecureCookies()
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        QSKIP("no openssl tool to make a test certificate");
    ReferenceServer tls;
    const QString cert = tls.directory() + u"/cert.pem"_s;
    const QString key = tls.directory() + u"/key.pem"_s;
    QProcess maker;
    maker.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                          u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s,
                          key, u"-out"_s, cert});
    QVERIFY(maker.waitForFinished(60000));
    QCOMPARE(maker.exitCode(), 0);
    tls.setConfig(u"server"_s, u"tls_cert"_s, cert);
    tls.setConfig(u"server"_s, u"tls_key"_s, key);
    QVERIFY2(tls.addAccount({u"adele.adams"_s, u"Adèle"_s, u"Adams"_s, u"Student"_s, {}, {}, {}, {}, "Adele-2024"}),
             qPrintable(tls.lastError()));
    const QUrl base = tls.start();
    QVERIFY2(base.isValid(), qPrintable(tls.lastError()));
    QCOMPARE(base.scheme(), u"https"_s);

    HttpTestClient https(base);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(cert));
    https.setSslConfiguration(ssl);
    const auto reply = https.post(
        u"/auth/login"_s, HttpTestClient::form({{u"email"_s, u"adele.adams"_s}, {u"password"_s, u"Adele-2024"_s}}));
    QCOMPARE(reply.status, 302);
    QCOMPARE(QString::fromUtf8(reply.header("Location")), base.toString() + u'/');
    QCOMPARE(reply.setCookies().size(), 3);
    for (const QByteArray& cookie : reply.setCookies())
        QVERIFY2(cookie.contains("; Secure"), cookie.constData());
    QCOMPARE(tls.stop(), 0);
}

void TestServerRobustness::sigtermStopsCleanly()
{
    ReferenceServer server;
    const QUrl base = server.start();
    QVERIFY2(base.isValid(), qPrintable(server.lastError()));
    QCOMPARE(HttpTestClient(base).get(u"/auth/context"_s).status, 200);
    QCOMPARE(server.stop(), 0);
    QVERIFY(!server.isRunning());
    QVERIFY(server.log().contains(u"GET /auth/context 200"_s));
}

QTEST_GUILESS_MAIN(TestServerRobustness)
#include "tst_serverrobustness.moc"
