// The OAuth2 token endpoint (ENT protocol §3.4), userinfo and requirements (ENT protocol §3.5, §3.15) and the filter of
// secured routes (ENT protocol §1.2, §2.4) of the real leo-ent-server.
#include "support/HttpTestClient.h"
#include "support/ReferenceServer.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

QStringList keysOf(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

HttpTestClient::Headers bearer(const QString& token)
{
    return {{"Authorization", QByteArray("Bearer ") + token.toLatin1()}};
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestServerOAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passwordGrantIssuesBearerTokens();
    void clientMayAuthenticateWithFormFields();
    void refreshGivesANewAccessTokenAndANewRefreshToken();
    void reusedRefreshTokenRevokesItsFamily();
    void logoutRevokesTheBearerToken();
    void refreshTokensExpire();
    void tokenErrors_data();
    void tokenErrors();
    void banIsSharedWithTheLoginForm();
    void blockedAccountIsDeniedOnlyWithItsPassword();
    void refreshTokenOfAnotherClientIsRefused();
    void userInfoForTheBrowserSession();
    void userInfoForAnOAuthClient();
    void bearerNeedsTheModuleInItsScope();
    void requirementsNeedAuthentication();
    void xsrfGuardsCookieAuthenticatedPosts();

private:
    HttpTestClient::Reply token(const HttpTestClient::Fields& fields, const HttpTestClient::Headers& headers = {});
    HttpTestClient::Reply passwordGrant(const QString& login, const QString& password, const QString& scope);
    HttpTestClient::Headers basic(const QString& id, const QString& secret) const;
    HttpTestClient::Headers signIn(const QString& login, const QString& password); // the Cookie header

    ReferenceServer m_server;
    QString m_secret;       // client "kiosk": userinfo auth
    QString m_narrowSecret; // client "narrow": userinfo only
    QString m_codeSecret;   // client "code-only": no password grant
    std::unique_ptr<HttpTestClient> m_http;
};

void TestServerOAuth::initTestCase()
{
    const QList<ReferenceServer::Account> accounts = {
        {u"adele.adams"_s, u"Adèle"_s, u"Adams"_s, u"ELEVE"_s, u"Lycée Jules Verne"_s, u"2nde 3"_s,
         u"adele.adams@example.org"_s, u"0600000001"_s, "Adele-2024"},
        {u"helene.durand"_s, u"Hélène"_s, u"Durand"_s, u"Teacher"_s, u"Lycée Condorcet"_s, {}, {}, {}, "Helene-2024"},
        {u"shared.counter"_s, u"Sacha"_s, u"Counter"_s, u"Student"_s, u"Lycée Condorcet"_s, {}, {}, {}, "Shared-2024"},
        {u"blocked.pupil"_s, u"Blaise"_s, u"Pupil"_s, u"Student"_s, u"Lycée Condorcet"_s, {}, {}, {}, "Blocked-2024"},
    };
    QVERIFY2(m_server.addAccounts(accounts), qPrintable(m_server.lastError()));
    QVERIFY2(m_server.setBlocked(u"blocked.pupil"_s, true), qPrintable(m_server.lastError()));
    m_secret = m_server.addClient(u"kiosk"_s, u"userinfo auth"_s);
    m_narrowSecret = m_server.addClient(u"narrow"_s, u"userinfo"_s);
    m_codeSecret = m_server.addClient(u"code-only"_s, u"userinfo"_s, u"authorization_code"_s);
    QVERIFY2(!m_secret.isEmpty() && !m_narrowSecret.isEmpty() && !m_codeSecret.isEmpty(),
             qPrintable(m_server.lastError()));
    const QUrl base = m_server.start();
    QVERIFY2(base.isValid(), qPrintable(m_server.lastError()));
    m_http = std::make_unique<HttpTestClient>(base);
}

HttpTestClient::Headers TestServerOAuth::basic(const QString& id, const QString& secret) const
{
    return {{"Authorization", QByteArray("Basic ") + QString(id + u':' + secret).toUtf8().toBase64()}};
}

HttpTestClient::Reply TestServerOAuth::token(const HttpTestClient::Fields& fields,
                                             const HttpTestClient::Headers& headers)
{
    return m_http->post(u"/auth/oauth2/token"_s, HttpTestClient::form(fields), headers);
}

HttpTestClient::Reply
TestServerOAuth::passwordGrant(const QString& login, const QString& password, const QString& scope)
{
    return token(
        {{u"grant_type"_s, u"password"_s}, {u"username"_s, login}, {u"password"_s, password}, {u"scope"_s, scope}},
        basic(u"kiosk"_s, m_secret));
}

HttpTestClient::Headers TestServerOAuth::signIn(const QString& login, const QString& password)
{
    const auto reply =
        m_http->post(u"/auth/login"_s, HttpTestClient::form({{u"email"_s, login}, {u"password"_s, password}}));
    return {{"Cookie", QByteArray("oneSessionId=") + reply.cookieValue("oneSessionId") + QByteArray("; XSRF-TOKEN=") +
                           reply.cookieValue("XSRF-TOKEN")}};
}

void TestServerOAuth::passwordGrantIssuesBearerTokens()
{
    const auto reply = passwordGrant(u"adele.adams"_s, u"Adele-2024"_s, u"userinfo auth"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), "application/json");
    QCOMPARE(reply.header("Cache-Control"), "no-store");
    QVERIFY2(reply.body.startsWith("{\"token_type\":\"Bearer\",\"access_token\":\""), reply.body.constData());
    const QJsonObject json = reply.json();
    QCOMPARE(json.keys().size(), 5);
    const int order[] = {int(reply.body.indexOf("\"access_token\"")), int(reply.body.indexOf("\"refresh_token\"")),
                         int(reply.body.indexOf("\"expires_in\"")), int(reply.body.indexOf("\"scope\""))};
    QVERIFY(std::is_sorted(std::begin(order), std::end(order)));
    QCOMPARE(json.value(u"expires_in"_s).toInt(), 3600);
    QCOMPARE(json.value(u"scope"_s).toString(), u"userinfo auth"_s);
    QVERIFY(json.value(u"access_token"_s).toString() != json.value(u"refresh_token"_s).toString());

    const auto userInfo = m_http->get(u"/auth/oauth2/userinfo"_s, bearer(json.value(u"access_token"_s).toString()));
    QCOMPARE(userInfo.status, 200);
    QCOMPARE(userInfo.json().value(u"login"_s).toString(), u"adele.adams"_s);
}

void TestServerOAuth::clientMayAuthenticateWithFormFields()
{
    const auto reply = token({{u"grant_type"_s, u"password"_s},
                              {u"client_id"_s, u"kiosk"_s},
                              {u"client_secret"_s, m_secret},
                              {u"username"_s, u"helene.durand"_s},
                              {u"password"_s, u"Helene-2024"_s},
                              {u"scope"_s, u"userinfo"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"scope"_s).toString(), u"userinfo"_s);
}

void TestServerOAuth::refreshGivesANewAccessTokenAndANewRefreshToken()
{
    const QJsonObject first = passwordGrant(u"adele.adams"_s, u"Adele-2024"_s, u"userinfo"_s).json();
    const QString refreshToken = first.value(u"refresh_token"_s).toString();
    const auto refreshed =
        token({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken}}, basic(u"kiosk"_s, m_secret));
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.header("Cache-Control"), "no-store");
    QVERIFY(refreshed.body.startsWith("{\"token_type\":\"Bearer\",\"access_token\":\""));
    const QJsonObject second = refreshed.json();
    // Stricter than ENT Core: the refresh token rotates on use.
    const QString rotated = second.value(u"refresh_token"_s).toString();
    QVERIFY(!rotated.isEmpty() && rotated != refreshToken);
    QCOMPARE(second.value(u"scope"_s).toString(), u"userinfo"_s);
    QCOMPARE(second.value(u"expires_in"_s).toInt(), 3600);
    const QString access = second.value(u"access_token"_s).toString();
    QVERIFY(access != first.value(u"access_token"_s).toString());
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, bearer(access)).status, 200);
    const auto again =
        token({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, rotated}}, basic(u"kiosk"_s, m_secret));
    QCOMPARE(again.status, 200);
}

// A retired refresh token presented again means that two parties hold it: the whole authorisation goes, with the
// current refresh token and every access token, and the answer is the one for an unknown token (ENT Core's wire).
void TestServerOAuth::reusedRefreshTokenRevokesItsFamily()
{
    const QJsonObject first = passwordGrant(u"adele.adams"_s, u"Adele-2024"_s, u"userinfo"_s).json();
    const QString original = first.value(u"refresh_token"_s).toString();
    const auto refresh = [&](const QString& refreshToken) {
        return token({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken}},
                     basic(u"kiosk"_s, m_secret));
    };
    const QJsonObject second = refresh(original).json();
    const QString current = second.value(u"refresh_token"_s).toString();
    const QString access = second.value(u"access_token"_s).toString();
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, bearer(access)).status, 200);

    const auto reused = refresh(original);
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.body, QByteArray(R"({"error":"invalid_grant","error_description":"Refresh token is invalid."})"));
    QCOMPARE(refresh(current).status, 401);
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, bearer(access)).status, 302);
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, bearer(first.value(u"access_token"_s).toString())).status, 302);
}

// Stricter than ENT Core (ENT protocol §3.3): GET /auth/logout with a bearer token revokes it with its refresh token.
void TestServerOAuth::logoutRevokesTheBearerToken()
{
    const QJsonObject issued = passwordGrant(u"adele.adams"_s, u"Adele-2024"_s, u"userinfo"_s).json();
    const QString access = issued.value(u"access_token"_s).toString();
    const auto other = passwordGrant(u"adele.adams"_s, u"Adele-2024"_s, u"userinfo"_s).json();
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, bearer(access)).status, 200);

    const auto logout = m_http->get(u"/auth/logout"_s, bearer(access));
    QCOMPARE(logout.status, 302);
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, bearer(access)).status, 302);
    const auto refreshed = token(
        {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, issued.value(u"refresh_token"_s).toString()}},
        basic(u"kiosk"_s, m_secret));
    QCOMPARE(refreshed.status, 401);
    // Another sign-in of the same account keeps its token.
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, bearer(other.value(u"access_token"_s).toString())).status, 200);
}

// A refresh token unused for oauth/refresh_token_ttl_s (3 s on a server of its own) expires; each use gives a new one
// with a fresh lifetime. The store counts in whole seconds: the waits leave a second of margin either way.
void TestServerOAuth::refreshTokensExpire()
{
    ReferenceServer server;
    server.setConfig(u"oauth"_s, u"refresh_token_ttl_s"_s, 3);
    QVERIFY2(
        server.addAccount(
            {u"ttl.pupil"_s, u"Tess"_s, u"Ttl"_s, u"Student"_s, u"Lycée Condorcet"_s, {}, {}, {}, "Ttl-Pupil-2024"}),
        qPrintable(server.lastError()));
    const QString secret = server.addClient(u"kiosk"_s, u"userinfo"_s);
    QVERIFY2(!secret.isEmpty() && server.start().isValid(), qPrintable(server.lastError()));
    HttpTestClient http(server.url());
    const HttpTestClient::Headers client = {
        {"Authorization", QByteArray("Basic ") + QString(u"kiosk:"_s + secret).toUtf8().toBase64()}};
    const auto refresh = [&](const QString& refreshToken) {
        return http.post(
            u"/auth/oauth2/token"_s,
            HttpTestClient::form({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken}}), client);
    };
    const auto issued = http.post(u"/auth/oauth2/token"_s,
                                  HttpTestClient::form({{u"grant_type"_s, u"password"_s},
                                                        {u"username"_s, u"ttl.pupil"_s},
                                                        {u"password"_s, u"Ttl-Pupil-2024"_s},
                                                        {u"scope"_s, u"userinfo"_s}}),
                                  client);
    QCOMPARE(issued.status, 200);
    QTest::qWait(1500);
    const auto renewed = refresh(issued.json().value(u"refresh_token"_s).toString());
    QCOMPARE(renewed.status, 200);
    QTest::qWait(1700); // past the first token's lifetime, within the renewed one's
    const auto again = refresh(renewed.json().value(u"refresh_token"_s).toString());
    QCOMPARE(again.status, 200);
    QTest::qWait(3200); // past the lifetime of the last one
    const auto expired = refresh(again.json().value(u"refresh_token"_s).toString());
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.body, QByteArray(R"({"error":"invalid_grant","error_description":"Refresh token is invalid."})"));
}

void TestServerOAuth::tokenErrors_data()
{
    QTest::addColumn<HttpTestClient::Fields>("fields");
    QTest::addColumn<bool>("basicAuth");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    const HttpTestClient::Fields password = {
        {u"grant_type"_s, u"password"_s}, {u"username"_s, u"adele.adams"_s}, {u"password"_s, u"Adele-2024"_s}};
    const auto without = [](HttpTestClient::Fields fields, const QString& name) {
        fields.removeIf([&](const auto& field) { return field.first == name; });
        return fields;
    };
    const auto with = [](HttpTestClient::Fields fields, const QString& name, const QString& value) {
        fields.removeIf([&](const auto& field) { return field.first == name; });
        fields.append({name, value});
        return fields;
    };

    QTest::newRow("no grant_type")
        << without(password, u"grant_type"_s) << true << 400
        << QByteArray(R"({"error":"invalid_request","error_description":"'grant_type' not found"})");
    QTest::newRow("unknown grant") << with(password, u"grant_type"_s, u"magic"_s) << true << 400
                                   << QByteArray(R"({"error":"unsupported_grant_type"})");
    QTest::newRow("no client_id") << password << false << 400
                                  << QByteArray(
                                         R"({"error":"invalid_request","error_description":"'client_id' not found"})");
    QTest::newRow("no client_secret")
        << with(password, u"client_id"_s, u"kiosk"_s) << false << 400
        << QByteArray(R"({"error":"invalid_request","error_description":"'client_secret' not found"})");
    QTest::newRow("no username") << without(password, u"username"_s) << true << 400
                                 << QByteArray(
                                        R"({"error":"invalid_request","error_description":"'username' not found"})");
    QTest::newRow("no password") << without(password, u"password"_s) << true << 400
                                 << QByteArray(
                                        R"({"error":"invalid_request","error_description":"'password' not found"})");
    QTest::newRow("no refresh_token")
        << HttpTestClient::Fields{{u"grant_type"_s, u"refresh_token"_s}} << true << 400
        << QByteArray(R"({"error":"invalid_request","error_description":"'refresh_token' not found"})");
    QTest::newRow("wrong client secret") << with(with(password, u"client_id"_s, u"kiosk"_s), u"client_secret"_s,
                                                 u"nope"_s)
                                         << false << 401 << QByteArray(R"({"error":"invalid_client"})");
    QTest::newRow("unknown client") << with(with(password, u"client_id"_s, u"ghost"_s), u"client_secret"_s, u"nope"_s)
                                    << false << 401 << QByteArray(R"({"error":"invalid_client"})");
    QTest::newRow("wrong password")
        << with(password, u"password"_s, u"not-hers-1"_s) << true << 401
        << QByteArray(R"({"error":"access_denied","error_description":"auth.error.authenticationFailed"})");
    QTest::newRow("unknown login")
        << with(password, u"username"_s, u"nobody.here"_s) << true << 401
        << QByteArray(R"({"error":"access_denied","error_description":"auth.error.authenticationFailed"})");
    QTest::newRow("empty password")
        << with(password, u"password"_s, QString()) << true << 401
        << QByteArray(R"({"error":"access_denied","error_description":"auth.error.authenticationFailed"})");
    QTest::newRow("scope not registered") << with(password, u"scope"_s, u"userinfo directory"_s) << true << 401
                                          << QByteArray(R"({"error":"invalid_grant"})");
    QTest::newRow("unknown refresh token")
        << HttpTestClient::Fields{{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, u"not-a-token"_s}} << true
        << 401 << QByteArray(R"({"error":"invalid_grant","error_description":"Refresh token is invalid."})");
}

void TestServerOAuth::tokenErrors()
{
    QFETCH(HttpTestClient::Fields, fields);
    QFETCH(bool, basicAuth);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const auto reply = token(fields, basicAuth ? basic(u"kiosk"_s, m_secret) : HttpTestClient::Headers());
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Type"), "application/json");
    QCOMPARE(reply.body, body);
}

void TestServerOAuth::banIsSharedWithTheLoginForm()
{
    for (int attempt = 1; attempt <= 3; ++attempt) {
        const auto form = m_http->post(
            u"/auth/login"_s, HttpTestClient::form({{u"email"_s, u"shared.counter"_s}, {u"password"_s, u"guess-1"_s}}));
        QCOMPARE(form.status, 200);
    }
    for (int attempt = 4; attempt <= 5; ++attempt)
        QCOMPARE(passwordGrant(u"shared.counter"_s, u"guess-2"_s, u"userinfo"_s)
                     .json()
                     .value(u"error_description"_s)
                     .toString(),
                 u"auth.error.authenticationFailed"_s);
    const auto banned = passwordGrant(u"shared.counter"_s, u"Shared-2024"_s, u"userinfo"_s);
    QCOMPARE(banned.status, 401);
    QCOMPARE(banned.body, R"({"error":"access_denied","error_description":"auth.error.ban"})");
}

void TestServerOAuth::blockedAccountIsDeniedOnlyWithItsPassword()
{
    QCOMPARE(passwordGrant(u"blocked.pupil"_s, u"wrong-guess1"_s, u"userinfo"_s).body,
             R"({"error":"access_denied","error_description":"auth.error.authenticationFailed"})");
    const auto right = passwordGrant(u"blocked.pupil"_s, u"Blocked-2024"_s, u"userinfo"_s);
    QCOMPARE(right.status, 401);
    QCOMPARE(right.body, R"({"error":"access_denied","error_description":"auth.error.blockedUser"})");
}

void TestServerOAuth::refreshTokenOfAnotherClientIsRefused()
{
    const QString refreshToken =
        passwordGrant(u"adele.adams"_s, u"Adele-2024"_s, u"userinfo"_s).json().value(u"refresh_token"_s).toString();
    const HttpTestClient::Fields fields = {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken}};
    const auto other = token(fields, basic(u"narrow"_s, m_narrowSecret));
    QCOMPARE(other.status, 401);
    QCOMPARE(other.body, R"({"error":"invalid_client"})");

    // The grant type of the client is only checked for the password grant, as in ENT Core.
    const auto noPasswordGrant =
        token({{u"grant_type"_s, u"password"_s}, {u"username"_s, u"adele.adams"_s}, {u"password"_s, u"Adele-2024"_s}},
              basic(u"code-only"_s, m_codeSecret));
    QCOMPARE(noPasswordGrant.status, 401);
    QCOMPARE(noPasswordGrant.body, R"({"error":"invalid_client"})");
}

void TestServerOAuth::userInfoForTheBrowserSession()
{
    const auto reply = m_http->get(u"/auth/oauth2/userinfo"_s, signIn(u"adele.adams"_s, u"Adele-2024"_s));
    QCOMPARE(reply.status, 200);
    const QJsonObject user = reply.json();
    QCOMPARE(keysOf(user),
             sorted({u"userId"_s, u"login"_s, u"username"_s, u"firstName"_s, u"lastName"_s, u"type"_s, u"email"_s,
                     u"mobile"_s, u"structures"_s, u"structureNames"_s, u"classes"_s, u"classNames"_s,
                     u"forceChangePassword"_s, u"needRevalidateTerms"_s, u"hasPw"_s, u"federated"_s}));
    QCOMPARE(user.value(u"login"_s).toString(), u"adele.adams"_s);
    QCOMPARE(user.value(u"username"_s).toString(), u"Adèle Adams"_s);
    QCOMPARE(user.value(u"firstName"_s).toString(), u"Adèle"_s);
    QCOMPARE(user.value(u"type"_s).toString(), u"ELEVE"_s);
    QCOMPARE(user.value(u"email"_s).toString(), u"adele.adams@example.org"_s);
    QCOMPARE(user.value(u"mobile"_s).toString(), u"0600000001"_s);
    QCOMPARE(user.value(u"structureNames"_s).toArray(), QJsonArray{u"Lycée Jules Verne"_s});
    // ENT Core's shape (ENT protocol §17 item 7): the class's external id, "<structure>$<name>", and no
    // realClassesNames in the default v1.0 representation (keysOf above).
    QCOMPARE(user.value(u"structures"_s).toArray().size(), 1);
    const QString classExternalId = user.value(u"structures"_s).toArray().at(0).toString() + u"$2nde 3"_s;
    QCOMPARE(user.value(u"classNames"_s).toArray(), QJsonArray{classExternalId});
    QCOMPARE(user.value(u"classes"_s).toArray().size(), 1);
    QCOMPARE(user.value(u"hasPw"_s).toBool(), true);
    QCOMPARE(user.value(u"federated"_s).toBool(true), false);
    QCOMPARE(user.value(u"forceChangePassword"_s).toBool(true), false);

    const auto teacher = m_http->get(u"/auth/oauth2/userinfo"_s, signIn(u"helene.durand"_s, u"Helene-2024"_s)).json();
    QCOMPARE(teacher.value(u"type"_s).toString(), u"ENSEIGNANT"_s);
    QCOMPARE(teacher.value(u"classNames"_s).toArray(), QJsonArray());
    QVERIFY(teacher.value(u"email"_s).isNull());
}

void TestServerOAuth::userInfoForAnOAuthClient()
{
    const QString access =
        passwordGrant(u"adele.adams"_s, u"Adele-2024"_s, u"userinfo"_s).json().value(u"access_token"_s).toString();
    const auto reply = m_http->get(u"/auth/oauth2/userinfo"_s, bearer(access));
    QCOMPARE(reply.status, 200);
    const QJsonObject user = reply.json();
    QCOMPARE(keysOf(user), sorted({u"userId"_s, u"login"_s, u"username"_s, u"firstName"_s, u"lastName"_s, u"type"_s,
                                   u"email"_s, u"mobile"_s, u"forceChangePassword"_s, u"needRevalidateTerms"_s,
                                   u"hasPw"_s, u"classId"_s, u"schoolName"_s}));
    // ENT Core puts the first of classNames there: an external id, "<structure>$<name>".
    QVERIFY2(user.value(u"classId"_s).toString().endsWith(u"$2nde 3"_s), qPrintable(user.value(u"classId"_s).toString()));
    QVERIFY(!user.value(u"classId"_s).toString().startsWith(u'$'));
    QCOMPARE(user.value(u"schoolName"_s).toString(), u"Lycée Jules Verne"_s);

    const auto post = m_http->post(u"/auth/oauth2/userinfo"_s, {}, bearer(access));
    QCOMPARE(post.status, 200); // a bearer request needs no XSRF token
}

void TestServerOAuth::bearerNeedsTheModuleInItsScope()
{
    const auto tokenFor = [&](const QString& scope) {
        return passwordGrant(u"adele.adams"_s, u"Adele-2024"_s, scope)
            .json()
            .value(u"access_token"_s)
            .toString()
            .toLatin1();
    };
    const QByteArray authOnly = tokenFor(u"auth"_s);
    const QByteArray noScope = tokenFor(QString());
    for (const QByteArray& refused : {authOnly, noScope, QByteArray("not-a-token")}) {
        const auto reply = m_http->get(u"/auth/oauth2/userinfo"_s, bearer(QString::fromLatin1(refused)));
        QCOMPARE(reply.status, 302);
        QVERIFY(reply.header("Location").contains("/auth/login?callback="));
        QVERIFY(reply.header("Set-Cookie").isEmpty()); // no session cookie was presented
    }
    QCOMPARE(m_http->get(u"/auth/user/requirements"_s, bearer(QString::fromLatin1(authOnly))).status, 200);
}

void TestServerOAuth::requirementsNeedAuthentication()
{
    const auto anonymous = m_http->get(u"/auth/user/requirements"_s);
    QCOMPARE(anonymous.status, 302);
    QCOMPARE(
        QString::fromUtf8(anonymous.header("Location")),
        m_server.url().toString() + u"/auth/login?callback="_s +
            QString::fromLatin1(QUrl::toPercentEncoding(m_server.url().toString() + u"/auth/user/requirements"_s)));

    const auto reply = m_http->get(u"/auth/user/requirements"_s, signIn(u"adele.adams"_s, u"Adele-2024"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, R"({"forceChangePassword":false,"needRevalidateTerms":false,"needRevalidateEmail":false,)"
                         R"("needRevalidateMobile":false,"needMfa":false})");
    const QByteArray userInfoScoped = passwordGrant(u"adele.adams"_s, u"Adele-2024"_s, u"userinfo"_s)
                                          .json()
                                          .value(u"access_token"_s)
                                          .toString()
                                          .toLatin1();
    QCOMPARE(m_http->get(u"/auth/user/requirements"_s, bearer(QString::fromLatin1(userInfoScoped))).status, 302);
}

void TestServerOAuth::xsrfGuardsCookieAuthenticatedPosts()
{
    const HttpTestClient::Headers cookie = signIn(u"adele.adams"_s, u"Adele-2024"_s);
    const QByteArray cookies = cookie.first().second;
    const QByteArray xsrf = cookies.mid(cookies.indexOf("XSRF-TOKEN=") + 11);

    for (const HttpTestClient::Headers& refused :
         {cookie, HttpTestClient::Headers(cookie) << qMakePair(QByteArray("X-XSRF-TOKEN"), QByteArray("forged"))}) {
        const auto reply = m_http->post(u"/auth/oauth2/userinfo"_s, {}, refused);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.body, R"({"error":"invalid.xsrf.token"})");
    }
    const auto allowed = m_http->post(u"/auth/oauth2/userinfo"_s, {},
                                      HttpTestClient::Headers(cookie) << qMakePair(QByteArray("X-XSRF-TOKEN"), xsrf));
    QCOMPARE(allowed.status, 200);
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, cookie).status, 200); // GET needs no token
}

QTEST_GUILESS_MAIN(TestServerOAuth)
#include "tst_serveroauth.moc"
