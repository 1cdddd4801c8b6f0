#include "support/EntClientHarness.h"

#include <QJsonDocument>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

using State = MailValidation::State;
Q_DECLARE_METATYPE(MailValidation::State)

namespace {

using namespace EntTest;

const QByteArray jsonContentType = "application/json; charset=utf-8";

// A 200 with an empty body and no Content-Type, as PUT /directory/user/mailstate answers (ENT protocol §16.4).
Response emptyOk()
{
    return Response();
}

template <typename R>
R signedInExchange(const QByteArray& method,
                   const QByteArray& path,
                   const Response& response,
                   const std::function<void(EntClient&, EntClient::Callback<R>)>& call,
                   FakeHttpServer::Request* seen = nullptr)
{
    return exchange<R>(method, path, response, call, false, seen,
                       [](FakeHttpServer& server, EntClient& client) { signIn(server, client); });
}

EntResult changePassword(const Response& response, FakeHttpServer::Request* seen = nullptr)
{
    return signedInExchange<EntResult>(
        "POST", "/auth/changePassword", response,
        [](EntClient& client, EntClient::Callback<EntResult> done) {
            client.changePassword(u"jean.dupont"_s, SecretBytes(u"old+pass1"_s), SecretBytes(u"new+pass2"_s),
                                  SecretBytes(u"new+pass2"_s), std::move(done));
        },
        seen);
}

MailStateResult mailState(const Response& response)
{
    return signedInExchange<MailStateResult>(
        "GET", "/directory/user/mailstate", response,
        [](EntClient& client, EntClient::Callback<MailStateResult> done) { client.mailState(std::move(done)); });
}

EntResult requestMailChange(const Response& response, FakeHttpServer::Request* seen = nullptr)
{
    return signedInExchange<EntResult>(
        "PUT", "/directory/user/mailstate", response,
        [](EntClient& client, EntClient::Callback<EntResult> done) {
            client.requestMailChange(u"jean+ent@example.fr"_s, std::move(done));
        },
        seen);
}

MailCodeResult submitMailCode(const Response& response, FakeHttpServer::Request* seen = nullptr)
{
    return signedInExchange<MailCodeResult>(
        "POST", "/directory/user/mailstate", response,
        [](EntClient& client, EntClient::Callback<MailCodeResult> done) {
            client.submitMailCode(u" 012 345 "_s, std::move(done));
        },
        seen);
}

} // namespace

class TestEntAccount final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changePasswordClassification_data()
    {
        QTest::addColumn<Response>("response");
        QTest::addColumn<EntStatus>("status");
        QTest::addColumn<QString>("serverMessage");
        QTest::newRow("302 to the callback")
            << Response::redirect("http://127.0.0.1/userbook/mon-compte") << EntStatus::Ok << QString();
        QTest::newRow("200 final HTML page")
            << Response::html("<html><body>Mon compte</body></html>") << EntStatus::Ok << QString();
        // reset.error: a wrong current password and a banned login alike (ENT protocol §17 item 12), in English, in
        // ENT Core's French (with its curly apostrophe) and as the raw key.
        QTest::newRow("200 JSON reset.error, en")
            << Response::json(R"({"error":{"message":"Reset error"}})") << EntStatus::CurrentPasswordRefused
            << QString();
        QTest::newRow("200 JSON reset.error, fr")
            << Response::json("{\"error\":{\"message\":\"Le formulaire contient des erreurs. Veuillez v\\u00e9rifier que "
                              "le nouveau mot de passe n\\u2019a pas d\\u00e9j\\u00e0 \\u00e9t\\u00e9 utilis\\u00e9 et que "
                              "les deux saisies sont identiques.\"}}")
            << EntStatus::CurrentPasswordRefused << QString();
        QTest::newRow("200 JSON reset.error, key")
            << Response::json(R"({"error":{"message":"reset.error"}})") << EntStatus::CurrentPasswordRefused << QString();
        QTest::newRow("200 JSON other refusal")
            << Response::json(R"({"error":{"message":"Mot de passe trop proche du précédent."}})")
            << EntStatus::ServerMessage << u"Mot de passe trop proche du précédent."_s;
        QTest::newRow("200 JSON ban") << Response::json(R"({"error":{"message":"auth.error.ban"}})")
                                      << EntStatus::Banned << u"auth.error.ban"_s;
        QTest::newRow("302 to the login page")
            << Response::redirect("http://127.0.0.1/auth/login?callback=http%3A%2F%2F127.0.0.1%2Fauth%2FchangePassword")
            << EntStatus::NotAuthenticated << QString();
        // "Not signed in" wherever the region's login page is (ENT protocol §17 item 1): never a success.
        QTest::newRow("302 to a login page elsewhere, port-8009 rewrite")
            << Response::redirect("http:8009/cas/login?service=http%3A%2F%2F127.0.0.1%2Fauth%2FchangePassword")
            << EntStatus::NotAuthenticated << QString();
        QTest::newRow("302 to a portal on another host")
            << Response::redirect("https://portail.example.org/connexion") << EntStatus::NotAuthenticated << QString();
        QTest::newRow("302 to the root") << Response::redirect("/") << EntStatus::NotAuthenticated << QString();
        QTest::newRow("302 to MFA") << Response::redirect("/auth/validate-mfa?force=true")
                                    << EntStatus::MfaRequired << QString();
        QTest::newRow("401") << Response::html(QByteArray(), 401) << EntStatus::NotAuthenticated << QString();
        // Refused again after the token of the ENT's own page (none here: 404): the session cannot write.
        QTest::newRow("403 XSRF") << Response::json(R"({"error":"invalid.xsrf.token"})", 403)
                                  << EntStatus::NotAuthenticated << QString();
        QTest::newRow("302 to the forced change")
            << Response::redirect("/auth/reset/forceChangePassword?callback=%2Fauth%2FchangePassword")
            << EntStatus::MalformedReply << QString();
        QTest::newRow("500") << Response::json(QByteArray(), 500) << EntStatus::ServerError << QString();
        QTest::newRow("closed") << Response::close() << EntStatus::Unreachable << QString();
    }

    void changePasswordClassification()
    {
        QFETCH(Response, response);
        QFETCH(EntStatus, status);
        QFETCH(QString, serverMessage);
        const EntResult result = changePassword(response);
        QVERIFY2(result.status == status, qPrintable(result.detail));
        QCOMPARE(result.serverMessage, serverMessage);
        QVERIFY(!result.detail.contains(u"pass"_s));
    }

    void changePasswordRequest()
    {
        FakeHttpServer::Request request;
        changePassword(Response::redirect("/userbook/mon-compte"), &request);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.body, QByteArray("login=jean.dupont&oldPassword=old%2Bpass1&password=new%2Bpass2&"
                                          "confirmPassword=new%2Bpass2&callback=%2Fuserbook%2Fmon-compte"));
        QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded; charset=UTF-8"));
        QCOMPARE(request.header("x-xsrf-token"), xsrfToken);
        QVERIFY(request.header("cookie").contains("oneSessionId="));
    }

    void changePasswordWithABearerToken()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("POST", "/auth/oauth2/token",
                  Response::json(R"({"token_type":"Bearer","access_token":"a1b2c3","refresh_token":"r9"})"));
        server.on("POST", "/auth/changePassword", Response::redirect("/userbook/mon-compte"));
        EntClient client(oauthSettingsFor(server.url()));
        Capture<LoginResult> login;
        client.login(u"jean.dupont"_s, SecretBytes(u"old12345"_s), login.callback());
        QTRY_VERIFY(login.value.has_value());
        Capture<EntResult> done;
        client.changePassword(u"jean.dupont"_s, SecretBytes(u"old12345"_s), SecretBytes(u"new12345"_s),
                              SecretBytes(u"new12345"_s), done.callback());
        QTRY_VERIFY(done.value.has_value());
        QCOMPARE(done.value->status, EntStatus::Ok);
        const FakeHttpServer::Request request = server.lastRequest("/auth/changePassword");
        QCOMPARE(request.header("authorization"), QByteArray("Bearer a1b2c3"));
        QVERIFY(!request.headers.contains("x-xsrf-token"));
    }

    void mailStateClassification_data()
    {
        QTest::addColumn<Response>("response");
        QTest::addColumn<EntStatus>("status");
        QTest::addColumn<State>("state");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("valid");
        QTest::addColumn<QString>("pending");
        QTest::addColumn<int>("ttl");   // -1: absent
        QTest::addColumn<int>("tries"); // -1: absent
        QTest::addColumn<int>("wait");
        QTest::addColumn<bool>("verified");

        QTest::newRow("never started")
            << Response::json(R"({"email":"jean@example.fr","emailState":null,"firstName":"Jean","lastName":"Dupont",)"
                              R"("displayName":"Jean Dupont","waitInSeconds":10})")
            << EntStatus::Ok << State::Unchecked << u"jean@example.fr"_s << QString() << QString() << -1 << -1 << 10
            << false;
        QTest::newRow("no address at all")
            << Response::json(R"({"email":null,"emailState":null,"waitInSeconds":5})") << EntStatus::Ok
            << State::Unchecked << QString() << QString() << QString() << -1 << -1 << 5 << false;
        QTest::newRow("first change pending, valid missing")
            << Response::json(R"({"email":"old@example.fr","emailState":{"state":"pending",)"
                              R"("pending":"new@example.fr","ttl":587,"tries":5},"waitInSeconds":10})")
            << EntStatus::Ok << State::Pending << u"old@example.fr"_s << QString() << u"new@example.fr"_s << 587 << 5
            << 10 << false;
        QTest::newRow("verified, other case")
            << Response::json(R"({"email":"Jean@Example.fr","emailState":{"state":"valid",)"
                              R"("valid":"jean@example.fr"},"waitInSeconds":10})")
            << EntStatus::Ok << State::Valid << u"Jean@Example.fr"_s << u"jean@example.fr"_s << QString() << -1 << -1
            << 10 << true;
        QTest::newRow("outdated after success, still verified")
            << Response::json(R"({"email":"jean@example.fr","emailState":{"state":"outdated",)"
                              R"("valid":"jean@example.fr","tries":0,"ttl":0}})")
            << EntStatus::Ok << State::Outdated << u"jean@example.fr"_s << u"jean@example.fr"_s << QString() << 0 << 0
            << 10 << true;
        QTest::newRow("unchecked") << Response::json(R"({"email":"a@b.fr","emailState":{"state":"unchecked"}})")
                                   << EntStatus::Ok << State::Unchecked << u"a@b.fr"_s << QString() << QString() << -1
                                   << -1 << 10 << false;
        QTest::newRow("unknown state") << Response::json(R"({"email":"a@b.fr","emailState":{"state":"weird"}})")
                                       << EntStatus::MalformedReply << State::Unchecked << QString() << QString()
                                       << QString() << -1 << -1 << 10 << false;
        QTest::newRow("emailState not an object")
            << Response::json(R"({"email":"a@b.fr","emailState":"valid"})") << EntStatus::MalformedReply
            << State::Unchecked << QString() << QString() << QString() << -1 << -1 << 10 << false;
        QTest::newRow("302 to the login page")
            << Response::redirect("/auth/login?callback=x") << EntStatus::NotAuthenticated << State::Unchecked
            << QString() << QString() << QString() << -1 << -1 << 10 << false;
        QTest::newRow("302 to MFA")
            << Response::redirect("http://127.0.0.1/auth/validate-mfa?force=true&redirect=x") << EntStatus::MfaRequired
            << State::Unchecked << QString() << QString() << QString() << -1 << -1 << 10 << false;
        QTest::newRow("404 user.not.found")
            << Response::json(R"({"error":"user.not.found"})", 404) << EntStatus::NotAuthenticated << State::Unchecked
            << QString() << QString() << QString() << -1 << -1 << 10 << false;
        QTest::newRow("400 database") << Response::json(R"({"error":"neo4j"})", 400) << EntStatus::MalformedReply
                                      << State::Unchecked << QString() << QString() << QString() << -1 << -1 << 10
                                      << false;
        QTest::newRow("500") << Response::json(QByteArray(), 500) << EntStatus::ServerError << State::Unchecked
                             << QString() << QString() << QString() << -1 << -1 << 10 << false;
    }

    void mailStateClassification()
    {
        QFETCH(Response, response);
        QFETCH(EntStatus, status);
        QFETCH(State, state);
        QFETCH(QString, email);
        QFETCH(QString, valid);
        QFETCH(QString, pending);
        QFETCH(int, ttl);
        QFETCH(int, tries);
        QFETCH(int, wait);
        QFETCH(bool, verified);
        const MailStateResult result = mailState(response);
        QVERIFY2(result.status == status, qPrintable(result.detail));
        const MailState& s = result.mailState;
        QCOMPARE(s.validation.state, state);
        QCOMPARE(s.email, email);
        QCOMPARE(s.validation.valid, valid);
        QVERIFY(!s.validation.valid.isNull() || valid.isEmpty()); // a missing valid reads as ""
        QCOMPARE(s.validation.pending, pending);
        QCOMPARE(s.validation.ttlSeconds.value_or(-1), ttl);
        QCOMPARE(s.validation.tries.value_or(-1), tries);
        QCOMPARE(s.waitInSeconds, wait);
        QCOMPARE(s.isVerified(), verified);
        QVERIFY(!result.detail.contains(u"@"_s));
    }

    void requestMailChangeClassification_data()
    {
        QTest::addColumn<Response>("response");
        QTest::addColumn<EntStatus>("status");
        QTest::addColumn<QString>("serverMessage");
        QTest::newRow("200 empty, no Content-Type") << emptyOk() << EntStatus::Ok << QString();
        QTest::newRow("200 with a body") << Response::json("{}") << EntStatus::Ok << QString();
        QTest::newRow("400 schema key") << Response::json(R"({"error":"invalid.email"})", 400)
                                        << EntStatus::ServerMessage << QString();
        QTest::newRow("400 sentence") << Response::json(
                                             R"({"error":"Trop de demandes, r\u00e9essayez dans une minute."})", 400)
                                      << EntStatus::ServerMessage << u"Trop de demandes, réessayez dans une minute."_s;
        QTest::newRow("500 mail transport")
            << Response::json(R"({"error":"Invalid email address."})", 500) << EntStatus::ServerError << QString();
        QTest::newRow("403 XSRF") << Response::json(R"({"error":"invalid.xsrf.token"})", 403)
                                  << EntStatus::NotAuthenticated << QString();
        QTest::newRow("302 to the login page")
            << Response::redirect("/auth/login?callback=x") << EntStatus::NotAuthenticated << QString();
        QTest::newRow("302 to a login page elsewhere") << Response::redirect("http:8009/auth/login?callback=x")
                                                       << EntStatus::NotAuthenticated << QString();
        QTest::newRow("401 empty") << Response::json(QByteArray(), 401) << EntStatus::NotAuthenticated << QString();
        QTest::newRow("302 to MFA") << Response::redirect("/auth/validate-mfa?force=true") << EntStatus::MfaRequired
                                    << QString();
        QTest::newRow("closed") << Response::close() << EntStatus::Unreachable << QString();
    }

    void requestMailChangeClassification()
    {
        QFETCH(Response, response);
        QFETCH(EntStatus, status);
        QFETCH(QString, serverMessage);
        const EntResult result = requestMailChange(response);
        QVERIFY2(result.status == status, qPrintable(result.detail));
        QCOMPARE(result.serverMessage, serverMessage);
        QVERIFY(!result.detail.contains(u"@"_s));
        QVERIFY(!result.detail.contains(u"Invalid email"_s));
    }

    void requestMailChangeRequest()
    {
        FakeHttpServer::Request request;
        requestMailChange(emptyOk(), &request);
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.body, QByteArray(R"({"email":"jean+ent@example.fr"})"));
        QCOMPARE(request.header("content-type"), jsonContentType);
        QCOMPARE(request.header("x-xsrf-token"), xsrfToken);
        QCOMPARE(request.header("accept-language"), QByteArray("fr"));
    }

    void submitMailCodeClassification_data()
    {
        QTest::addColumn<Response>("response");
        QTest::addColumn<EntStatus>("status");
        QTest::addColumn<State>("state");
        QTest::addColumn<QString>("valid");
        QTest::addColumn<int>("tries");
        QTest::addColumn<bool>("triesExhausted");
        QTest::addColumn<bool>("expired");
        QTest::newRow("right code") << Response::json(R"({"state":"valid","valid":"jean+ent@example.fr"})")
                                    << EntStatus::Ok << State::Valid << u"jean+ent@example.fr"_s << -1 << false
                                    << false;
        QTest::newRow("wrong code: still 200")
            << Response::json(R"({"state":"pending","valid":"","tries":4,"ttl":512})") << EntStatus::Ok
            << State::Pending << QString() << 4 << false << false;
        QTest::newRow("too many tries") << Response::json(R"({"state":"outdated","valid":"","tries":0,"ttl":300})")
                                        << EntStatus::Ok << State::Outdated << QString() << 0 << true << false;
        QTest::newRow("expired") << Response::json(R"({"state":"outdated","valid":"","tries":3,"ttl":0})")
                                 << EntStatus::Ok << State::Outdated << QString() << 3 << false << true;
        QTest::newRow("never started") << Response::json(R"({"state":"outdated","valid":""})") << EntStatus::Ok
                                       << State::Outdated << QString() << -1 << false << false;
        QTest::newRow("unknown state") << Response::json(R"({"state":"maybe"})") << EntStatus::MalformedReply
                                       << State::Unchecked << QString() << -1 << false << false;
        QTest::newRow("200 empty") << emptyOk() << EntStatus::MalformedReply << State::Unchecked << QString() << -1
                                   << false << false;
        QTest::newRow("400 schema") << Response::json(R"({"error":"key: length"})", 400) << EntStatus::ServerMessage
                                    << State::Unchecked << QString() << -1 << false << false;
        QTest::newRow("500") << Response::json(R"({"error":"db"})", 500) << EntStatus::ServerError << State::Unchecked
                             << QString() << -1 << false << false;
        QTest::newRow("302 to the login page")
            << Response::redirect("/auth/login?callback=x") << EntStatus::NotAuthenticated << State::Unchecked
            << QString() << -1 << false << false;
    }

    void submitMailCodeClassification()
    {
        QFETCH(Response, response);
        QFETCH(EntStatus, status);
        QFETCH(State, state);
        QFETCH(QString, valid);
        QFETCH(int, tries);
        QFETCH(bool, triesExhausted);
        QFETCH(bool, expired);
        FakeHttpServer::Request request;
        const MailCodeResult result = submitMailCode(response, &request);
        QVERIFY2(result.status == status, qPrintable(result.detail));
        QCOMPARE(result.validation.state, state);
        QCOMPARE(result.validation.valid, valid);
        QCOMPARE(result.validation.tries.value_or(-1), tries);
        QCOMPARE(result.validation.triesExhausted(), triesExhausted);
        QCOMPARE(result.validation.expired(), expired);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.body, QByteArray(R"({"key":"012345"})"));
        QCOMPARE(request.header("content-type"), jsonContentType);
        QCOMPARE(request.header("x-xsrf-token"), xsrfToken);
        QVERIFY(!result.detail.contains(u"012345"_s));
    }

    void submitMailCodeTakesTheNewSessionCookie()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        EntClient client(settingsFor(server.url()));
        signIn(server, client);
        server.on("POST", "/directory/user/mailstate",
                  Response::json(R"({"state":"pending","valid":"","tries":4,"ttl":500})")
                      .header("Set-Cookie", "oneSessionId=new-session:c2lnbmF0dXJlMg; Path=/; HttpOnly"));
        Capture<MailCodeResult> done;
        client.submitMailCode(u"999999"_s, done.callback());
        QTRY_VERIFY(done.value.has_value());
        QCOMPARE(done.value->status, EntStatus::Ok);
        QVERIFY(server.lastRequest("/directory/user/mailstate").header("cookie").contains("oneSessionId=0f8fad5b"));

        server.on("GET", "/directory/user/mailstate", Response::json(R"({"email":"a@b.fr","emailState":null})"));
        Capture<MailStateResult> state;
        client.mailState(state.callback());
        QTRY_VERIFY(state.value.has_value());
        QCOMPARE(state.value->status, EntStatus::Ok);
        const QByteArray cookie = server.lastRequest("/directory/user/mailstate").header("cookie");
        QVERIFY(cookie.contains("oneSessionId=new-session:c2lnbmF0dXJlMg"));
        QVERIFY(!cookie.contains("0f8fad5b"));
        QVERIFY(cookie.contains(QByteArray("XSRF-TOKEN=" + xsrfToken))); // the token stays (ENT protocol §16.5)
        QVERIFY(client.hasSession());
    }

    void securedCallsTimeOut_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("changePassword") << QByteArray("POST") << QByteArray("/auth/changePassword");
        QTest::newRow("mailState") << QByteArray("GET") << QByteArray("/directory/user/mailstate");
        QTest::newRow("requestMailChange") << QByteArray("PUT") << QByteArray("/directory/user/mailstate");
        QTest::newRow("submitMailCode") << QByteArray("POST") << QByteArray("/directory/user/mailstate");
    }

    void securedCallsTimeOut()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on(method, path, Response::hang());
        EntClient client(settingsFor(server.url(), 300));
        Capture<EntResult> done;
        const auto common = [&done](const EntResult& r) { done.callback()(r); };
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        if (row == u"changePassword"_s)
            client.changePassword(u"jean.dupont"_s, SecretBytes(u"a"_s), SecretBytes(u"b"_s), SecretBytes(u"b"_s),
                                  common);
        else if (row == u"mailState"_s)
            client.mailState(common);
        else if (row == u"requestMailChange"_s)
            client.requestMailChange(u"jean@example.fr"_s, common);
        else
            client.submitMailCode(u"123456"_s, common);
        QTRY_VERIFY(done.value.has_value());
        QCOMPARE(done.value->status, EntStatus::Timeout);
        QCOMPARE(done.calls, 1);
        QCOMPARE(client.requestsInFlight(), 0);
    }

    void mailValidationFromJson()
    {
        const auto parse = [](const QByteArray& text) {
            return MailValidation::fromJson(QJsonDocument::fromJson(text).object());
        };
        QVERIFY(!parse("{}").has_value());
        QVERIFY(!parse(R"({"state":"VALID"})").has_value()); // the four strings, as sent
        const std::optional<MailValidation> negative = parse(R"({"state":"pending","ttl":-5,"tries":"3"})");
        QVERIFY(negative.has_value());
        QCOMPARE(negative->ttlSeconds, std::optional<int>(0));
        QVERIFY(!negative->tries.has_value());
    }

    void mailAddressMasking_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("shown");
        QTest::newRow("usual") << u"adele.martin@exemple.fr"_s << u"a…n@exemple.fr"_s;
        QTest::newRow("three") << u"abs@exemple.fr"_s << u"a…s@exemple.fr"_s;
        QTest::newRow("two: never whole") << u"ab@exemple.fr"_s << u"a…@exemple.fr"_s;
        QTest::newRow("one") << u"a@exemple.fr"_s << u"a…@exemple.fr"_s;
        QTest::newRow("accents and case kept") << u"Élodie.Noël@École.fr"_s << u"É…l@École.fr"_s;
        QTest::newRow("outside the BMP") << u"\U0001F600bc\U0001F601@x.fr"_s << u"\U0001F600…\U0001F601@x.fr"_s;
        QTest::newRow("quoted local part: the last @") << u"\"a@b\"@exemple.fr"_s << u"\"…\"@exemple.fr"_s;
        QTest::newRow("plus tag hidden") << u"jean+ent@example.fr"_s << u"j…t@example.fr"_s;
        QTest::newRow("no @: all masked") << u"adele.martin"_s << u"a…n"_s;
        QTest::newRow("no local part") << u"@exemple.fr"_s << u"@exemple.fr"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void mailAddressMasking()
    {
        QFETCH(QString, address);
        QFETCH(QString, shown);
        QCOMPARE(maskedMailAddress(address), shown);
    }
};

QTEST_GUILESS_MAIN(TestEntAccount)
#include "tst_entaccount.moc"
