// The reference server in the ENT Core configurations of issue #14 (ENT protocol §17), over HTTP: each key as an
// operator sets it, and what ENT Core answers then.
#include "support/HttpTestClient.h"
#include "support/ReferenceServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace LeoKiosk::Test;
using namespace Qt::StringLiterals;

namespace {

const QString password = u"Plage2024+soleil"_s;

ReferenceServer::Account account(const QString& login, const QString& profile = u"Student"_s)
{
    ReferenceServer::Account a;
    a.login = login;
    a.firstName = u"Adèle"_s;
    a.lastName = u"Adams"_s;
    a.profile = profile;
    a.email = login + u"@example.org"_s;
    a.password = password.toUtf8();
    return a;
}

HttpTestClient::Reply signIn(HttpTestClient& http, const QString& login)
{
    return http.post(u"/auth/login"_s, HttpTestClient::form({{u"email"_s, login}, {u"password"_s, password}}));
}

} // namespace

class TestServerVariants final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginPageElsewhereWithThePortRewrite();
    void endedCookieSessionMeetsTheXsrfFilterFirst();
    void noXsrfTokenUntilASecuredPage();
    void noRequirementsRoute();
    void mfaForAnAdminFunction();
    void narrowerClientScope();
};

void TestServerVariants::loginPageElsewhereWithThePortRewrite()
{
    ReferenceServer server;
    server.setConfig(u"auth"_s, u"login_uri"_s, u"/cas/login"_s);
    server.setConfig(u"auth"_s, u"callback_param"_s, u"service"_s);
    server.setConfig(u"auth"_s, u"login_redirect_port_8009"_s, true);
    const QUrl url = server.start();
    QVERIFY2(url.isValid(), qPrintable(server.lastError()));
    HttpTestClient http(url);
    const QByteArray callback = QUrl::toPercentEncoding(url.resolved(QUrl(u"/auth/oauth2/userinfo"_s)).toString());

    const HttpTestClient::Reply direct = http.get(u"/auth/oauth2/userinfo"_s);
    QCOMPARE(direct.status, 302);
    QCOMPARE(direct.header("Location"), "http:8009/cas/login?service=" + callback);
    // Behind the proxy (X-Forwarded-For), the origin stays.
    const HttpTestClient::Reply proxied = http.get(u"/auth/oauth2/userinfo"_s, {{"X-Forwarded-For", "10.0.0.7"}});
    QCOMPARE(proxied.header("Location"), url.resolved(QUrl(u"/cas/login"_s)).toString().toUtf8() + "?service=" + callback);
    // An expired or revoked bearer token, on a write: the same redirect, never the route.
    const HttpTestClient::Reply token = http.post(u"/auth/changePassword"_s, "login=x", {{"Authorization", "Bearer nope"}});
    QCOMPARE(token.status, 302);
    QVERIFY(token.header("Location").startsWith("http:8009/cas/login?service="));
}

void TestServerVariants::endedCookieSessionMeetsTheXsrfFilterFirst()
{
    ReferenceServer server;
    QVERIFY2(server.addAccount(account(u"adele.ended"_s)), qPrintable(server.lastError()));
    const QUrl url = server.start();
    QVERIFY2(url.isValid(), qPrintable(server.lastError()));
    HttpTestClient http(url);
    const HttpTestClient::Reply web = signIn(http, u"adele.ended"_s);
    QCOMPARE(web.status, 302);
    const HttpTestClient::Headers session = HttpTestClient::session(web);
    QCOMPARE(http.get(u"/auth/logout"_s, session).status, 302);

    const HttpTestClient::Reply write = http.send("PUT", u"/auth/cgu/revalidate"_s, {}, session);
    QCOMPARE(write.status, 403);
    QCOMPARE(write.json().value(u"error"_s).toString(), u"invalid.xsrf.token"_s);
    const HttpTestClient::Reply read = http.get(u"/auth/revalidate-terms"_s, session);
    QCOMPARE(read.status, 302);
    QVERIFY(read.header("Location").contains("/auth/login?callback="));
}

void TestServerVariants::noXsrfTokenUntilASecuredPage()
{
    ReferenceServer server;
    server.setConfig(u"auth"_s, u"xsrf_on_auth"_s, false);
    QVERIFY2(server.addAccount(account(u"adele.xsrf"_s)), qPrintable(server.lastError()));
    QVERIFY(server.setFlag(u"adele.xsrf"_s, u"revalidate-terms"_s, true));
    const QUrl url = server.start();
    QVERIFY2(url.isValid(), qPrintable(server.lastError()));
    HttpTestClient http(url);
    const HttpTestClient::Reply web = signIn(http, u"adele.xsrf"_s);
    QCOMPARE(web.status, 302);
    QVERIFY(web.setCookie("XSRF-TOKEN").isEmpty());
    const QByteArray cookie = "oneSessionId=" + web.cookieValue("oneSessionId");
    QCOMPARE(http.send("PUT", u"/auth/cgu/revalidate"_s, {}, {{"Cookie", cookie}}).status, 403);

    // An XMLHttpRequest gets the page but no token (SecurityHookRender skips it).
    const HttpTestClient::Reply xhr =
        http.get(u"/auth/revalidate-terms"_s, {{"Cookie", cookie}, {"X-Requested-With", "XMLHttpRequest"}});
    QCOMPARE(xhr.status, 200);
    QVERIFY(xhr.setCookie("XSRF-TOKEN").isEmpty());
    const HttpTestClient::Reply page = http.get(u"/auth/revalidate-terms"_s, {{"Cookie", cookie}});
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    const QByteArray token = page.cookieValue("XSRF-TOKEN");
    QVERIFY(!token.isEmpty());
    // Once the session holds it, the page does not set it again.
    QVERIFY(http.get(u"/auth/revalidate-terms"_s, {{"Cookie", cookie + "; XSRF-TOKEN=" + token}})
                .setCookie("XSRF-TOKEN")
                .isEmpty());
    const HttpTestClient::Headers withToken{{"Cookie", cookie + "; XSRF-TOKEN=" + token}, {"X-XSRF-TOKEN", token}};
    QCOMPARE(http.send("PUT", u"/auth/cgu/revalidate"_s, {}, withToken).status, 204);
    QCOMPARE(http.get(u"/auth/user/requirements"_s, withToken).json().value(u"needRevalidateTerms"_s).toBool(), false);
}

void TestServerVariants::noRequirementsRoute()
{
    ReferenceServer server;
    server.setConfig(u"auth"_s, u"requirements_route"_s, false);
    QVERIFY2(server.addAccount(account(u"adele.old"_s)), qPrintable(server.lastError()));
    const QUrl url = server.start();
    QVERIFY2(url.isValid(), qPrintable(server.lastError()));
    HttpTestClient http(url);
    const HttpTestClient::Headers session = HttpTestClient::session(signIn(http, u"adele.old"_s));
    QCOMPARE(http.get(u"/auth/user/requirements"_s, session).status, 404);
    QCOMPARE(http.get(u"/auth/oauth2/userinfo"_s, session).status, 200);
}

void TestServerVariants::mfaForAnAdminFunction()
{
    ReferenceServer server;
    server.setConfig(u"auth"_s, u"mfa_types"_s, u"sms"_s);
    server.setConfig(u"auth"_s, u"mfa_protected_urls"_s, u"/directory/"_s);
    QVERIFY2(server.addAccounts({account(u"adele.adml"_s, u"Personnel"_s), account(u"adele.pupil"_s)}),
             qPrintable(server.lastError()));
    QVERIFY(server.setFlag(u"adele.adml"_s, u"admin-local"_s, true));
    const QUrl url = server.start();
    QVERIFY2(url.isValid(), qPrintable(server.lastError()));
    HttpTestClient http(url);

    const HttpTestClient::Headers admin = HttpTestClient::session(signIn(http, u"adele.adml"_s));
    const QJsonObject requirements = http.get(u"/auth/user/requirements"_s, admin).json();
    QVERIFY(requirements.value(u"needMfa"_s).toBool());
    QCOMPARE(requirements.value(u"mfaProtectedUrls"_s).toArray(), QJsonArray{u"/directory/"_s});
    const HttpTestClient::Reply mail = http.get(u"/directory/user/mailstate"_s, admin);
    QCOMPARE(mail.status, 302);
    const QByteArray back = QUrl::toPercentEncoding(url.resolved(QUrl(u"/directory/user/mailstate"_s)).toString());
    QCOMPARE(mail.header("Location"),
             url.resolved(QUrl(u"/auth/validate-mfa"_s)).toString().toUtf8() + "?force=true&redirect=" + back);
    // /auth/ is never sent to MFA.
    QCOMPARE(http.get(u"/auth/oauth2/userinfo"_s, admin).status, 200);
    QCOMPARE(http.send("PUT", u"/auth/cgu/revalidate"_s, {}, admin).status, 204);

    const HttpTestClient::Headers pupil = HttpTestClient::session(signIn(http, u"adele.pupil"_s));
    QVERIFY(!http.get(u"/auth/user/requirements"_s, pupil).json().value(u"needMfa"_s).toBool());
    QVERIFY(!http.get(u"/auth/user/requirements"_s, pupil).json().contains(u"mfaProtectedUrls"_s));
    QCOMPARE(http.get(u"/directory/user/mailstate"_s, pupil).status, 200);
}

void TestServerVariants::narrowerClientScope()
{
    ReferenceServer server;
    QVERIFY2(server.addAccount(account(u"adele.scope"_s)), qPrintable(server.lastError()));
    const QString secret = server.addClient(u"narrow"_s, u"userinfo"_s);
    QVERIFY2(!secret.isEmpty(), qPrintable(server.lastError()));
    const QUrl url = server.start();
    QVERIFY2(url.isValid(), qPrintable(server.lastError()));
    HttpTestClient http(url);
    const HttpTestClient::Reply refused =
        http.passwordGrant(u"narrow"_s, secret, u"adele.scope"_s, password, u"userinfo auth directory"_s);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    const HttpTestClient::Reply granted = http.passwordGrant(u"narrow"_s, secret, u"adele.scope"_s, password, u"userinfo"_s);
    QCOMPARE(granted.status, 200);
    const HttpTestClient::Headers bearer{
        {"Authorization", "Bearer " + granted.json().value(u"access_token"_s).toString().toLatin1()}};
    QCOMPARE(http.get(u"/auth/oauth2/userinfo"_s, bearer).status, 200);
    QCOMPARE(http.get(u"/auth/user/requirements"_s, bearer).status, 302); // the token lacks auth
}

QTEST_GUILESS_MAIN(TestServerVariants)
#include "tst_servervariants.moc"
