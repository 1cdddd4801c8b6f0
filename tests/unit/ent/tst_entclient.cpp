#include "core/config/KioskConfig.h"
#include "support/EntClientHarness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QRegularExpression>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

using namespace EntTest;

QByteArray loginPage(const QByteArray& ngInit)
{
    return "<!DOCTYPE html><html><head><title>Connexion</title></head><body class=\"login\" ng-init=\"" + ngInit +
           "\"><form action=\"/auth/login\" method=\"post\"><input name=\"email\"><input type=\"password\" "
           "name=\"password\"></form></body></html>";
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString dataPath(const char* name)
{
    return QStringLiteral(LEOKIOSK_TEST_DATA_DIR "/") + QString::fromLatin1(name);
}

} // namespace

// A one-route HTTPS server with the self-signed certificate of tests/unit/data.
class TlsServer final : public QObject
{
    Q_OBJECT

public:
    bool listen()
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate(readFile(dataPath("selfsigned.pem")), QSsl::Pem));
        ssl.setPrivateKey(QSslKey(readFile(dataPath("selfsigned.key")), QSsl::Rsa, QSsl::Pem));
        m_server.setSslConfiguration(ssl);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (socket->peek(8192).contains("\r\n\r\n")) {
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                                      "Connection: close\r\n\r\n{}");
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(u"https://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

private:
    QSslServer m_server;
};

class TestEntClient final : public QObject
{
    Q_OBJECT

private:
    static LoginResult login(const QByteArray& path, const Response& response, bool oauth)
    {
        return exchange<LoginResult>(
            "POST", path, response,
            [](EntClient& client, EntClient::Callback<LoginResult> done) {
                client.login(u"jean.dupont"_s, SecretBytes(u"secret"_s), std::move(done));
            },
            oauth);
    }

private Q_SLOTS:
    void formLoginSuccess()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("POST", "/auth/login", loginSuccess());
        EntClient client(settingsFor(server.url()));
        QVERIFY(!client.hasSession());

        Capture<LoginResult> done;
        client.login(u"jean.dupont"_s, SecretBytes(u"abc+1234 &=é"_s), done.callback());
        QCOMPARE(client.requestsInFlight(), 1);
        QTRY_VERIFY(done.value.has_value());
        QCOMPARE(done.value->status, EntStatus::Ok);
        QCOMPARE(done.value->httpStatus, 302);
        QCOMPARE(done.calls, 1);
        QCOMPARE(client.requestsInFlight(), 0);

        const FakeHttpServer::Request request = server.lastRequest("/auth/login");
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.body, QByteArray("email=jean.dupont&password=abc%2B1234%20%26%3D%C3%A9&callBack=%2F"));
        QVERIFY(!request.body.contains("rememberMe"));
        QVERIFY(!request.body.contains("secureLocation"));
        QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded; charset=UTF-8"));
        QCOMPARE(request.header("user-agent"), userAgent);
        QCOMPARE(request.header("accept-language"), QByteArray("fr"));
        QVERIFY(request.header("accept").startsWith("text/html"));
        QVERIFY(request.header("authorization").isEmpty());

        // the jar holds exactly what the ENT set, in memory
        QVERIFY(client.hasSession());
        QStringList names;
        const QList<QNetworkCookie> cookies = client.cookieJar()->cookiesForUrl(server.url());
        for (const QNetworkCookie& cookie : cookies)
            names.append(QString::fromLatin1(cookie.name()));
        names.sort();
        QCOMPARE(names, (QStringList{u"XSRF-TOKEN"_s, u"authenticated"_s, u"oneSessionId"_s}));
        QCOMPARE(client.xsrfToken(), QByteArray("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
        const auto* manager = qobject_cast<QNetworkAccessManager*>(client.cookieJar()->parent());
        QVERIFY(manager);
        QVERIFY(!manager->cache()); // no disk cache
    }

    void formLoginClassification_data()
    {
        QTest::addColumn<Response>("response");
        QTest::addColumn<EntStatus>("status");
        QTest::addColumn<QString>("serverMessage");
        QTest::addColumn<QString>("resetCode");

        QTest::newRow("302 to the reset page") << Response::redirect("/auth/reset/abcd2345?login=jean.dupont")
                                               << EntStatus::ResetCodeTyped << QString() << u"abcd2345"_s;
        QTest::newRow("302 absolute to the reset page")
            << Response::redirect("http://127.0.0.1/auth/reset/hjk3mn4p?login=Jean Dupont") << EntStatus::ResetCodeTyped
            << QString() << u"hjk3mn4p"_s;
        QTest::newRow("302 to the forced-change page, no cookie")
            << Response::redirect("/auth/reset/forceChangePassword?callback=%2F") << EntStatus::MalformedReply
            << QString() << QString();
        QTest::newRow("302 without a session cookie")
            << Response::redirect("/") << EntStatus::MalformedReply << QString() << QString();
        QTest::newRow("302 clearing the session cookie")
            << Response::redirect("/").header("Set-Cookie", "oneSessionId=; Max-Age=0; Path=/")
            << EntStatus::MalformedReply << QString() << QString();
        QTest::newRow("200 fr error with &#39;")
            << Response::html(loginPage("error = &quot;L&#39;identifiant ou le mot de passe est incorrect.&quot;"))
            << EntStatus::AuthenticationFailed << u"L'identifiant ou le mot de passe est incorrect."_s << QString();
        QTest::newRow("200 en raw key") << Response::html(loginPage("error = &quot;auth.error.ban&quot;"))
                                        << EntStatus::Banned << u"auth.error.ban"_s << QString();
        QTest::newRow("200 fr blocked user, single-quoted")
            << Response::html("<html><body ng-init='error = \"L&#39;administrateur de votre "
                              "\xc3\xa9tablissement a bloqu\xc3\xa9 votre acc\xc3\xa8s \xc3\xa0 votre r\xc3\xa9seau "
                              "\xc3\xa9\x64ucatif. Veuillez le contacter.\"'></body></html>")
            << EntStatus::BlockedUser
            << u"L'administrateur de votre établissement a bloqué votre accès à votre réseau éducatif. Veuillez le "
               u"contacter."_s
            << QString();
        QTest::newRow("200 en authenticationFailed text")
            << Response::html(loginPage("error = &quot;Invalid login or password&quot;"))
            << EntStatus::AuthenticationFailed << u"Invalid login or password"_s << QString();
        QTest::newRow("200 unknown message")
            << Response::html(loginPage("error = &quot;Plateforme en maintenance.&quot;")) << EntStatus::ServerMessage
            << u"Plateforme en maintenance."_s << QString();
        QTest::newRow("200 activation page")
            << Response::html("<html><body ng-init=\"login = &quot;jean.dupont&quot;; activationCode = "
                              "&quot;abcd2345&quot;\"><form action=\"/auth/activation\" method=\"post\"></form>"
                              "</body></html>")
            << EntStatus::ActivationCodeTyped << QString() << QString();
        QTest::newRow("200 login page, no error") << Response::html(loginPage("error = &quot;&quot;"))
                                                  << EntStatus::AuthenticationFailed << QString() << QString();
        QTest::newRow("200 unknown page") << Response::html("<html><body><p>Bienvenue</p></body></html>")
                                          << EntStatus::MalformedReply << QString() << QString();
        QTest::newRow("200 JSON") << Response::json("{}") << EntStatus::MalformedReply << QString() << QString();
        QTest::newRow("200 empty") << Response::html(QByteArray()) << EntStatus::MalformedReply << QString()
                                   << QString();
        QTest::newRow("404") << Response::html("<p>not here</p>", 404) << EntStatus::MalformedReply << QString()
                             << QString();
        QTest::newRow("500") << Response::html("<p>oops</p>", 500) << EntStatus::ServerError << QString() << QString();
        QTest::newRow("503") << Response::html(QByteArray(), 503) << EntStatus::ServerError << QString() << QString();
        QTest::newRow("garbage body") << Response::html("\x01\x02\xff\xfe<<<>>>") << EntStatus::MalformedReply
                                      << QString() << QString();
        // Qt reports bytes that are not HTTP at all like a connection closed before any answer.
        QTest::newRow("not HTTP") << Response::garbage() << EntStatus::Unreachable << QString() << QString();
        QTest::newRow("closed without answer") << Response::close() << EntStatus::Unreachable << QString() << QString();
        Response huge = Response::html(QByteArray(3 * 1024 * 1024, 'x'));
        QTest::newRow("too large") << huge << EntStatus::MalformedReply << QString() << QString();
    }

    void formLoginClassification()
    {
        QFETCH(Response, response);
        QFETCH(EntStatus, status);
        QFETCH(QString, serverMessage);
        QFETCH(QString, resetCode);
        const LoginResult result = login("/auth/login", response, false);
        QVERIFY2(result.status == status, qPrintable(result.detail));
        QCOMPARE(result.serverMessage, serverMessage);
        QCOMPARE(result.resetCode, resetCode);
        QVERIFY(!result.detail.contains(u"secret"_s));
    }

    void tokenLoginSuccess()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("POST", "/auth/oauth2/token",
                  Response::json(R"({"token_type":"Bearer","access_token":"a1b2c3","refresh_token":"r9",)"
                                 R"("expires_in":3600,"scope":"userinfo auth"})"));
        server.on("GET", "/auth/oauth2/userinfo",
                  Response::json(R"({"userId":"u1","login":"jean.dupont","firstName":"Jean","lastName":"Dupont",)"
                                 R"("schoolName":"Lycée Jules Verne","classId":"2nde 3"})"));
        EntClient client(oauthSettingsFor(server.url()));

        Capture<LoginResult> login;
        client.login(u"jean.dupont"_s, SecretBytes(u"abc+1234"_s), login.callback());
        QTRY_VERIFY(login.value.has_value());
        QCOMPARE(login.value->status, EntStatus::Ok);
        QVERIFY(client.hasSession());
        QCOMPARE(server.count("/auth/login"), 0);

        const FakeHttpServer::Request token = server.lastRequest("/auth/oauth2/token");
        QCOMPARE(token.method, QByteArray("POST"));
        QCOMPARE(token.body,
                 QByteArray("grant_type=password&username=jean.dupont&password=abc%2B1234&scope=userinfo%20auth"));
        QCOMPARE(token.header("authorization"), "Basic " + QByteArray("kiosk-cdi:s3cr\xc3\xa9t").toBase64());
        QCOMPARE(token.header("accept"), QByteArray("application/json"));
        QCOMPARE(token.header("content-type"), QByteArray("application/x-www-form-urlencoded; charset=UTF-8"));

        Capture<UserInfoResult> info;
        client.fetchUserInfo(info.callback());
        QTRY_VERIFY(info.value.has_value());
        QCOMPARE(info.value->status, EntStatus::Ok);
        QCOMPARE(info.value->user.schools, QStringList{u"Lycée Jules Verne"_s});
        QCOMPARE(server.lastRequest("/auth/oauth2/userinfo").header("authorization"), QByteArray("Bearer a1b2c3"));

        client.reset();
        QVERIFY(!client.hasSession()); // the tokens are forgotten
    }

    void tokenLoginClassification_data()
    {
        QTest::addColumn<Response>("response");
        QTest::addColumn<EntStatus>("status");
        const auto denied = [](int status, const char* description) {
            return Response::json(
                R"({"error":"access_denied","error_description":")" + QByteArray(description) + R"("})", status);
        };
        QTest::newRow("401 authenticationFailed")
            << denied(401, "auth.error.authenticationFailed") << EntStatus::AuthenticationFailed;
        QTest::newRow("401 ban") << denied(401, "auth.error.ban") << EntStatus::Banned;
        QTest::newRow("401 blockedUser") << denied(401, "auth.error.blockedUser") << EntStatus::BlockedUser;
        QTest::newRow("401 blockedProfileType")
            << denied(401, "auth.error.blockedProfileType") << EntStatus::BlockedProfile;
        QTest::newRow("401 otpDisabled") << denied(401, "auth.error.otpDisabled") << EntStatus::OtpDisabled;
        QTest::newRow("401 global") << denied(401, "auth.error.global") << EntStatus::PlatformUnavailable;
        QTest::newRow("401 unknown description")
            << denied(401, "auth.error.somethingNew") << EntStatus::AuthenticationFailed;
        QTest::newRow("403 activation code")
            << denied(403, "auth.error.activation.code") << EntStatus::ActivationCodeTyped;
        QTest::newRow("403 reset code") << denied(403, "auth.error.password.reset") << EntStatus::ResetCodeTyped;
        QTest::newRow("401 invalid_client")
            << Response::json(R"({"error":"invalid_client"})", 401) << EntStatus::InvalidClient;
        QTest::newRow("401 invalid_grant")
            << Response::json(R"({"error":"invalid_grant","error_description":"Credential is invalid."})", 401)
            << EntStatus::InvalidClient;
        QTest::newRow("400 missing password")
            << Response::json(R"({"error":"invalid_request","error_description":"'password' not found"})", 400)
            << EntStatus::AuthenticationFailed;
        QTest::newRow("400 unsupported grant")
            << Response::json(R"({"error":"unsupported_grant_type"})", 400) << EntStatus::InvalidClient;
        QTest::newRow("509 quota") << Response::json(R"({"error":"quota_overflow"})", 509) << EntStatus::QuotaOverflow;
        QTest::newRow("200 garbage body") << Response::json("<html>not json") << EntStatus::MalformedReply;
        QTest::newRow("200 without token") << Response::json("{}") << EntStatus::MalformedReply;
        QTest::newRow("200 status ok only") << Response::json(R"({"status":"ok"})") << EntStatus::MalformedReply;
        QTest::newRow("401 empty body") << Response::json(QByteArray(), 401) << EntStatus::MalformedReply;
        QTest::newRow("500") << Response::json(QByteArray(), 500) << EntStatus::ServerError;
        QTest::newRow("302") << Response::redirect("/auth/login") << EntStatus::MalformedReply;
        QTest::newRow("not HTTP") << Response::garbage() << EntStatus::Unreachable;
    }

    void tokenLoginClassification()
    {
        QFETCH(Response, response);
        QFETCH(EntStatus, status);
        const LoginResult result = login("/auth/oauth2/token", response, true);
        QCOMPARE(result.status, status);
    }

    void userInfoClassification_data()
    {
        QTest::addColumn<Response>("response");
        QTest::addColumn<EntStatus>("status");
        QTest::newRow("200 cookie field set")
            << Response::json(R"({"userId":"u1","login":"jean.dupont","username":"DUPONT Jean",)"
                              R"("structureNames":["Lycée Jules Verne"],"classNames":["2nde 3"]})")
            << EntStatus::Ok;
        QTest::newRow("302 to the login page")
            << Response::redirect(
                   "http://127.0.0.1/auth/login?callback=http%3A%2F%2F127.0.0.1%2Fauth%2Foauth2%2Fuserinfo")
            << EntStatus::NotAuthenticated;
        // The session died before userinfo, the login page elsewhere (ENT protocol §17 item 1).
        QTest::newRow("302 elsewhere") << Response::redirect("/welcome") << EntStatus::NotAuthenticated;
        QTest::newRow("302 port-8009 rewrite")
            << Response::redirect("http:8009/auth/login?callback=http%3A%2F%2F127.0.0.1%2Fauth%2Foauth2%2Fuserinfo")
            << EntStatus::NotAuthenticated;
        QTest::newRow("401 empty") << Response::json(QByteArray(), 401) << EntStatus::NotAuthenticated;
        QTest::newRow("200 not JSON") << Response::html("<html></html>") << EntStatus::MalformedReply;
        QTest::newRow("200 empty object") << Response::json("{}") << EntStatus::MalformedReply;
        QTest::newRow("500") << Response::json(QByteArray(), 500) << EntStatus::ServerError;
    }

    void userInfoClassification()
    {
        QFETCH(Response, response);
        QFETCH(EntStatus, status);
        FakeHttpServer::Request request;
        const UserInfoResult result = exchange<UserInfoResult>(
            "GET", "/auth/oauth2/userinfo", response,
            [](EntClient& client, EntClient::Callback<UserInfoResult> done) { client.fetchUserInfo(std::move(done)); },
            false, &request);
        QCOMPARE(result.status, status);
        QCOMPARE(result.user.isValid(), status == EntStatus::Ok);
        QCOMPARE(request.header("accept"), QByteArray("application/json"));
    }

    void requirementsClassification_data()
    {
        QTest::addColumn<Response>("response");
        QTest::addColumn<EntStatus>("status");
        QTest::addColumn<bool>("forceChange");
        QTest::newRow("200") << Response::json(R"({"forceChangePassword":true,"needMfa":false})") << EntStatus::Ok
                             << true;
        QTest::newRow("302") << Response::redirect("/auth/login?callback=x") << EntStatus::NotAuthenticated << false;
        QTest::newRow("302 port-8009 rewrite")
            << Response::redirect("http:8009/cas/login?service=x") << EntStatus::NotAuthenticated << false;
        // ENT Core before 4.7 has no such route; a failed lookup answers 404 too: nothing required, as the mobile app.
        QTest::newRow("404 no route") << Response::json(QByteArray(), 404) << EntStatus::Ok << false;
        QTest::newRow("404 user.not.found") << Response::json(R"({"error":"user.not.found"})", 404) << EntStatus::Ok
                                            << false;
        QTest::newRow("200 garbage") << Response::json("nope") << EntStatus::MalformedReply << false;
        QTest::newRow("502") << Response::html(QByteArray(), 502) << EntStatus::ServerError << false;
    }

    void requirementsClassification()
    {
        QFETCH(Response, response);
        QFETCH(EntStatus, status);
        const RequirementsResult result =
            exchange<RequirementsResult>("GET", "/auth/user/requirements", response,
                                         [](EntClient& client, EntClient::Callback<RequirementsResult> done) {
                                             client.fetchRequirements(std::move(done));
                                         });
        QFETCH(bool, forceChange);
        QCOMPARE(result.status, status);
        QCOMPARE(result.requirements.forceChangePassword, forceChange);
    }

    void context()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", "/auth/context", Response::json(R"({"passwordRegex":".{8}.*","cgu":true,"mfaConfig":[]})"));
        EntClient client(settingsFor(server.url()));
        Capture<ContextResult> done;
        client.fetchContext(done.callback());
        QTRY_VERIFY(done.value.has_value());
        QCOMPARE(done.value->status, EntStatus::Ok);
        QCOMPARE(done.value->context.value(u"passwordRegex"_s).toString(), u".{8}.*"_s);

        server.on("GET", "/auth/context", Response::html("<html></html>"));
        Capture<ContextResult> html;
        client.fetchContext(html.callback());
        QTRY_VERIFY(html.value.has_value());
        QCOMPARE(html.value->status, EntStatus::MalformedReply);
    }

    void acceptLanguageFollowsTheLanguage()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", "/auth/context", Response::json("{}"));
        EntClient client(settingsFor(server.url()));
        QCOMPARE(client.language(), u"fr"_s);
        client.setLanguage(u"en"_s);
        Capture<ContextResult> done;
        client.fetchContext(done.callback());
        QTRY_VERIFY(done.value.has_value());
        const FakeHttpServer::Request request = server.lastRequest("/auth/context");
        QCOMPARE(request.header("accept-language"), QByteArray("en"));
        QCOMPARE(request.header("user-agent"), userAgent);
        QCOMPARE(request.header("accept"), QByteArray("application/json"));
    }

    void timeout()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("POST", "/auth/login", Response::hang());
        EntClient client(settingsFor(server.url(), 300));
        Capture<LoginResult> done;
        QElapsedTimer elapsed;
        elapsed.start();
        client.login(u"jean.dupont"_s, SecretBytes(u"secret"_s), done.callback());
        QTRY_VERIFY(done.value.has_value());
        QCOMPARE(done.value->status, EntStatus::Timeout);
        QVERIFY(elapsed.elapsed() >= 290);
        QCOMPARE(done.calls, 1);
        QCOMPARE(client.requestsInFlight(), 0);
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there any more
        EntClient client(settingsFor(QUrl(u"http://127.0.0.1:%1"_s.arg(port))));
        Capture<LoginResult> done;
        client.login(u"jean.dupont"_s, SecretBytes(u"secret"_s), done.callback());
        QTRY_VERIFY(done.value.has_value());
        QCOMPARE(done.value->status, EntStatus::Unreachable);
    }

    void tlsToAPlainPort()
    {
        QTcpServer plain; // answers plain HTTP to whatever arrives: not a TLS handshake
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        connect(&plain, &QTcpServer::newConnection, this, [&plain] {
            while (QTcpSocket* socket = plain.nextPendingConnection()) {
                socket->setParent(&plain);
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
        EntClient client(settingsFor(QUrl(u"https://127.0.0.1:%1"_s.arg(plain.serverPort()))));
        Capture<ContextResult> done;
        client.fetchContext(done.callback());
        QTRY_VERIFY(done.value.has_value());
        QCOMPARE(done.value->status, EntStatus::TlsError);
    }

    void selfSignedCertificate()
    {
        TlsServer server;
        QVERIFY(server.listen());

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"TLS errors with the ENT"_s));
        EntClient untrusting(settingsFor(server.url()));
        Capture<ContextResult> refused;
        untrusting.fetchContext(refused.callback());
        QTRY_VERIFY(refused.value.has_value());
        QCOMPARE(refused.value->status, EntStatus::TlsError);

        // the same certificate named in ca_bundle is trusted, on top of the system CAs
        EntClientSettings settings = settingsFor(server.url());
        settings.caBundle = dataPath("selfsigned.pem");
        EntClient trusting(settings);
        Capture<ContextResult> accepted;
        trusting.fetchContext(accepted.callback());
        QTRY_VERIFY(accepted.value.has_value());
        QCOMPARE(accepted.value->status, EntStatus::Ok);
    }

    void logout()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        EntClient client(settingsFor(server.url()));
        signIn(server, client);
        server.on("GET", "/auth/logout",
                  Response::redirect("http://127.0.0.1/")
                      .header("Set-Cookie", "oneSessionId=; Max-Age=0; Path=/")
                      .header("Set-Cookie", "authenticated=; Max-Age=0; Path=/"));
        Capture<EntResult> done;
        client.logout(done.callback());
        QTRY_VERIFY(done.value.has_value());
        QCOMPARE(done.value->status, EntStatus::Ok);
        QVERIFY(server.lastRequest("/auth/logout").header("cookie").contains("oneSessionId="));
        QVERIFY(!client.hasSession());

        server.on("GET", "/auth/logout", Response::html("<html></html>"));
        Capture<EntResult> odd;
        client.logout(odd.callback());
        QTRY_VERIFY(odd.value.has_value());
        QCOMPARE(odd.value->status, EntStatus::MalformedReply);
    }

    void xsrfHeaderIsCopiedFromTheCookie()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        EntClient client(settingsFor(server.url()));
        signIn(server, client);
        server.on("DELETE", "/auth/sessions", Response::json(QByteArray()));
        Capture<EntResult> done;
        client.endOtherSessions(done.callback());
        QTRY_VERIFY(done.value.has_value());
        QCOMPARE(done.value->status, EntStatus::Ok);
        const FakeHttpServer::Request request = server.lastRequest("/auth/sessions");
        QCOMPARE(request.method, QByteArray("DELETE"));
        QCOMPARE(request.header("x-xsrf-token"), QByteArray("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
        QVERIFY(request.header("cookie").contains("XSRF-TOKEN=7c9e6679-7425-40de-944b-e07fc1f90ae7"));

        // Refused: the token the ENT's own page would give is asked for (this ENT has no such page: 404), the write is
        // sent once more, and refused again it means the session cannot write: "not signed in".
        server.on("DELETE", "/auth/sessions", Response::json(R"({"error":"invalid.xsrf.token"})", 403));
        Capture<EntResult> refused;
        client.endOtherSessions(refused.callback());
        QTRY_VERIFY(refused.value.has_value());
        QCOMPARE(refused.value->status, EntStatus::NotAuthenticated);
        QCOMPARE(refused.calls, 1);
        QCOMPARE(server.count("/auth/sessions"), 3);
        QCOMPARE(server.count("/auth/revalidate-terms"), 1);
        QCOMPARE(server.count("/userbook/mon-compte"), 0); // the jar still holds a token: tried again with it
    }

    // xsrfOnAuth false (ENT protocol §17 item 3): no XSRF-TOKEN at sign-in; a secured HTML page gives one before the
    // first write. A session that has ended answers that page with its login redirect: "not signed in", the write not
    // sent.
    void xsrfTokenFromASecuredPage()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("POST", "/auth/login",
                  Response::redirect("http://127.0.0.1/")
                      .header("Set-Cookie", "oneSessionId=0f8fad5b:c2lnbmF0dXJl; Path=/; HttpOnly")
                      .header("Set-Cookie", "authenticated=true; Path=/"));
        server.on("GET", "/auth/revalidate-terms",
                  Response::html("<html><body>CGU</body></html>").header("Set-Cookie", "XSRF-TOKEN=from-the-page; Path=/"));
        server.on("PUT", "/auth/cgu/revalidate", Response::json(QByteArray(), 204));
        EntClient client(settingsFor(server.url()));
        Capture<LoginResult> login;
        client.login(u"jean.dupont"_s, SecretBytes(u"secret"_s), login.callback());
        QTRY_VERIFY(login.value.has_value());
        QVERIFY(client.xsrfToken().isEmpty());

        Capture<EntResult> accepted;
        client.acceptTerms(accepted.callback());
        QTRY_VERIFY(accepted.value.has_value());
        QCOMPARE(accepted.value->status, EntStatus::Ok);
        const FakeHttpServer::Request page = server.lastRequest("/auth/revalidate-terms");
        QCOMPARE(page.method, QByteArray("GET"));
        QVERIFY(page.header("accept").startsWith("text/html"));
        QVERIFY(!page.headers.contains("x-requested-with"));
        QCOMPARE(server.lastRequest("/auth/cgu/revalidate").header("x-xsrf-token"), QByteArray("from-the-page"));
        QCOMPARE(server.count("/auth/cgu/revalidate"), 1);

        EntClient ended(settingsFor(server.url()));
        Capture<LoginResult> again;
        ended.login(u"jean.dupont"_s, SecretBytes(u"secret"_s), again.callback());
        QTRY_VERIFY(again.value.has_value());
        server.on("GET", "/auth/revalidate-terms", Response::redirect("http:8009/auth/login?callback=x"));
        Capture<EntResult> lapsed;
        ended.acceptTerms(lapsed.callback());
        QTRY_VERIFY(lapsed.value.has_value());
        QCOMPARE(lapsed.value->status, EntStatus::NotAuthenticated);
        QCOMPARE(server.count("/auth/cgu/revalidate"), 1);
    }

    // The access token is refreshed (refresh_token grant, ENT protocol §3.4) before a call once most of expires_in has
    // passed; a refused refresh is "not signed in" and the call is not sent.
    void accessTokenIsRefreshedBeforeItExpires()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("POST", "/auth/oauth2/token",
                  Response::json(R"({"token_type":"Bearer","access_token":"first","refresh_token":"r1",)"
                                 R"("expires_in":1,"scope":"userinfo auth"})"));
        server.on("GET", "/auth/oauth2/userinfo",
                  Response::json(R"({"userId":"u1","login":"jean.dupont","firstName":"Jean","lastName":"Dupont"})"));
        EntClient client(oauthSettingsFor(server.url()));
        Capture<LoginResult> login;
        client.login(u"jean.dupont"_s, SecretBytes(u"abc+1234"_s), login.callback());
        QTRY_VERIFY(login.value.has_value());
        QCOMPARE(login.value->status, EntStatus::Ok);

        server.on("POST", "/auth/oauth2/token",
                  Response::json(R"({"token_type":"Bearer","access_token":"second","expires_in":3600})"));
        QElapsedTimer since;
        since.start();
        QTRY_VERIFY(since.elapsed() > 1100); // the token's lifetime, by the clock
        Capture<UserInfoResult> info;
        client.fetchUserInfo(info.callback());
        QTRY_VERIFY(info.value.has_value());
        QCOMPARE(info.value->status, EntStatus::Ok);
        const FakeHttpServer::Request refresh = server.lastRequest("/auth/oauth2/token");
        QCOMPARE(refresh.body, QByteArray("grant_type=refresh_token&refresh_token=r1"));
        QCOMPARE(refresh.header("authorization"), "Basic " + QByteArray("kiosk-cdi:s3cr\xc3\xa9t").toBase64());
        QCOMPARE(server.lastRequest("/auth/oauth2/userinfo").header("authorization"), QByteArray("Bearer second"));
        QCOMPARE(server.count("/auth/oauth2/token"), 2);
        // Within the new lifetime, no refresh.
        Capture<UserInfoResult> again;
        client.fetchUserInfo(again.callback());
        QTRY_VERIFY(again.value.has_value());
        QCOMPARE(server.count("/auth/oauth2/token"), 2);

        EntClient expired(oauthSettingsFor(server.url()));
        server.on("POST", "/auth/oauth2/token",
                  Response::json(R"({"token_type":"Bearer","access_token":"a","refresh_token":"r2","expires_in":1})"));
        Capture<LoginResult> second;
        expired.login(u"jean.dupont"_s, SecretBytes(u"abc+1234"_s), second.callback());
        QTRY_VERIFY(second.value.has_value());
        server.on("POST", "/auth/oauth2/token",
                  Response::json(R"({"error":"invalid_grant","error_description":"Refresh token is invalid."})", 401));
        since.restart();
        QTRY_VERIFY(since.elapsed() > 1100);
        const int userInfos = server.count("/auth/oauth2/userinfo");
        Capture<UserInfoResult> refused;
        expired.fetchUserInfo(refused.callback());
        QTRY_VERIFY(refused.value.has_value());
        QCOMPARE(refused.value->status, EntStatus::NotAuthenticated);
        QCOMPARE(server.count("/auth/oauth2/userinfo"), userInfos);
        QVERIFY(!expired.hasSession());
    }

    void noXsrfHeaderWithoutTheCookie()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("DELETE", "/auth/sessions", Response::redirect("/auth/login?callback=x"));
        EntClient client(settingsFor(server.url()));
        QVERIFY(client.xsrfToken().isEmpty());
        Capture<EntResult> done;
        client.endOtherSessions(done.callback());
        QTRY_VERIFY(done.value.has_value());
        QCOMPARE(done.value->status, EntStatus::NotAuthenticated);
        QVERIFY(!server.lastRequest("/auth/sessions").headers.contains("x-xsrf-token"));
    }

    void resetEmptiesTheJarAndDropsCallbacks()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        EntClient client(settingsFor(server.url()));
        signIn(server, client);
        QVERIFY(!client.cookieJar()->cookiesForUrl(server.url()).isEmpty());

        server.on("GET", "/auth/oauth2/userinfo", Response::hang());
        Capture<UserInfoResult> dropped;
        client.fetchUserInfo(dropped.callback());
        QTRY_COMPARE(server.count("/auth/oauth2/userinfo"), 1);
        QCOMPARE(client.requestsInFlight(), 1);

        client.reset();
        QCOMPARE(client.requestsInFlight(), 0);
        QVERIFY(client.cookieJar()->cookiesForUrl(server.url()).isEmpty());
        QVERIFY(!client.hasSession());
        QVERIFY(client.xsrfToken().isEmpty());

        // a later call works on the fresh state, sends no old cookie, and the dropped callback stays silent
        server.on("GET", "/auth/context", Response::json("{}"));
        Capture<ContextResult> after;
        client.fetchContext(after.callback());
        QTRY_VERIFY(after.value.has_value());
        QCOMPARE(after.value->status, EntStatus::Ok);
        QVERIFY(server.lastRequest("/auth/context").header("cookie").isEmpty());
        QCOMPARE(dropped.calls, 0);
    }

    void logoutAndResetWipesAtOnce()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        EntClient client(settingsFor(server.url()));
        signIn(server, client);
        server.on("GET", "/auth/logout", Response::redirect("http://127.0.0.1/"));
        server.on("GET", "/auth/oauth2/userinfo", Response::hang());
        Capture<UserInfoResult> dropped;
        client.fetchUserInfo(dropped.callback());
        QTRY_COMPARE(server.count("/auth/oauth2/userinfo"), 1);

        Capture<EntResult> loggedOut;
        client.logoutAndReset(loggedOut.callback());
        // wiped before any answer: empty jar, nothing in flight, no session
        QVERIFY(client.cookieJar()->cookiesForUrl(server.url()).isEmpty());
        QCOMPARE(client.requestsInFlight(), 0);
        QVERIFY(!client.hasSession());
        QVERIFY(!loggedOut.value.has_value());

        client.reset(); // does not drop the logout already sent
        QTRY_VERIFY(loggedOut.value.has_value());
        QCOMPARE(loggedOut.value->status, EntStatus::Ok);
        QCOMPARE(loggedOut.calls, 1);
        const FakeHttpServer::Request request = server.lastRequest("/auth/logout");
        QVERIFY(request.header("cookie").contains("oneSessionId=0f8fad5b-d9cb-469f-a165-70867728950e:c2lnbmF0dXJl"));
        QCOMPARE(request.header("user-agent"), userAgent);
        QCOMPARE(dropped.calls, 0);
    }

    void logoutAndResetWhenTheServerIsGone()
    {
        auto server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->listen());
        EntClient client(settingsFor(server->url()));
        signIn(*server, client);
        const QUrl url = server->url();
        server.reset(); // the ENT goes away

        Capture<EntResult> loggedOut;
        client.logoutAndReset(loggedOut.callback());
        QVERIFY(client.cookieJar()->cookiesForUrl(url).isEmpty());
        QVERIFY(!client.hasSession());
        QTRY_VERIFY(loggedOut.value.has_value());
        QCOMPARE(loggedOut.value->status, EntStatus::Unreachable);
    }

    void logoutAndResetTimesOut()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        EntClient client(settingsFor(server.url(), 300));
        signIn(server, client);
        server.on("GET", "/auth/logout", Response::hang());
        Capture<EntResult> loggedOut;
        client.logoutAndReset(loggedOut.callback());
        QVERIFY(!client.hasSession());
        QTRY_VERIFY(loggedOut.value.has_value());
        QCOMPARE(loggedOut.value->status, EntStatus::Timeout);
    }

    void settingsFromConfig()
    {
        KioskConfig config;
        config.entUrl = QUrl(u"https://ent.example.fr"_s);
        config.requestTimeoutMs = 4000;
        config.siteName = u"Lycée de test"_s;
        config.oauthClientId = u"id"_s;
        config.oauthClientSecret = u"secret"_s;
        config.caBundle = u"/etc/ssl/extra.pem"_s;
        const EntClientSettings settings = EntClientSettings::fromConfig(config);
        QCOMPARE(settings.baseUrl, config.entUrl);
        QCOMPARE(settings.timeoutMs, 4000);
        QCOMPARE(settings.userAgent, userAgent);
        QCOMPARE(settings.oauthClientId, u"id"_s);
        QCOMPARE(settings.oauthClientSecret, u"secret"_s);
        QCOMPARE(settings.oauthScope, u"userinfo auth directory"_s);
        QCOMPARE(settings.caBundle, config.caBundle);
    }
};

QTEST_GUILESS_MAIN(TestEntClient)
#include "tst_entclient.moc"
