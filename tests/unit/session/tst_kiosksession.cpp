#include "core/session/KioskSession.h"
#include "support/FakeHttpServer.h"
#include "support/FakeSecretStore.h"

#include <QNetworkCookieJar>
#include <QSignalSpy>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(EntStatus)
Q_DECLARE_METATYPE(FakeHttpServer::Response)

namespace {

using Response = FakeHttpServer::Response;

const QString rememberedKey = QString::fromLatin1(KioskSession::rememberedIdentifierKey);

Response loginSuccess()
{
    return Response::redirect("http://127.0.0.1/")
        .header("Set-Cookie", "oneSessionId=session-id:signature; Path=/; HttpOnly")
        .header("Set-Cookie", "XSRF-TOKEN=xsrf; Path=/");
}

Response activationPage()
{
    // ENT Core's activation.html: what the account holds in the body's ng-init (ENT protocol §3.2).
    return Response::html("<html><body ng-init='user.login=\"jean.dupont\";user.activationCode=\"3zrf6jkz\";"
                          "user.email=\"jean.dupont@example.org\";user.phone=\"+33612345678\"'>"
                          "<form action=\"/auth/activation\" method=\"post\"></form></body></html>");
}

void routeTheEnt(FakeHttpServer& server)
{
    server.on("POST", "/auth/login", loginSuccess());
    server.on("GET", "/auth/oauth2/userinfo",
              Response::json(R"({"userId":"u1","login":"jean.dupont","firstName":"Jean","lastName":"Dupont",)"
                             R"("type":"ELEVE","structureNames":["Lycée Jules Verne"],"classNames":["2nde 3"]})"));
    server.on("GET", "/auth/user/requirements", Response::json(R"({"forceChangePassword":true})"));
    server.on("GET", "/auth/logout", Response::redirect("http://127.0.0.1/"));
}

KioskConfig configFor(const QUrl& url, KioskProfile profile = KioskProfile::Kiosk, bool allowRememberMe = false)
{
    KioskConfig config;
    config.entUrl = url;
    config.profile = profile;
    config.allowRememberMe = allowRememberMe;
    config.siteName = u"Lycée de test"_s;
    return config;
}

} // namespace

class TestKioskSession final : public QObject
{
    Q_OBJECT

private:
    // Signs in and waits for the answer; true on signedIn.
    static bool signIn(KioskSession& session, bool remember = false)
    {
        QSignalSpy signedIn(&session, &KioskSession::signedIn);
        QSignalSpy failed(&session, &KioskSession::signInFailed);
        session.signIn(u"Jean.Dupont"_s, SecretBytes(u"canary-password"_s), remember);
        if (!QTest::qWaitFor([&] { return signedIn.count() + failed.count() > 0; }, 5000))
            return false;
        return signedIn.count() == 1;
    }

private Q_SLOTS:
    void normalizeLogin_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("login");
        QTest::newRow("plain") << u"jean.dupont"_s << u"jean.dupont"_s;
        QTest::newRow("trimmed") << u"  jean.dupont \t\n"_s << u"jean.dupont"_s;
        QTest::newRow("upper case") << u"Jean.DUPONT"_s << u"jean.dupont"_s;
        QTest::newRow("inner space") << u"jean dupont"_s << u"jeandupont"_s;
        QTest::newRow("nbsp") << u"\u00a0jean\u00a0dupont\u202f"_s << u"jeandupont"_s;
        QTest::newRow("zero width") << u"jean\u200b.dupont"_s << u"jean.dupont"_s;
        QTest::newRow("accents") << u"ÉLÈVE.Test"_s << u"élève.test"_s;
        QTest::newRow("only spaces") << u" \u00a0 "_s << QString();
    }

    void normalizeLogin()
    {
        QFETCH(QString, typed);
        QFETCH(QString, login);
        QCOMPARE(KioskSession::normalizeLogin(typed), login);
    }

    void fullSignIn()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        KioskSession session(configFor(server.url()), nullptr);
        QSignalSpy busy(&session, &KioskSession::busyChanged);
        QSignalSpy signedIn(&session, &KioskSession::signedIn);
        QSignalSpy failed(&session, &KioskSession::signInFailed);

        session.signIn(u" Jean.Dupont\u00a0"_s, SecretBytes(u"abc+1234"_s), false);
        QVERIFY(session.isBusy());
        QCOMPARE(busy.count(), 1);
        QCOMPARE(busy.first().value(0).toBool(), true);

        QVERIFY(signedIn.wait());
        QCOMPARE(failed.count(), 0);
        QVERIFY(!session.isBusy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.last().value(0).toBool(), false);
        QVERIFY(session.isSignedIn());
        QCOMPARE(session.user().fullName(), u"Jean Dupont"_s);
        QCOMPARE(signedIn.first().value(0).value<UserInfo>().login, u"jean.dupont"_s);
        QVERIFY(session.requirements().forceChangePassword);

        QStringList order;
        const QList<FakeHttpServer::Request> requests = server.requests();
        for (const FakeHttpServer::Request& request : requests)
            order.append(QString::fromLatin1(request.method + ' ' + request.path));
        QCOMPARE(order, (QStringList{u"POST /auth/login"_s, u"GET /auth/oauth2/userinfo"_s,
                                     u"GET /auth/user/requirements"_s}));
        QCOMPARE(server.lastRequest("/auth/login").body,
                 QByteArray("email=jean.dupont&password=abc%2B1234&callBack=%2F"));
        QCOMPARE(server.lastRequest("/auth/login").header("user-agent"),
                 QByteArray("leo-kiosk/" LEOKIOSK_VERSION " (Lycee de test)"));
        QVERIFY(server.lastRequest("/auth/oauth2/userinfo").header("cookie").contains("oneSessionId="));
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("failingPath");
        QTest::addColumn<Response>("response");
        QTest::addColumn<EntStatus>("status");
        QTest::addColumn<bool>("serverLogout"); // a session existed and is ended on the server too
        QTest::newRow("wrong password") << QByteArray("/auth/login")
                                        << Response::html(
                                               "<body ng-init=\"error = &quot;L&#39;identifiant ou le mot de passe est "
                                               "incorrect.&quot;\"><form action=\"/auth/login\"></form></body>")
                                        << EntStatus::AuthenticationFailed << false;
        QTest::newRow("reset code typed")
            << QByteArray("/auth/login") << Response::redirect("/auth/reset/abcd2345?login=jean.dupont")
            << EntStatus::ResetCodeTyped << false;
        QTest::newRow("login hangs up") << QByteArray("/auth/login") << Response::close() << EntStatus::Unreachable
                                        << false;
        QTest::newRow("userinfo redirects to login")
            << QByteArray("/auth/oauth2/userinfo") << Response::redirect("/auth/login?callback=x")
            << EntStatus::NotAuthenticated << true;
        // The session died before userinfo on an ENT whose login page is elsewhere (ENT protocol §17 item 1).
        QTest::newRow("userinfo redirects to a login page elsewhere")
            << QByteArray("/auth/oauth2/userinfo") << Response::redirect("http:8009/cas/login?service=x")
            << EntStatus::NotAuthenticated << true;
        QTest::newRow("userinfo not JSON")
            << QByteArray("/auth/oauth2/userinfo") << Response::json("<html>") << EntStatus::MalformedReply << true;
        QTest::newRow("requirements 500") << QByteArray("/auth/user/requirements") << Response::json(QByteArray(), 500)
                                          << EntStatus::ServerError << true;
    }

    // ENT Core before 4.7 has no /auth/user/requirements: 404 is "nothing required", the sign-in goes on
    // (ENT protocol §17 item 2).
    void requirementsRouteMissing()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        server.on("GET", "/auth/user/requirements", Response::json(QByteArray(), 404));
        KioskSession session(configFor(server.url()), nullptr);
        QSignalSpy signedIn(&session, &KioskSession::signedIn);
        QSignalSpy failed(&session, &KioskSession::signInFailed);
        session.signIn(u"jean.dupont"_s, SecretBytes(u"secret"_s), false);
        QVERIFY(signedIn.wait());
        QCOMPARE(failed.count(), 0);
        QVERIFY(session.isSignedIn());
        QVERIFY(!session.requirements().forceChangePassword);
        QVERIFY(!session.requirements().needRevalidateTerms);
    }

    void failures()
    {
        QFETCH(QByteArray, failingPath);
        QFETCH(Response, response);
        QFETCH(EntStatus, status);
        QFETCH(bool, serverLogout);
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        server.on(failingPath == "/auth/login" ? "POST" : "GET", failingPath, response);
        KioskSession session(configFor(server.url()), nullptr);
        QSignalSpy busy(&session, &KioskSession::busyChanged);
        QSignalSpy signedIn(&session, &KioskSession::signedIn);
        QSignalSpy failed(&session, &KioskSession::signInFailed);

        session.signIn(u"jean.dupont"_s, SecretBytes(u"secret"_s), false);
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().value(0).value<LoginResult>().status, status);
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!session.isSignedIn());
        QVERIFY(!session.isBusy());
        QCOMPARE(busy.count(), 2);
        QVERIFY(!session.client().hasSession());
        QVERIFY(session.client().cookieJar()->cookiesForUrl(server.url()).isEmpty());
        if (serverLogout)
            QTRY_COMPARE(server.count("/auth/logout"), 1);
        else
            QCOMPARE(server.count("/auth/logout"), 0);
    }

    void emptyCredentialsAreNotSent()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        KioskSession session(configFor(server.url()), nullptr);
        QSignalSpy failed(&session, &KioskSession::signInFailed);
        session.signIn(u" \u00a0"_s, SecretBytes(u"secret"_s), false);
        session.signIn(u"jean.dupont"_s, SecretBytes(), false);
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.first().value(0).value<LoginResult>().status, EntStatus::AuthenticationFailed);
        QVERIFY(!session.isBusy());
        QCOMPARE(server.requests().size(), 0);
    }

    void newerAttemptWins()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        server.on("POST", "/auth/login", Response::hang());
        KioskSession session(configFor(server.url()), nullptr);
        QSignalSpy signedIn(&session, &KioskSession::signedIn);
        QSignalSpy failed(&session, &KioskSession::signInFailed);
        QSignalSpy busy(&session, &KioskSession::busyChanged);

        session.signIn(u"first.pupil"_s, SecretBytes(u"one"_s), false);
        QTRY_COMPARE(server.count("/auth/login"), 1);
        server.on("POST", "/auth/login", loginSuccess());
        session.signIn(u"jean.dupont"_s, SecretBytes(u"two"_s), false);
        QVERIFY(signedIn.wait());
        QCOMPARE(failed.count(), 0); // the first attempt never answers
        QCOMPARE(signedIn.count(), 1);
        QCOMPARE(busy.count(), 2); // busy once, for both attempts
        QCOMPARE(server.count("/auth/oauth2/userinfo"), 1);
    }

    void endWipesAndSignalsAtOnce()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        KioskSession session(configFor(server.url()), nullptr);
        QVERIFY(signIn(session));
        session.setLanguage(u"en"_s);
        QCOMPARE(session.client().language(), u"en"_s);
        QVERIFY(session.client().hasSession());

        QSignalSpy ended(&session, &KioskSession::ended);
        session.end(KioskSession::EndReason::Idle);
        QCOMPARE(ended.count(), 1); // synchronously
        QCOMPARE(ended.first().value(0).value<KioskSession::EndReason>(), KioskSession::EndReason::Idle);
        QVERIFY(!session.isSignedIn());
        QVERIFY(!session.user().isValid());
        QVERIFY(!session.requirements().forceChangePassword);
        QVERIFY(!session.client().hasSession());
        QVERIFY(session.client().cookieJar()->cookiesForUrl(server.url()).isEmpty());
        QCOMPARE(session.client().requestsInFlight(), 0);
        QCOMPARE(session.client().language(), u"fr"_s);

        // the server logout goes out afterwards, with the old cookie
        QTRY_COMPARE(server.count("/auth/logout"), 1);
        QVERIFY(server.lastRequest("/auth/logout").header("cookie").contains("oneSessionId=session-id:signature"));
    }

    void endWorksWhenTheServerIsDown()
    {
        auto server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->listen());
        routeTheEnt(*server);
        KioskSession session(configFor(server->url()), nullptr);
        QVERIFY(signIn(session));
        const QUrl url = server->url();
        server.reset();

        QSignalSpy ended(&session, &KioskSession::ended);
        session.end(KioskSession::EndReason::Logout);
        QCOMPARE(ended.count(), 1);
        QVERIFY(!session.isSignedIn());
        QVERIFY(!session.client().hasSession());
        QVERIFY(session.client().cookieJar()->cookiesForUrl(url).isEmpty());
    }

    void endDuringSignIn()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        server.on("GET", "/auth/oauth2/userinfo", Response::hang());
        KioskSession session(configFor(server.url()), nullptr);
        QSignalSpy signedIn(&session, &KioskSession::signedIn);
        QSignalSpy failed(&session, &KioskSession::signInFailed);
        QSignalSpy ended(&session, &KioskSession::ended);

        session.signIn(u"jean.dupont"_s, SecretBytes(u"secret"_s), false);
        QTRY_COMPARE(server.count("/auth/oauth2/userinfo"), 1);
        QVERIFY(session.isBusy());
        session.end(KioskSession::EndReason::AdminExit);
        QCOMPARE(ended.count(), 1);
        QVERIFY(!session.isBusy());
        QCOMPARE(session.client().requestsInFlight(), 0);
        QTRY_COMPARE(server.count("/auth/logout"), 1); // the half-open session is closed on the server
        QCOMPARE(signedIn.count() + failed.count(), 0);
    }

    void rememberMeOnDesktop()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        FakeSecretStore store;
        KioskSession session(configFor(server.url(), KioskProfile::Desktop, true), &store);
        QSignalSpy changed(&store, &FakeSecretStore::changed);

        QVERIFY(signIn(session, true));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(store.entries().keys(), QStringList{rememberedKey});
        QCOMPARE(store.entries().value(rememberedKey), QByteArray("jean.dupont"));
        for (const QByteArray& value : store.entries())
            QVERIFY(!value.contains("canary-password"));

        QSignalSpy loaded(&session, &KioskSession::rememberedIdentifierLoaded);
        session.loadRememberedIdentifier();
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.first().value(0).toString(), u"jean.dupont"_s);

        session.end();
        QCOMPARE(store.entries().size(), 1); // a personal PC keeps it across sign-outs

        QVERIFY(signIn(session, false)); // unticked: forgotten
        QTRY_COMPARE(changed.count(), 2);
        QVERIFY(store.entries().isEmpty());
    }

    void rememberMeNeedsThePolicy()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        FakeSecretStore store;
        KioskSession session(configFor(server.url(), KioskProfile::Desktop, false), &store);
        QVERIFY(signIn(session, true));
        QCOMPARE(store.operations(), 0);

        QSignalSpy loaded(&session, &KioskSession::rememberedIdentifierLoaded);
        session.loadRememberedIdentifier();
        QVERIFY(loaded.wait());
        QVERIFY(loaded.first().value(0).toString().isEmpty());
    }

    void kioskRemembersNobody()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        FakeSecretStore store;
        QSignalSpy changed(&store, &FakeSecretStore::changed);
        store.write(rememberedKey, "left.over", {}); // from an earlier desktop configuration
        QVERIFY(changed.wait());
        KioskSession session(configFor(server.url(), KioskProfile::Kiosk, true), &store);

        QVERIFY(signIn(session, true));
        QCOMPARE(store.entries().value(rememberedKey), QByteArray("left.over")); // nothing written at sign-in

        QSignalSpy loaded(&session, &KioskSession::rememberedIdentifierLoaded);
        session.loadRememberedIdentifier();
        QVERIFY(loaded.wait());
        QVERIFY(loaded.first().value(0).toString().isEmpty());

        // Nor at the end: the kiosk profile leaves a keychain alone (in the program it has no store at all).
        changed.clear();
        session.end();
        QCoreApplication::processEvents();
        QVERIFY(changed.isEmpty());
        QCOMPARE(store.entries().value(rememberedKey), QByteArray("left.over"));
    }

    void unavailableKeychain()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        FakeSecretStore store;
        store.setAvailable(false);
        KioskSession session(configFor(server.url(), KioskProfile::Desktop, true), &store);
        QVERIFY(signIn(session, true)); // signing in does not depend on the keychain
        QSignalSpy loaded(&session, &KioskSession::rememberedIdentifierLoaded);
        session.loadRememberedIdentifier();
        QVERIFY(loaded.wait());
        QVERIFY(loaded.first().value(0).toString().isEmpty());
    }

    void activationCodeTypedKeepsTheLogin()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        server.on("POST", "/auth/login", activationPage());
        KioskSession session(configFor(server.url()), nullptr);
        QSignalSpy failed(&session, &KioskSession::signInFailed);
        session.signIn(u" Jean.Dupont"_s, SecretBytes(u"3zrf6jkz"_s), false);
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().value(0).value<LoginResult>().status, EntStatus::ActivationCodeTyped);
        QCOMPARE(session.pendingActivationLogin(), u"jean.dupont"_s);

        session.end();
        QVERIFY(session.pendingActivationLogin().isEmpty());
    }

    void activateSignsInLikeASignIn()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        server.on("POST", "/auth/login", activationPage());
        server.on("POST", "/auth/activation", loginSuccess());
        KioskSession session(configFor(server.url()), nullptr);
        QSignalSpy failed(&session, &KioskSession::signInFailed);
        session.signIn(u"jean.dupont"_s, SecretBytes(u"3zrf6jkz"_s), false);
        QVERIFY(failed.wait());

        QSignalSpy signedIn(&session, &KioskSession::signedIn);
        QSignalSpy activated(&session, &KioskSession::activated);
        QSignalSpy busy(&session, &KioskSession::busyChanged);
        session.activate(u"3zrf6jkz"_s, SecretBytes(u"abc+1234"_s), SecretBytes(u"abc+1234"_s), true);
        QVERIFY(session.isBusy());
        QVERIFY(signedIn.wait());
        QCOMPARE(activated.count(), 0);
        QVERIFY(!session.isBusy());
        QCOMPARE(busy.count(), 2);
        QVERIFY(session.isSignedIn());
        QCOMPARE(session.user().login, u"jean.dupont"_s);
        QVERIFY(session.requirements().forceChangePassword);
        QVERIFY(session.pendingActivationLogin().isEmpty());

        QStringList order;
        const QList<FakeHttpServer::Request> requests = server.requests();
        for (const FakeHttpServer::Request& request : requests)
            order.append(QString::fromLatin1(request.method + ' ' + request.path));
        QCOMPARE(order, (QStringList{u"POST /auth/login"_s, u"POST /auth/activation"_s, u"GET /auth/oauth2/userinfo"_s,
                                     u"GET /auth/user/requirements"_s}));
        QCOMPARE(server.lastRequest("/auth/activation").body,
                 QByteArray("login=jean.dupont&activationCode=3zrf6jkz&password=abc%2B1234&"
                            "confirmPassword=abc%2B1234&acceptCGU=true&mail=&phone="));
        QVERIFY(server.lastRequest("/auth/oauth2/userinfo").header("cookie").contains("oneSessionId=session-id"));
    }

    void activationAccountIsReadAsTheEntsPageReadsIt()
    {
        // The web form: the sign-in's answer is the activation page, which carries what the ENT holds.
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        server.on("POST", "/auth/login", activationPage());
        KioskSession session(configFor(server.url()), nullptr);
        QSignalSpy failed(&session, &KioskSession::signInFailed);
        session.signIn(u"jean.dupont"_s, SecretBytes(u"3zrf6jkz"_s), false);
        QVERIFY(failed.wait());
        QVERIFY(session.pendingActivationAccount().found);
        QCOMPARE(session.pendingActivationAccount().email, u"jean.dupont@example.org"_s);
        QCOMPARE(session.pendingActivationAccount().phone, u"+33612345678"_s);
        QSignalSpy read(&session, &KioskSession::activationAccountRead);
        session.readActivationAccount(u"3zrf6jkz"_s);
        QVERIFY(read.wait());
        QVERIFY(read.first().value(0).value<EntResult>().ok());
        QCOMPARE(server.requests("/auth/login").size(), 1); // known already: nothing asked again

        // The OAuth2 grant says only auth.error.activation.code: the page is asked for with the code, as the ENT's
        // own front does, then the account is known.
        FakeHttpServer oauth;
        QVERIFY(oauth.listen());
        routeTheEnt(oauth);
        oauth.on("POST", "/auth/oauth2/token",
                 Response::json(R"({"error":"access_denied","error_description":"auth.error.activation.code"})", 403));
        oauth.on("POST", "/auth/login", activationPage());
        KioskConfig config = configFor(oauth.url());
        config.oauthClientId = u"kiosk"_s;
        config.oauthClientSecret = u"secret"_s;
        KioskSession grant(config, nullptr);
        QSignalSpy refused(&grant, &KioskSession::signInFailed);
        grant.signIn(u"jean.dupont"_s, SecretBytes(u"3zrf6jkz"_s), false);
        QVERIFY(refused.wait());
        QCOMPARE(refused.first().value(0).value<LoginResult>().status, EntStatus::ActivationCodeTyped);
        QVERIFY(!grant.pendingActivationAccount().found);
        QSignalSpy grantRead(&grant, &KioskSession::activationAccountRead);
        grant.readActivationAccount(u"3zrf6jkz"_s);
        QVERIFY(grantRead.wait());
        QVERIFY(grantRead.first().value(0).value<EntResult>().ok());
        QCOMPARE(grant.pendingActivationAccount().email, u"jean.dupont@example.org"_s);
        QVERIFY(oauth.lastRequest("/auth/login").body.contains("password=3zrf6jkz"));

        // A page that does not carry the account: not read, and said so.
        oauth.on("POST", "/auth/login",
                 Response::html("<html><body><form action=\"/auth/activation\"></form></body></html>"));
        grant.signIn(u"jean.dupont"_s, SecretBytes(u"3zrf6jkz"_s), false);
        QVERIFY(refused.wait());
        grantRead.clear();
        grant.readActivationAccount(u"3zrf6jkz"_s);
        QVERIFY(grantRead.wait());
        QCOMPARE(grantRead.first().value(0).value<EntResult>().status, EntStatus::MalformedReply);
        QVERIFY(!grant.pendingActivationAccount().found);
    }

    void activateWithoutAutoLogin_data()
    {
        QTest::addColumn<Response>("activation");
        QTest::addColumn<Response>("userinfo");
        QTest::newRow("302 to the login page") << Response::redirect("/auth/login") << Response();
        QTest::newRow("signed in, userinfo fails") << loginSuccess() << Response::json(QByteArray(), 500);
    }

    void activateWithoutAutoLogin()
    {
        QFETCH(Response, activation);
        QFETCH(Response, userinfo);
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        server.on("POST", "/auth/login", activationPage());
        server.on("POST", "/auth/activation", activation);
        if (userinfo.status != 200)
            server.on("GET", "/auth/oauth2/userinfo", userinfo);
        KioskSession session(configFor(server.url()), nullptr);
        QSignalSpy failed(&session, &KioskSession::signInFailed);
        session.signIn(u"jean.dupont"_s, SecretBytes(u"3zrf6jkz"_s), false);
        QVERIFY(failed.wait());

        QSignalSpy signedIn(&session, &KioskSession::signedIn);
        QSignalSpy activated(&session, &KioskSession::activated);
        session.activate(u"3zrf6jkz"_s, SecretBytes(u"abc+1234"_s), SecretBytes(u"abc+1234"_s), true);
        QVERIFY(activated.wait());
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!session.isSignedIn());
        QVERIFY(!session.isBusy());
        QVERIFY(!session.client().hasSession());
        QVERIFY(session.pendingActivationLogin().isEmpty());
    }

    void activationRefused()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        server.on("POST", "/auth/login", activationPage());
        server.on("POST", "/auth/activation",
                  Response::json(R"({"error":{"message":"Les mots de passe ne correspondent pas."}})"));
        KioskSession session(configFor(server.url()), nullptr);
        QSignalSpy failed(&session, &KioskSession::signInFailed);
        session.signIn(u"jean.dupont"_s, SecretBytes(u"3zrf6jkz"_s), false);
        QVERIFY(failed.wait());

        QSignalSpy refused(&session, &KioskSession::activationFailed);
        session.activate(u"3zrf6jkz"_s, SecretBytes(u"abc+1234"_s), SecretBytes(u"abc+1235"_s), true);
        QVERIFY(refused.wait());
        const EntResult result = refused.first().value(0).value<EntResult>();
        QCOMPARE(result.status, EntStatus::ServerMessage);
        QCOMPARE(EntMessages::text(result), u"Les mots de passe ne correspondent pas."_s);
        QVERIFY(!session.isBusy());
        QCOMPARE(session.pendingActivationLogin(), u"jean.dupont"_s); // another try is possible
    }

    void activateWithoutAPendingLogin()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        KioskSession session(configFor(server.url()), nullptr);
        QSignalSpy refused(&session, &KioskSession::activationFailed);
        session.activate(u"3zrf6jkz"_s, SecretBytes(u"abc+1234"_s), SecretBytes(u"abc+1234"_s), true);
        QCOMPARE(refused.count(), 1);
        QVERIFY(!session.isBusy());
        QCOMPARE(server.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKioskSession)
#include "tst_kiosksession.moc"
