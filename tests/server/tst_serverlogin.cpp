// The web sign-in of the real leo-ent-server: /auth/context, /auth/login, /auth/logout (ENT protocol §3.1-§3.3, §3.6),
// the login throttle and blocked accounts (ENT protocol §7, made uniform for unknown logins).
#include "support/HttpTestClient.h"
#include "support/ReferenceServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

const QString authenticationFailedFr = u"L&#39;identifiant ou le mot de passe est incorrect."_s;
const QString banFr = u"Pour des raisons de sécurité, votre compte est bloqué temporairement suite à un trop grand "
                      "nombre de tentatives de connexion. Veuillez réessayer ultérieurement."_s;
const QString blockedUserFr =
    u"L&#39;administrateur de votre établissement a bloqué votre accès à votre réseau éducatif. Veuillez le contacter."_s;

// The message of ENT Core's login page: <body ng-init='error = "<message>"; …'>
QString pageError(const HttpTestClient::Reply& reply)
{
    static const QRegularExpression ngInit(u"<body[^>]* ng-init='error = \"([^\"]*)\";"_s);
    return ngInit.match(QString::fromUtf8(reply.body)).captured(1);
}

} // namespace

class TestServerLogin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contextAnswersTheContract();
    void loginPageIsPlainAccessibleHtml();
    void formLoginSetsTheThreeCookies();
    void rememberMeKeepsTheCookiesForAYear();
    void callbackStaysOnThisServer_data();
    void callbackStaysOnThisServer();
    void wrongPasswordAnswersTheLoginPage();
    void messageFollowsAcceptLanguage_data();
    void messageFollowsAcceptLanguage();
    void emptyFieldsAreNotCounted();
    void banIsTheSameForKnownAndUnknownLogins();
    void banDoesNotCareAboutCase();
    void banEndsAndGrows();
    void blockedAccountIsOnlyNamedWithItsPassword();
    void loginPageRedirectsWhenSignedIn();
    void logoutEndsTheServerSession();
    void forgedSessionCookieIsAnonymous();

private:
    HttpTestClient::Reply login(const QString& login,
                                const QString& password,
                                const HttpTestClient::Fields& extra = {},
                                const HttpTestClient::Headers& headers = {});
    static QByteArray sessionCookies(const HttpTestClient::Reply& signedIn);
    QString absolute(const QString& path) const { return m_base.toString() + path; }

    ReferenceServer m_server;
    QUrl m_base;
    std::unique_ptr<HttpTestClient> m_http;
};

void TestServerLogin::initTestCase()
{
    m_server.setConfig(u"auth"_s, u"ban_base_delay_s"_s, 2);
    m_server.setConfig(u"auth"_s, u"ban_max_delay_s"_s, 4);
    const QList<ReferenceServer::Account> accounts = {
        {u"adele.adams"_s,
         u"Adèle"_s,
         u"Adams"_s,
         u"Student"_s,
         u"Lycée Jules Verne"_s,
         u"2nde 3"_s,
         u"adele.adams@example.org"_s,
         {},
         "Adele-2024"},
        {u"ban.target"_s, u"Bastien"_s, u"Target"_s, u"Student"_s, u"Lycée Jules Verne"_s, {}, {}, {}, "Target-2024"},
        {u"case.target"_s, u"Camille"_s, u"Target"_s, u"Student"_s, u"Lycée Jules Verne"_s, {}, {}, {}, "Case-2024"},
        {u"empty.check"_s, u"Emma"_s, u"Check"_s, u"Student"_s, u"Lycée Jules Verne"_s, {}, {}, {}, "Empty-2024"},
        {u"blocked.pupil"_s, u"Blaise"_s, u"Pupil"_s, u"Student"_s, u"Lycée Jules Verne"_s, {}, {}, {}, "Blocked-2024"},
    };
    QVERIFY2(m_server.addAccounts(accounts), qPrintable(m_server.lastError()));
    QVERIFY2(m_server.setBlocked(u"blocked.pupil"_s, true), qPrintable(m_server.lastError()));
    m_base = m_server.start();
    QVERIFY2(m_base.isValid(), qPrintable(m_server.lastError()));
    QCOMPARE(m_base.host(), u"127.0.0.1"_s);
    m_http = std::make_unique<HttpTestClient>(m_base);
}

HttpTestClient::Reply TestServerLogin::login(const QString& login,
                                             const QString& password,
                                             const HttpTestClient::Fields& extra,
                                             const HttpTestClient::Headers& headers)
{
    HttpTestClient::Fields fields = {{u"email"_s, login}, {u"password"_s, password}};
    fields += extra;
    return m_http->post(u"/auth/login"_s, HttpTestClient::form(fields), headers);
}

QByteArray TestServerLogin::sessionCookies(const HttpTestClient::Reply& signedIn)
{
    return QByteArray("oneSessionId=") + signedIn.cookieValue("oneSessionId") + QByteArray("; XSRF-TOKEN=") +
           signedIn.cookieValue("XSRF-TOKEN");
}

void TestServerLogin::contextAnswersTheContract()
{
    const auto reply = m_http->get(u"/auth/context"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), "application/json");
    QCOMPARE(reply.header("Cache-Control"), "no-store");
    QCOMPARE(reply.header("Expires"), "-1");
    QVERIFY(reply.body.startsWith(R"({"callBack":"","cgu":true,"passwordRegex":)"));
    const QJsonObject context = reply.json();
    QCOMPARE(context.value(u"passwordRegex"_s).toString(), u"(?=.*[A-Za-z])(?=.*[0-9]).{8,}"_s);
    QVERIFY(context.value(u"mandatory"_s).isObject());
    for (const QString& key : {u"passwordRegexI18n"_s, u"passwordRegexI18nActivation"_s}) {
        QVERIFY(context.value(key).toObject().value(u"fr"_s).toString().contains(u"8 caractères"_s));
        QVERIFY(context.value(key).toObject().value(u"en"_s).toString().contains(u"8 characters"_s));
    }
    QCOMPARE(context.value(u"mfaConfig"_s).toArray(), QJsonArray());
}

void TestServerLogin::loginPageIsPlainAccessibleHtml()
{
    const auto reply = m_http->get(u"/auth/login?callBack=%2Fapps"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), "text/html; charset=utf-8");
    QCOMPARE(reply.header("Cache-Control"), "no-store");
    QCOMPARE(reply.header("Referrer-Policy"), "no-referrer");
    QCOMPARE(reply.header("X-Content-Type-Options"), "nosniff");
    QVERIFY(reply.header("Content-Security-Policy").startsWith("default-src 'none'; style-src 'sha256-"));
    const QString page = QString::fromUtf8(reply.body);
    QVERIFY(page.contains(u"<html lang=\"fr\">"_s));
    QVERIFY(page.contains(u"<label for=\"email\">Identifiant</label>"_s));
    QVERIFY(page.contains(u"<label for=\"password\">Mot de passe</label>"_s));
    QVERIFY(page.contains(u"ng-init='error = \"\"; callBack = \"/apps\"'"_s));
    QVERIFY(page.contains(u"name=\"callBack\" value=\"/apps\""_s));
    QVERIFY(!page.contains(u"role=\"alert\""_s));
    QVERIFY(!page.contains(u"<script"_s));
    QVERIFY(!page.contains(u"src="_s));
    QVERIFY(!page.contains(u"http"_s));
}

void TestServerLogin::formLoginSetsTheThreeCookies()
{
    const auto reply = login(u"adele.adams"_s, u"Adele-2024"_s, {{u"callBack"_s, u"/timeline/timeline"_s}});
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.header("Location"), absolute(u"/timeline/timeline"_s).toUtf8());
    QCOMPARE(reply.setCookies().size(), 3);

    const QByteArray session = reply.setCookie("oneSessionId");
    QVERIFY2(QRegularExpression(u"^oneSessionId=[0-9a-f-]{36}:[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict$"_s)
                 .match(QString::fromLatin1(session))
                 .hasMatch(),
             session.constData());
    QCOMPARE(reply.setCookie("authenticated"), "authenticated=true; Path=/; SameSite=Strict");
    QVERIFY(
        QRegularExpression(u"^XSRF-TOKEN=[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}; Path=/; "
                           "SameSite=Strict$"_s)
            .match(QString::fromLatin1(reply.setCookie("XSRF-TOKEN")))
            .hasMatch());
    for (const QByteArray& cookie : reply.setCookies()) {
        QVERIFY(!cookie.contains("Max-Age")); // browser-session cookies without rememberMe
        QVERIFY(!cookie.contains("Secure"));  // plain HTTP on loopback
    }
}

void TestServerLogin::rememberMeKeepsTheCookiesForAYear()
{
    const auto reply = login(u"adele.adams"_s, u"Adele-2024"_s, {{u"rememberMe"_s, u"true"_s}});
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.header("Location"), absolute(u"/"_s).toUtf8());
    for (const QByteArrayView name : {"oneSessionId", "authenticated", "XSRF-TOKEN"})
        QVERIFY(reply.setCookie(name).contains("; Max-Age=31536000; "));
}

void TestServerLogin::callbackStaysOnThisServer_data()
{
    QTest::addColumn<QString>("callBack");
    QTest::addColumn<QString>("details");
    QTest::addColumn<QString>("location"); // relative to the server's base URL

    QTest::newRow("none") << QString() << QString() << u"/"_s;
    QTest::newRow("path") << u"/userbook/mon-compte"_s << QString() << u"/userbook/mon-compte"_s;
    QTest::newRow("path with details") << u"/timeline"_s << u"section"_s << u"/timeline#section"_s;
    QTest::newRow("decoded once") << u"%2Fconversation%2Fconversation"_s << QString()
                                  << u"/conversation/conversation"_s;
    QTest::newRow("same origin, absolute") << absolute(u"/userbook"_s) << QString() << u"/userbook"_s;
    QTest::newRow("other host") << u"https://evil.example/steal"_s << QString() << u"/"_s;
    QTest::newRow("scheme-relative") << u"//evil.example/steal"_s << QString() << u"/"_s;
    QTest::newRow("backslash") << u"/\\evil.example"_s << QString() << u"/"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << QString() << u"/"_s;
    QTest::newRow("back to login") << u"/auth/login"_s << QString() << u"/"_s;
}

void TestServerLogin::callbackStaysOnThisServer()
{
    QFETCH(QString, callBack);
    QFETCH(QString, details);
    QFETCH(QString, location);
    HttpTestClient::Fields extra;
    if (!callBack.isNull())
        extra.append({u"callBack"_s, callBack});
    if (!details.isNull())
        extra.append({u"details"_s, details});
    const auto reply = login(u"adele.adams"_s, u"Adele-2024"_s, extra,
                             {{"Host", "evil.example"}, {"X-Forwarded-Host", "evil.example"}});
    QCOMPARE(reply.status, 302);
    QCOMPARE(QString::fromUtf8(reply.header("Location")), absolute(location));
}

void TestServerLogin::wrongPasswordAnswersTheLoginPage()
{
    const auto reply = login(u"adele.adams"_s, u"not-her-password1"_s, {{u"callBack"_s, u"/apps"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), "text/html; charset=utf-8");
    QVERIFY(reply.header("Set-Cookie").isEmpty());
    QCOMPARE(pageError(reply), authenticationFailedFr);
    const QString page = QString::fromUtf8(reply.body);
    QVERIFY(page.contains(u"<p role=\"alert\" id=\"error\">"_s + authenticationFailedFr + u"</p>"_s));
    QVERIFY(page.contains(u"callBack = \"/apps\"'"_s));
}

void TestServerLogin::messageFollowsAcceptLanguage_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QString>("message");
    QTest::newRow("fr-FR") << QByteArray("fr-FR,fr;q=0.9,en;q=0.8") << authenticationFailedFr;
    QTest::newRow("en") << QByteArray("en") << u"Invalid login or password"_s;
    QTest::newRow("en-GB first") << QByteArray("en-GB,fr;q=0.5") << u"Invalid login or password"_s;
    QTest::newRow("de: English") << QByteArray("de-DE") << u"Invalid login or password"_s;
}

void TestServerLogin::messageFollowsAcceptLanguage()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QString, message);
    const auto reply = login(u"nobody.for-languages"_s, u"whatever1"_s, {}, {{"Accept-Language", acceptLanguage}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(pageError(reply), message);
}

void TestServerLogin::emptyFieldsAreNotCounted()
{
    for (int i = 0; i < 7; ++i) {
        const auto reply = login(u"empty.check"_s, QString());
        QCOMPARE(reply.status, 200);
        QCOMPARE(pageError(reply), authenticationFailedFr);
    }
    QCOMPARE(login(u"empty.check"_s, u"Empty-2024"_s).status, 302);
}

void TestServerLogin::banIsTheSameForKnownAndUnknownLogins()
{
    QList<QByteArray> known;
    QList<QByteArray> unknown;
    for (int attempt = 1; attempt <= 7; ++attempt) {
        const auto knownReply = login(u"ban.target"_s, u"guess-%1"_s.arg(attempt));
        const auto unknownReply = login(u"nobody.at-all"_s, u"guess-%1"_s.arg(attempt));
        QCOMPARE(knownReply.status, 200);
        QCOMPARE(unknownReply.status, 200);
        QCOMPARE(pageError(knownReply), attempt <= 5 ? authenticationFailedFr : banFr);
        known.append(knownReply.body);
        unknown.append(unknownReply.body);
    }
    QCOMPARE(known, unknown); // byte for byte: the answers do not tell whether the login exists

    // While banned, even the right password is refused without being checked.
    QCOMPARE(pageError(login(u"ban.target"_s, u"Target-2024"_s)), banFr);
}

void TestServerLogin::banDoesNotCareAboutCase()
{
    const QStringList variants = {u"CASE.TARGET"_s, u"Case.Target"_s, u" case.target"_s, u"case.TARGET "_s,
                                  u"cAsE.tArGeT"_s};
    for (const QString& variant : variants)
        QCOMPARE(pageError(login(variant, u"wrong-guess1"_s)), authenticationFailedFr);
    QCOMPARE(pageError(login(u"case.target"_s, u"Case-2024"_s)), banFr);
}

void TestServerLogin::banEndsAndGrows()
{
    for (int attempt = 1; attempt <= 5; ++attempt)
        login(u"nobody.grows"_s, u"guess-%1"_s.arg(attempt));
    QCOMPARE(pageError(login(u"nobody.grows"_s, u"guess-6"_s)), banFr);
    // Refused attempts do not extend the ban: it ends after ban_base_delay_s (2 s here). QTRY evaluates its
    // condition once more after success, so the attempt is made only while the answer is still the ban.
    QString answer = banFr;
    const auto retryWhileBanned = [&] {
        if (answer == banFr)
            answer = pageError(login(u"nobody.grows"_s, u"guess-again1"_s));
        return answer != banFr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(retryWhileBanned(), 10000);
    QCOMPARE(answer, authenticationFailedFr);
    // After a ban, the next failure bans again at once, for twice as long.
    QCOMPARE(pageError(login(u"nobody.grows"_s, u"guess-again2"_s)), banFr);
}

void TestServerLogin::blockedAccountIsOnlyNamedWithItsPassword()
{
    const auto wrong = login(u"blocked.pupil"_s, u"not-the-password1"_s);
    QCOMPARE(wrong.status, 200);
    QCOMPARE(pageError(wrong), authenticationFailedFr);

    const auto right = login(u"blocked.pupil"_s, u"Blocked-2024"_s);
    QCOMPARE(right.status, 200);
    QCOMPARE(pageError(right), blockedUserFr);
    QVERIFY(right.header("Set-Cookie").isEmpty());
}

void TestServerLogin::loginPageRedirectsWhenSignedIn()
{
    const auto signedIn = login(u"adele.adams"_s, u"Adele-2024"_s);
    QCOMPARE(signedIn.status, 302);
    const auto again = m_http->get(u"/auth/login?callBack=%2Fapps"_s, {{"Cookie", sessionCookies(signedIn)}});
    QCOMPARE(again.status, 302);
    QCOMPARE(QString::fromUtf8(again.header("Location")), absolute(u"/apps"_s));
}

void TestServerLogin::logoutEndsTheServerSession()
{
    const auto signedIn = login(u"adele.adams"_s, u"Adele-2024"_s);
    QCOMPARE(signedIn.status, 302);
    const HttpTestClient::Headers cookie = {{"Cookie", sessionCookies(signedIn)}};
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, cookie).status, 200);

    const auto logout = m_http->get(u"/auth/logout?callback=%2Fbye"_s, cookie);
    QCOMPARE(logout.status, 302);
    QCOMPARE(QString::fromUtf8(logout.header("Location")), absolute(u"/bye"_s));
    QVERIFY(logout.setCookie("oneSessionId").startsWith("oneSessionId=; Max-Age=0; "));
    QVERIFY(logout.setCookie("authenticated").startsWith("authenticated=; Max-Age=0; "));
    QVERIFY(logout.setCookie("XSRF-TOKEN").isEmpty()); // left in place, as ENT Core does

    const auto replayed = m_http->get(u"/auth/oauth2/userinfo"_s, cookie);
    QCOMPARE(replayed.status, 302);
    const QString expected = absolute(u"/auth/login?callback="_s) +
                             QString::fromLatin1(QUrl::toPercentEncoding(absolute(u"/auth/oauth2/userinfo"_s)));
    QCOMPARE(QString::fromUtf8(replayed.header("Location")), expected);
    QVERIFY(replayed.setCookie("oneSessionId").startsWith("oneSessionId=; Max-Age=0; "));

    QCOMPARE(m_http->get(u"/auth/logout"_s).header("Location"), absolute(u"/"_s).toUtf8());
}

void TestServerLogin::forgedSessionCookieIsAnonymous()
{
    const auto signedIn = login(u"adele.adams"_s, u"Adele-2024"_s);
    const QByteArray value = signedIn.cookieValue("oneSessionId");
    const QByteArray id = value.left(value.indexOf(':'));
    const auto withSession = [](const QByteArray& session) {
        return HttpTestClient::Headers{{"Cookie", QByteArray("oneSessionId=") + session}};
    };
    for (const QByteArray& forged :
         {id, QByteArray(id + QByteArray(":AAAA")), QByteArray(QByteArray("x") + value.mid(1))})
        QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, withSession(forged)).status, 302);
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, withSession(value)).status, 200);
}

QTEST_GUILESS_MAIN(TestServerLogin)
#include "tst_serverlogin.moc"
