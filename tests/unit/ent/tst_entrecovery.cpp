#include "support/EntClientHarness.h"

#include <QNetworkCookieJar>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

using namespace EntTest;

const QByteArray formContentType = "application/x-www-form-urlencoded; charset=UTF-8";
const QByteArray jsonContentType = "application/json; charset=utf-8";
// (moc's lexer takes a ' in a raw string for a character literal: plain strings here)
const QByteArray resetRefused =
    "{\"error\":{\"message\":\"Le formulaire contient des erreurs. Veuillez v\u00e9rifier que le nouveau mot de "
    "passe n'a pas d\u00e9j\u00e0 \u00e9t\u00e9 utilis\u00e9 et que les deux saisies sont identiques.\"},"
    "\"resetCode\":\"3zrf6jkz\"}";
const QString resetRefusedText = u"Le formulaire contient des erreurs. Veuillez vérifier que le nouveau mot de passe "
                                 u"n'a pas déjà été utilisé et que les deux saisies sont identiques."_s;

// A call of any kind, its answer reduced to the common part: for the tables that every call must pass.
using AnyCall = std::function<void(EntClient&, std::function<void(const EntResult&)>)>;

template <typename R> auto common(std::function<void(const EntResult&)> done)
{
    return [done = std::move(done)](const R& r) { done(r); };
}

struct NamedCall
{
    const char* name;
    QByteArray method;
    QByteArray path;
    AnyCall call;
};

QList<NamedCall> publicCalls()
{
    return {
        {"passwordChannels", "GET", "/auth/password-channels",
         [](EntClient& c, auto done) { c.passwordChannels(common<PasswordChannelsResult>(done)); }},
        {"forgotPassword", "POST", "/auth/forgot-password",
         [](EntClient& c, auto done) { c.forgotPassword(u"jean.dupont"_s, RecoveryService::Mail, done); }},
        {"matchResetCode", "POST", "/auth/reset/match",
         [](EntClient& c, auto done) {
             c.matchResetCode(u"jean.dupont"_s, u"3zrf6jkz"_s, common<CodeMatchResult>(done));
         }},
        {"resetPassword", "POST", "/auth/reset",
         [](EntClient& c, auto done) {
             c.resetPassword(u"jean.dupont"_s, u"3zrf6jkz"_s, SecretBytes(u"abc+1234"_s), SecretBytes(u"abc+1234"_s),
                             done);
         }},
        {"changePasswordWithoutSession", "POST", "/auth/reset",
         [](EntClient& c, auto done) {
             c.changePasswordWithoutSession(u"jean.dupont"_s, SecretBytes(u"old-pass1"_s), SecretBytes(u"abc+1234"_s),
                                            SecretBytes(u"abc+1234"_s), EntClient::PasswordChange::Voluntary, done);
         }},
        {"forgotId", "POST", "/auth/forgot-id",
         [](EntClient& c, auto done) {
             c.forgotId(u"jean@example.fr"_s, RecoveryService::Mail, QString(), QString(),
                        common<ForgotIdResult>(done));
         }},
        {"matchActivationCode", "POST", "/auth/activation/match",
         [](EntClient& c, auto done) {
             c.matchActivationCode(u"jean.dupont"_s, u"3zrf6jkz"_s, common<CodeMatchResult>(done));
         }},
        {"activate", "POST", "/auth/activation",
         [](EntClient& c, auto done) {
             c.activate(u"jean.dupont"_s, u"3zrf6jkz"_s, SecretBytes(u"abc+1234"_s), SecretBytes(u"abc+1234"_s), true,
                        QString(), QString(), common<ActivationResult>(done));
         }},
    };
}

EntResult callOnce(const NamedCall& call,
                   const Response& response,
                   FakeHttpServer::Request* seen = nullptr,
                   const std::function<void(FakeHttpServer&, EntClient&)>& prepare = {})
{
    return exchange<EntResult>(
        call.method, call.path, response,
        [&call](EntClient& client, EntClient::Callback<EntResult> done) { call.call(client, std::move(done)); }, false,
        seen, prepare);
}

EntResult forgotPassword(const Response& response, FakeHttpServer::Request* seen = nullptr)
{
    return exchange<EntResult>(
        "POST", "/auth/forgot-password", response,
        [](EntClient& client, EntClient::Callback<EntResult> done) {
            client.forgotPassword(u"élève.test"_s, RecoveryService::Mail, std::move(done));
        },
        false, seen);
}

EntResult resetPassword(const Response& response, FakeHttpServer::Request* seen = nullptr)
{
    return exchange<EntResult>(
        "POST", "/auth/reset", response,
        [](EntClient& client, EntClient::Callback<EntResult> done) {
            client.resetPassword(u"jean.dupont"_s, u"3zrf6jkz"_s, SecretBytes(u"abc+1234 é"_s),
                                 SecretBytes(u"abc+1234 é"_s), std::move(done));
        },
        false, seen);
}

} // namespace

class TestEntRecovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordChannels_data()
    {
        QTest::addColumn<Response>("response");
        QTest::addColumn<EntStatus>("status");
        QTest::addColumn<bool>("mobile");
        QTest::newRow("SMS available") << Response::json(R"({"mobile":true})") << EntStatus::Ok << true;
        QTest::newRow("no SMS") << Response::json(R"({"mobile":false})") << EntStatus::Ok << false;
        QTest::newRow("pre-4.12.16 masked contacts")
            << Response::json(R"({"mail":"j\u2026n@example.fr","mobile":"\u2026\u20261234"})") << EntStatus::Ok
            << false;
        QTest::newRow("pre-4.12.16 no.match")
            << Response::json(R"({"error":"no.match"})", 400) << EntStatus::Ok << false;
        QTest::newRow("mobile as a string") << Response::json(R"({"mobile":"true"})") << EntStatus::Ok << false;
        QTest::newRow("not JSON") << Response::html("<html></html>") << EntStatus::Ok << false;
        QTest::newRow("404") << Response::json(QByteArray(), 404) << EntStatus::Ok << false;
        QTest::newRow("500") << Response::json(QByteArray(), 500) << EntStatus::ServerError << false;
        QTest::newRow("closed") << Response::close() << EntStatus::Unreachable << false;
    }

    void passwordChannels()
    {
        QFETCH(Response, response);
        QFETCH(EntStatus, status);
        QFETCH(bool, mobile);
        FakeHttpServer::Request request;
        const PasswordChannelsResult result = exchange<PasswordChannelsResult>(
            "GET", "/auth/password-channels", response,
            [](EntClient& client, EntClient::Callback<PasswordChannelsResult> done) {
                client.passwordChannels(std::move(done));
            },
            false, &request);
        QCOMPARE(result.status, status);
        QCOMPARE(result.mobile, mobile);
        QCOMPARE(request.target, QByteArray("/auth/password-channels")); // no login: nothing about any account
        QVERIFY(result.serverMessage.isEmpty());
    }

    void forgotPasswordClassification_data()
    {
        QTest::addColumn<Response>("response");
        QTest::addColumn<EntStatus>("status");
        // accepted: the same neutral sentence whatever the account (ENT protocol §8)
        QTest::newRow("200 {}") << Response::json("{}") << EntStatus::Ok;
        QTest::newRow("200 status ok") << Response::json(R"({"status":"ok"})") << EntStatus::Ok;
        QTest::newRow("200 SMS success") << Response::json(R"({"success":true})") << EntStatus::Ok;
        QTest::newRow("200 mail sender's reply") << Response::json(R"({"id":"42","queued":1})") << EntStatus::Ok;
        QTest::newRow("200 empty") << Response::json(QByteArray()) << EntStatus::Ok;
        QTest::newRow("200 not JSON") << Response::html("<p>ok</p>") << EntStatus::Ok;
        QTest::newRow("400 invalid.login") << Response::json(R"({"error":"invalid.login"})", 400) << EntStatus::Ok;
        QTest::newRow("400 invalid.service") << Response::json(R"({"error":"invalid.service"})", 400) << EntStatus::Ok;
        QTest::newRow("400 legacy no.match") << Response::json(R"({"error":"no.match"})", 400) << EntStatus::Ok;
        QTest::newRow("400 legacy not.activated")
            << Response::json(R"({"error":"not.activated"})", 400) << EntStatus::Ok;
        QTest::newRow("400 legacy invalid.mail") << Response::json(R"({"error":"invalid.mail"})", 400) << EntStatus::Ok;
        QTest::newRow("400 SMS ko") << Response::json(R"({"error":"ko"})", 400) << EntStatus::Ok;
        QTest::newRow("400 empty") << Response::json(QByteArray(), 400) << EntStatus::Ok;
        // the ENT was not reached, or is not the ENT
        QTest::newRow("400 HTML") << Response::html("<h1>Bad request</h1>", 400) << EntStatus::MalformedReply;
        QTest::newRow("404") << Response::json(R"({"error":"not found"})", 404) << EntStatus::MalformedReply;
        QTest::newRow("302") << Response::redirect("/auth/login") << EntStatus::MalformedReply;
        QTest::newRow("500") << Response::json(R"({"error":"smtp down"})", 500) << EntStatus::ServerError;
        QTest::newRow("503 HTML") << Response::html("<p>maintenance</p>", 503) << EntStatus::ServerError;
        QTest::newRow("closed") << Response::close() << EntStatus::Unreachable;
        QTest::newRow("not HTTP") << Response::garbage() << EntStatus::Unreachable;
    }

    void forgotPasswordClassification()
    {
        QFETCH(Response, response);
        QFETCH(EntStatus, status);
        const EntResult result = forgotPassword(response);
        QVERIFY2(result.status == status, qPrintable(result.detail));
        QVERIFY(result.serverMessage.isEmpty());
        // nothing that tells the account apart reaches the caller, not even the diagnostic
        for (const char* key : {"no.match", "not.activated", "invalid.mail", "invalid.service", "status"})
            QVERIFY(!result.detail.contains(QLatin1StringView(key)));
    }

    void forgotPasswordRequest()
    {
        FakeHttpServer::Request request;
        QCOMPARE(forgotPassword(Response::json("{}"), &request).status, EntStatus::Ok);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.body, QByteArray("{\"login\":\"\xc3\xa9l\xc3\xa8ve.test\",\"service\":\"mail\"}"));
        QCOMPARE(request.header("content-type"), jsonContentType);
        QCOMPARE(request.header("accept"), QByteArray("application/json"));
        QCOMPARE(request.header("accept-language"), QByteArray("fr"));
        QCOMPARE(request.header("user-agent"), userAgent);

        exchange<EntResult>(
            "POST", "/auth/forgot-password", Response::json("{}"),
            [](EntClient& client, EntClient::Callback<EntResult> done) {
                client.forgotPassword(u"jean.dupont"_s, RecoveryService::Mobile, std::move(done));
            },
            false, &request);
        QCOMPARE(request.body, QByteArray(R"({"login":"jean.dupont","service":"mobile"})"));
    }

    void publicRoutesSendNoXsrfHeader_data()
    {
        QTest::addColumn<int>("index");
        const QList<NamedCall> calls = publicCalls();
        for (int i = 0; i < calls.size(); ++i)
            QTest::newRow(calls[i].name) << i;
    }

    void publicRoutesSendNoXsrfHeader()
    {
        QFETCH(int, index);
        const NamedCall call = publicCalls().at(index);
        FakeHttpServer::Request request;
        callOnce(call, Response::json("{}"), &request, [](FakeHttpServer& server, EntClient& client) {
            signIn(server, client);
            QCOMPARE(client.xsrfToken(), xsrfToken); // the cookie is there, and still not copied
        });
        QVERIFY(!request.method.isEmpty());
        QVERIFY(!request.headers.contains("x-xsrf-token"));
        QVERIFY(request.header("cookie").contains("XSRF-TOKEN=")); // the jar still sends its cookies
    }

    void publicCallsTimeOut_data() { publicRoutesSendNoXsrfHeader_data(); }

    void publicCallsTimeOut()
    {
        QFETCH(int, index);
        const NamedCall call = publicCalls().at(index);
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on(call.method, call.path, Response::hang());
        EntClient client(settingsFor(server.url(), 300));
        Capture<EntResult> done;
        call.call(client, done.callback());
        QTRY_VERIFY(done.value.has_value());
        QCOMPARE(done.value->status, EntStatus::Timeout);
        QCOMPARE(done.calls, 1);
        QCOMPARE(client.requestsInFlight(), 0);
    }

    void matchResetCode_data()
    {
        QTest::addColumn<Response>("response");
        QTest::addColumn<EntStatus>("status");
        QTest::addColumn<bool>("match");
        QTest::newRow("match") << Response::json(R"({"match":true})") << EntStatus::Ok << true;
        QTest::newRow("no match") << Response::json(R"({"match":false})") << EntStatus::Ok << false;
        QTest::newRow("match as a string")
            << Response::json(R"({"match":"true"})") << EntStatus::MalformedReply << false;
        QTest::newRow("200 {}") << Response::json("{}") << EntStatus::MalformedReply << false;
        QTest::newRow("200 HTML") << Response::html("<html></html>") << EntStatus::MalformedReply << false;
        QTest::newRow("400 bad JSON") << Response::json(R"({"error":"Unexpected character"})", 400)
                                      << EntStatus::MalformedReply << false;
        QTest::newRow("500") << Response::json(QByteArray(), 500) << EntStatus::ServerError << false;
    }

    void matchResetCode()
    {
        QFETCH(Response, response);
        QFETCH(EntStatus, status);
        QFETCH(bool, match);
        FakeHttpServer::Request request;
        const CodeMatchResult result = exchange<CodeMatchResult>(
            "POST", "/auth/reset/match", response,
            [](EntClient& client, EntClient::Callback<CodeMatchResult> done) {
                client.matchResetCode(u"jean.dupont"_s, u"3zrf6jkz"_s, std::move(done));
            },
            false, &request);
        QCOMPARE(result.status, status);
        QCOMPARE(result.match, match);
        QCOMPARE(request.body, QByteArray(R"({"login":"jean.dupont","password":"3zrf6jkz"})"));
        QCOMPARE(request.header("content-type"), jsonContentType);
        QVERIFY(!result.detail.contains(u"3zrf6jkz"_s));
    }

    void resetPasswordClassification_data()
    {
        QTest::addColumn<Response>("response");
        QTest::addColumn<EntStatus>("status");
        QTest::addColumn<QString>("serverMessage");
        QTest::newRow("302 to the login page")
            << Response::redirect("http://127.0.0.1/auth/login") << EntStatus::Ok << QString();
        QTest::newRow("302 clearing the cookies") << Response::redirect("/auth/login")
                                                         .header("Set-Cookie", "oneSessionId=; Max-Age=0; Path=/")
                                                         .header("Set-Cookie", "authenticated=; Max-Age=0; Path=/")
                                                  << EntStatus::Ok << QString();
        QTest::newRow("303 elsewhere") << Response::redirect("/", 303) << EntStatus::Ok << QString();
        QTest::newRow("200 final HTML page")
            << Response::html("<!DOCTYPE html><html><body><form action=\"/auth/login\"></form></body></html>")
            << EntStatus::Ok << QString();
        QTest::newRow("200 JSON refusal, fr")
            << Response::json(resetRefused) << EntStatus::ServerMessage << resetRefusedText;
        QTest::newRow("200 JSON refusal, en")
            << Response::json(R"({"error":{"message":"Reset error"},"resetCode":"3zrf6jkz"})")
            << EntStatus::ServerMessage << u"Reset error"_s;
        QTest::newRow("200 JSON refusal, escaped")
            << Response::json("{\"error\":{\"message\":\"Le code n&#39;est plus valable &amp; voil\\u00e0.\"}}")
            << EntStatus::ServerMessage << u"Le code n'est plus valable & voilà."_s;
        QTest::newRow("200 JSON refusal, raw key")
            << Response::json(R"({"error":{"message":"auth.reset.invalid.argument"}})") << EntStatus::ServerMessage
            << u"auth.reset.invalid.argument"_s;
        QTest::newRow("200 JSON refusal, no message")
            << Response::json(R"({"error":{}})") << EntStatus::ServerMessage << QString();
        QTest::newRow("200 JSON without error") << Response::json("{}") << EntStatus::Ok << QString();
        QTest::newRow("200 empty") << Response::json(QByteArray()) << EntStatus::MalformedReply << QString();
        QTest::newRow("400") << Response::json(R"({"error":"bad"})", 400) << EntStatus::MalformedReply << QString();
        QTest::newRow("500") << Response::html("<p>oops</p>", 500) << EntStatus::ServerError << QString();
        QTest::newRow("closed") << Response::close() << EntStatus::Unreachable << QString();
    }

    void resetPasswordClassification()
    {
        QFETCH(Response, response);
        QFETCH(EntStatus, status);
        QFETCH(QString, serverMessage);
        const EntResult result = resetPassword(response);
        QVERIFY2(result.status == status, qPrintable(result.detail));
        QCOMPARE(result.serverMessage, serverMessage);
        QVERIFY(!result.detail.contains(u"abc+1234"_s));
        // A bare key (an ENT whose catalogue lacks it) is never shown: the generic refusal instead (issue #14).
        if (status == EntStatus::ServerMessage && serverMessage.startsWith(u"auth."_s))
            QCOMPARE(EntMessages::text(result), u"The ENT refused the request."_s);
        else if (status == EntStatus::ServerMessage && !serverMessage.isEmpty())
            QCOMPARE(EntMessages::text(result), serverMessage);
    }

    void resetPasswordRequest()
    {
        FakeHttpServer::Request request;
        QCOMPARE(resetPassword(Response::redirect("/auth/login"), &request).status, EntStatus::Ok);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.body, QByteArray("login=jean.dupont&resetCode=3zrf6jkz&password=abc%2B1234%20%C3%A9&"
                                          "confirmPassword=abc%2B1234%20%C3%A9&callback=%2Fauth%2Flogin"));
        QCOMPARE(request.header("content-type"), formContentType);
        QCOMPARE(request.header("accept-language"), QByteArray("fr"));
        QVERIFY(!request.headers.contains("x-xsrf-token"));
    }

    void resetDoesNotFollowTheRedirect()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("POST", "/auth/reset", Response::redirect("/auth/login"));
        server.on("GET", "/auth/login", Response::html("<html></html>"));
        EntClient client(settingsFor(server.url()));
        Capture<EntResult> done;
        client.resetPassword(u"jean.dupont"_s, u"3zrf6jkz"_s, SecretBytes(u"abc12345"_s), SecretBytes(u"abc12345"_s),
                             done.callback());
        QTRY_VERIFY(done.value.has_value());
        QCOMPARE(done.value->status, EntStatus::Ok);
        QCOMPARE(done.value->httpStatus, 302);
        QCOMPARE(server.count("/auth/login"), 0);
    }

    void changePasswordWithoutSession_data()
    {
        QTest::addColumn<EntClient::PasswordChange>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("voluntary") << EntClient::PasswordChange::Voluntary
                                   << QByteArray("login=jean.dupont&oldPassword=old%2Bpass1&password=new%2Bpass2&"
                                                 "confirmPassword=new%2Bpass2&callback=%2Fauth%2Flogin");
        QTest::newRow("forced") << EntClient::PasswordChange::Forced
                                << QByteArray("login=jean.dupont&oldPassword=old%2Bpass1&password=new%2Bpass2&"
                                              "confirmPassword=new%2Bpass2&callback=%2Fauth%2Flogin&forceChange=force");
    }

    void changePasswordWithoutSession()
    {
        QFETCH(EntClient::PasswordChange, kind);
        QFETCH(QByteArray, body);
        const auto change = [kind](EntClient& client, EntClient::Callback<EntResult> done) {
            client.changePasswordWithoutSession(u"jean.dupont"_s, SecretBytes(u"old+pass1"_s),
                                                SecretBytes(u"new+pass2"_s), SecretBytes(u"new+pass2"_s), kind,
                                                std::move(done));
        };
        FakeHttpServer::Request request;
        const EntResult ok =
            exchange<EntResult>("POST", "/auth/reset", Response::redirect("/auth/login"), change, false, &request);
        QCOMPARE(ok.status, EntStatus::Ok);
        QCOMPARE(request.body, body);
        QCOMPARE(request.header("content-type"), formContentType);

        const EntResult refused = exchange<EntResult>("POST", "/auth/reset",
                                                      Response::json(R"({"error":{"message":"Reset error"}})"), change);
        // reset.error with the current password: wrong, or the login banned, alike (ENT protocol §17 item 12).
        QCOMPARE(refused.status, EntStatus::CurrentPasswordRefused);
        QVERIFY(refused.serverMessage.isEmpty());

        // a wrong current password counts towards the ban, and the ENT may say so (ENT protocol §7.1)
        const EntResult banned = exchange<EntResult>(
            "POST", "/auth/reset",
            Response::json(
                R"({"error":{"message":"Pour des raisons de s\u00e9curit\u00e9, votre compte est bloqu\u00e9 )"
                R"(temporairement suite \u00e0 un trop grand nombre de tentatives de connexion. Veuillez )"
                R"(r\u00e9essayer ult\u00e9rieurement."}})"),
            change);
        QCOMPARE(banned.status, EntStatus::Banned);
    }

    void forcedChangeEndsTheSession()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        EntClient client(settingsFor(server.url()));
        signIn(server, client);
        QVERIFY(client.hasSession());
        server.on("POST", "/auth/reset",
                  Response::redirect("/auth/login")
                      .header("Set-Cookie", "oneSessionId=; Max-Age=0; Path=/")
                      .header("Set-Cookie", "authenticated=; Max-Age=0; Path=/"));
        Capture<EntResult> done;
        client.changePasswordWithoutSession(u"jean.dupont"_s, SecretBytes(u"old12345"_s), SecretBytes(u"new12345"_s),
                                            SecretBytes(u"new12345"_s), EntClient::PasswordChange::Forced,
                                            done.callback());
        QTRY_VERIFY(done.value.has_value());
        QCOMPARE(done.value->status, EntStatus::Ok);
        QVERIFY(server.lastRequest("/auth/reset").header("cookie").contains("oneSessionId="));
        QVERIFY(!client.hasSession()); // the jar took the clearing cookies
    }

    void forgotIdClassification_data()
    {
        QTest::addColumn<Response>("response");
        QTest::addColumn<EntStatus>("status");
        QTest::addColumn<QStringList>("structures"); // "id=name"
        QTest::newRow("200 {}") << Response::json("{}") << EntStatus::Ok << QStringList();
        QTest::newRow("200 masked mobile")
            << Response::json(R"({"mobile":"\u2026\u2026\u2026\u20261234"})") << EntStatus::Ok << QStringList();
        QTest::newRow("200 SMS success") << Response::json(R"({"success":true})") << EntStatus::Ok << QStringList();
        QTest::newRow("200 structures")
            << Response::json(R"({"structures":[{"structureId":"s1","structureName":"Lyc\u00e9e Jules Verne"},)"
                              R"({"structureId":"s2","structureName":"Lyc\u00e9e Condorcet"}]})")
            << EntStatus::Ok << QStringList{u"s1=Lycée Jules Verne"_s, u"s2=Lycée Condorcet"_s};
        QTest::newRow("200 structures with ENT Core's leaks")
            << Response::json(R"({"structures":[{"structureId":"s1","structureName":"Lyc\u00e9e Jules Verne",)"
                              R"("loginAlias":"jdupont","activationCode":"3zrf6jkz","login":"jean.dupont"},)"
                              R"({"structureId":"s1","structureName":"Lyc\u00e9e Jules Verne","loginAlias":"jd2"},)"
                              R"({"structureName":"no id"},{"structureId":"s3"},"junk"]})")
            << EntStatus::Ok << QStringList{u"s1=Lycée Jules Verne"_s};
        QTest::newRow("200 structures not a list")
            << Response::json(R"({"structures":"s1"})") << EntStatus::Ok << QStringList();
        QTest::newRow("400 empty") << Response::json(QByteArray(), 400) << EntStatus::Ok << QStringList();
        QTest::newRow("400 legacy non.unique.result")
            << Response::json(R"({"error":"non.unique.result"})", 400) << EntStatus::Ok << QStringList();
        QTest::newRow("400 SMS failure") << Response::json(R"({"error":"ko"})", 400) << EntStatus::Ok << QStringList();
        QTest::newRow("500") << Response::json(QByteArray(), 500) << EntStatus::ServerError << QStringList();
        QTest::newRow("404") << Response::html("<p>no</p>", 404) << EntStatus::MalformedReply << QStringList();
        QTest::newRow("closed") << Response::close() << EntStatus::Unreachable << QStringList();
    }

    void forgotIdClassification()
    {
        QFETCH(Response, response);
        QFETCH(EntStatus, status);
        QFETCH(QStringList, structures);
        const ForgotIdResult result = exchange<ForgotIdResult>(
            "POST", "/auth/forgot-id", response, [](EntClient& client, EntClient::Callback<ForgotIdResult> done) {
                client.forgotId(u"jean@example.fr"_s, RecoveryService::Mail, QString(), QString(), std::move(done));
            });
        QCOMPARE(result.status, status);
        QStringList got;
        for (const RecoveryStructure& s : result.structures)
            got.append(s.structureId + u'=' + s.structureName);
        QCOMPARE(got, structures);
        QVERIFY(result.serverMessage.isEmpty());
        for (const char* leak : {"1234", "jdupont", "3zrf6jkz", "non.unique"})
            QVERIFY(!result.detail.contains(QLatin1StringView(leak)));
    }

    void forgotIdRequest()
    {
        FakeHttpServer::Request request;
        exchange<ForgotIdResult>(
            "POST", "/auth/forgot-id", Response::json("{}"),
            [](EntClient& client, EntClient::Callback<ForgotIdResult> done) {
                client.forgotId(u"Jean@Example.fr"_s, RecoveryService::Mail, QString(), QString(), std::move(done));
            },
            false, &request);
        QCOMPARE(request.body, QByteArray(R"({"mail":"Jean@Example.fr","service":"mail"})"));
        QCOMPARE(request.header("content-type"), jsonContentType);

        exchange<ForgotIdResult>(
            "POST", "/auth/forgot-id", Response::json("{}"),
            [](EntClient& client, EntClient::Callback<ForgotIdResult> done) {
                client.forgotId(u"jean@example.fr"_s, RecoveryService::Mobile, u"Hélène"_s, u"s1"_s, std::move(done));
            },
            false, &request);
        QCOMPARE(request.body, QByteArray("{\"firstName\":\"H\xc3\xa9l\xc3\xa8ne\",\"mail\":\"jean@example.fr\","
                                          "\"service\":\"mobile\",\"structureId\":\"s1\"}"));
    }

    void matchActivationCode()
    {
        FakeHttpServer::Request request;
        const CodeMatchResult result = exchange<CodeMatchResult>(
            "POST", "/auth/activation/match", Response::json(R"({"match":true})"),
            [](EntClient& client, EntClient::Callback<CodeMatchResult> done) {
                client.matchActivationCode(u"jean.dupont"_s, u"3zrf6jkz"_s, std::move(done));
            },
            false, &request);
        QCOMPARE(result.status, EntStatus::Ok);
        QVERIFY(result.match);
        QCOMPARE(request.body, QByteArray(R"({"login":"jean.dupont","password":"3zrf6jkz"})"));

        const CodeMatchResult no =
            exchange<CodeMatchResult>("POST", "/auth/activation/match", Response::json(R"({"match":false})"),
                                      [](EntClient& client, EntClient::Callback<CodeMatchResult> done) {
                                          client.matchActivationCode(u"jean.dupont"_s, u"3zrf6jkz"_s, std::move(done));
                                      });
        QCOMPARE(no.status, EntStatus::Ok);
        QVERIFY(!no.match);
    }

    void activationClassification_data()
    {
        QTest::addColumn<Response>("response");
        QTest::addColumn<EntStatus>("status");
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<QString>("serverMessage");
        QTest::newRow("302 signed in") << loginSuccess() << EntStatus::Ok << true << QString();
        QTest::newRow("302 to the login page")
            << Response::redirect("/auth/login") << EntStatus::Ok << false << QString();
        QTest::newRow("200 JSON refusal, one message")
            << Response::json(R"({"error":{"message":"Le mot de passe ne respecte pas les contraintes de )"
                              R"(s\u00e9curit\u00e9."},"activationCode":"3zrf6jkz","login":"jean.dupont","cgu":true})")
            << EntStatus::ServerMessage << false << u"Le mot de passe ne respecte pas les contraintes de sécurité."_s;
        QTest::newRow("200 JSON refusal, several messages")
            << Response::json(R"({"error":{"message":"Le mot de passe ne respecte pas les contraintes de )"
                              R"(s\u00e9curit\u00e9.<br />Les mots de passe ne correspondent pas.<br/>"}})")
            << EntStatus::ServerMessage << false
            << u"Le mot de passe ne respecte pas les contraintes de sécurité.\nLes mots de passe ne correspondent pas."_s;
        QTest::newRow("200 JSON refusal, raw keys")
            << Response::json(R"({"error":{"message":"auth.activation.error.password.format<BR>)"
                              R"(auth.activation.error.password.mismatch"}})")
            << EntStatus::ServerMessage << false
            << u"auth.activation.error.password.format\nauth.activation.error.password.mismatch"_s;
        QTest::newRow("500") << Response::json(QByteArray(), 500) << EntStatus::ServerError << false << QString();
        QTest::newRow("not HTTP") << Response::garbage() << EntStatus::Unreachable << false << QString();
    }

    void activationClassification()
    {
        QFETCH(Response, response);
        QFETCH(EntStatus, status);
        QFETCH(bool, signedIn);
        QFETCH(QString, serverMessage);
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("POST", "/auth/activation", response);
        EntClient client(settingsFor(server.url()));
        Capture<ActivationResult> done;
        client.activate(u"jean.dupont"_s, u"3zrf6jkz"_s, SecretBytes(u"abc+1234"_s), SecretBytes(u"abc+1234"_s), true,
                        QString(), QString(), done.callback());
        QTRY_VERIFY(done.value.has_value());
        QVERIFY2(done.value->status == status, qPrintable(done.value->detail));
        QCOMPARE(done.value->signedIn, signedIn);
        QCOMPARE(done.value->serverMessage, serverMessage);
        QCOMPARE(client.hasSession(), signedIn); // the jar took the ENT's session cookies
        QCOMPARE(server.count("/auth/login"), 0);
    }

    void activationRequest()
    {
        FakeHttpServer::Request request;
        exchange<ActivationResult>(
            "POST", "/auth/activation", Response::redirect("/auth/login"),
            [](EntClient& client, EntClient::Callback<ActivationResult> done) {
                client.activate(u"jean.dupont"_s, u"3zrf6jkz"_s, SecretBytes(u"abc+1234"_s), SecretBytes(u"abc+1234"_s),
                                true, u"jean+ent@example.fr"_s, u"+33 6 12 34 56 78"_s, std::move(done));
            },
            false, &request);
        QCOMPARE(request.body, QByteArray("login=jean.dupont&activationCode=3zrf6jkz&password=abc%2B1234&"
                                          "confirmPassword=abc%2B1234&acceptCGU=true&mail=jean%2Bent%40example.fr&"
                                          "phone=%2B33%206%2012%2034%2056%2078"));
        QCOMPARE(request.header("content-type"), formContentType);

        exchange<ActivationResult>(
            "POST", "/auth/activation", Response::redirect("/auth/login"),
            [](EntClient& client, EntClient::Callback<ActivationResult> done) {
                client.activate(u"jean.dupont"_s, u"3zrf6jkz"_s, SecretBytes(u"abc12345"_s), SecretBytes(u"abc12345"_s),
                                false, QString(), QString(), std::move(done));
            },
            false, &request);
        // The e-mail and mobile go even when empty, as the ENT's own page sends them (it stores what comes).
        QCOMPARE(request.body, QByteArray("login=jean.dupont&activationCode=3zrf6jkz&password=abc12345&"
                                          "confirmPassword=abc12345&mail=&phone="));
    }

    void renewalCodeClassification_data()
    {
        QTest::addColumn<Response>("response");
        QTest::addColumn<EntStatus>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("200") << Response::json(R"({"renewalCode":"3zrf6jkz"})") << EntStatus::Ok << u"3zrf6jkz"_s;
        QTest::newRow("200 without a code") << Response::json("{}") << EntStatus::MalformedReply << QString();
        QTest::newRow("401 not allowed") << Response::html("<html>Unauthorized</html>", 401) << EntStatus::ServerMessage
                                         << QString();
        QTest::newRow("302 to the login page")
            << Response::redirect("/auth/login?callback=x") << EntStatus::NotAuthenticated << QString();
        // Refused again after asking the ENT's page for a token: the session cannot write (ENT protocol §17 item 1).
        QTest::newRow("403 XSRF") << Response::json(R"({"error":"invalid.xsrf.token"})", 403)
                                  << EntStatus::NotAuthenticated << QString();
        QTest::newRow("400") << Response::json(R"({"error":"invalid.login"})", 400) << EntStatus::ServerMessage
                             << QString();
        QTest::newRow("500") << Response::json(QByteArray(), 500) << EntStatus::ServerError << QString();
    }

    void renewalCodeClassification()
    {
        QFETCH(Response, response);
        QFETCH(EntStatus, status);
        QFETCH(QString, code);
        FakeHttpServer::Request request;
        const RenewalCodeResult result = exchange<RenewalCodeResult>(
            "POST", "/auth/generatePasswordRenewalCode", response,
            [](EntClient& client, EntClient::Callback<RenewalCodeResult> done) {
                client.generateRenewalCode(u"jean.dupont"_s, std::move(done));
            },
            false, &request, [](FakeHttpServer& server, EntClient& client) { signIn(server, client); });
        QCOMPARE(result.status, status);
        QCOMPARE(result.renewalCode, code);
        QVERIFY(result.serverMessage.isEmpty());
        QCOMPARE(request.body, QByteArray("login=jean.dupont"));
        QCOMPARE(request.header("content-type"), formContentType);
        QCOMPARE(request.header("x-xsrf-token"), xsrfToken); // secured: the cookie's token goes in the header
    }

    void renewalCodeWithABearerToken()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("POST", "/auth/oauth2/token",
                  Response::json(R"({"token_type":"Bearer","access_token":"a1b2c3","refresh_token":"r9"})"));
        server.on("POST", "/auth/generatePasswordRenewalCode", Response::json(R"({"renewalCode":"3zrf6jkz"})"));
        EntClient client(oauthSettingsFor(server.url()));
        Capture<LoginResult> login;
        client.login(u"prof.martin"_s, SecretBytes(u"secret"_s), login.callback());
        QTRY_VERIFY(login.value.has_value());
        Capture<RenewalCodeResult> done;
        client.generateRenewalCode(u"jean.dupont"_s, done.callback());
        QTRY_VERIFY(done.value.has_value());
        QCOMPARE(done.value->status, EntStatus::Ok);
        const FakeHttpServer::Request request = server.lastRequest("/auth/generatePasswordRenewalCode");
        QCOMPARE(request.header("authorization"), QByteArray("Bearer a1b2c3"));
        QVERIFY(!request.headers.contains("x-xsrf-token"));
    }
};

QTEST_GUILESS_MAIN(TestEntRecovery)
#include "tst_entrecovery.moc"
