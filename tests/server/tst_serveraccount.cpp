// "Mon compte" on the real leo-ent-server (ENT protocol §1.2, §2.3, §2.4, §3.13-§3.15; ENT protocol §16), every
// e-mail going through a real SMTP relay (SmtpSink): the password changed by the signed-in user (XSRF, own login,
// ban, history; the calling session or bearer token kept, the other sessions and tokens dropped), DELETE
// /auth/sessions, the required steps (forced change and its redirect, terms accepted again), and the recovery address
// proven by a mailed code (tries, expiry, the warning to the previous address, the session re-created).
#include "support/HttpTestClient.h"
#include "support/RecoveryMail.h"
#include "support/ReferenceServer.h"
#include "support/SmtpSink.h"

#include <QHash>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <utility>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

const QString publicUrl = u"https://ent.leo.test"_s;
const QString invalidArgumentFr = u"Le formulaire contient des erreurs. Veuillez vérifier que le nouveau mot de passe "
                                  "n'a pas déjà été utilisé et que les deux saisies sont identiques."_s;
const QString resetErrorFr = invalidArgumentFr;
const QString banFr = u"Pour des raisons de sécurité, votre compte est bloqué temporairement suite à un trop grand "
                      "nombre de tentatives de connexion. Veuillez réessayer ultérieurement."_s;

ReferenceServer::Account pupil(const QString& login, const QByteArray& password, const QString& email = {})
{
    const QString first = login.section(u'.', 0, 0);
    return {login,
            first.left(1).toUpper() + first.mid(1),
            login.section(u'.', 1),
            u"Student"_s,
            u"Lycée Jules Verne"_s,
            u"2nde 3"_s,
            email.isEmpty() ? login + u"@example.org"_s : email,
            {},
            password};
}

QString errorMessage(const HttpTestClient::Reply& reply)
{
    return reply.json().value(u"error"_s).toObject().value(u"message"_s).toString();
}

// The cookies a browser holds for the server, kept up to date with what each answer sets.
struct Browser
{
    QByteArray sessionId;
    QByteArray xsrf;

    static Browser of(const HttpTestClient::Reply& signedIn)
    {
        return {signedIn.cookieValue("oneSessionId"), signedIn.cookieValue("XSRF-TOKEN")};
    }
    HttpTestClient::Headers headers(bool withXsrfHeader = true) const
    {
        HttpTestClient::Headers all = {{"Cookie", "oneSessionId=" + sessionId + "; XSRF-TOKEN=" + xsrf}};
        if (withXsrfHeader)
            all.append({"X-XSRF-TOKEN", xsrf});
        return all;
    }
    void take(const HttpTestClient::Reply& reply)
    {
        if (const QByteArray renewed = reply.cookieValue("oneSessionId"); !renewed.isEmpty())
            sessionId = renewed;
    }
};

HttpTestClient::Headers bearer(const HttpTestClient::Reply& issued)
{
    return {{"Authorization", "Bearer " + issued.json().value(u"access_token"_s).toString().toLatin1()}};
}

} // namespace

class TestServerAccount final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changePasswordKeepsOnlyThisSession();
    void changePasswordChecksItsCaller();
    void changePasswordRefusals();
    void wrongCurrentPasswordsCountTowardsTheBan();
    void changePasswordByBearerToken();
    void endOtherSessions();
    void requirementsFollowTheFlags();
    void forcedChangeRedirectsSecuredRoutes();
    void forcedFlagClearsWithChangePassword();
    void termsAcceptedAgain();
    void mailStateEndToEnd();
    void wrongCodesOutdateTheRequest();
    void mailStateChecksBodies();
    void mailStateByBearerNeedsTheDirectoryScope();
    void codeRequestsAreLimited();
    void codeExpires();

private:
    HttpTestClient::Reply signIn(const QString& login, const QString& password);
    HttpTestClient::Reply token(const QString& login, const QString& password, const QString& client = u"kiosk"_s);
    HttpTestClient::Reply refresh(const HttpTestClient::Reply& issued, const QString& client = u"kiosk"_s);
    HttpTestClient::Reply changePassword(const HttpTestClient::Headers& headers, const HttpTestClient::Fields& fields);
    HttpTestClient::Reply requestCode(const HttpTestClient::Headers& headers, const QByteArray& body);
    HttpTestClient::Reply submitCode(const HttpTestClient::Headers& headers, const QString& key);
    QString mailedCode(const RecoveryMail& mail) const;
    QString at(const QString& path) const { return publicUrl + path; }

    SmtpSink m_sink;
    ReferenceServer m_server;
    QHash<QString, QString> m_secrets; // client id -> secret
    std::unique_ptr<HttpTestClient> m_http;
};

void TestServerAccount::initTestCase()
{
    QVERIFY2(m_sink.start(), qPrintable(m_sink.lastError()));
    m_server.setConfig(u"server"_s, u"public_url"_s, publicUrl);
    m_server.setConfig(u"mail"_s, u"smtp_url"_s, u"smtp://127.0.0.1:%1"_s.arg(m_sink.port()));
    m_server.setConfig(u"mail"_s, u"starttls"_s, u"none"_s);
    m_server.setConfig(u"mail"_s, u"from"_s, u"noreply@ent.leo.test"_s);
    m_server.setConfig(u"auth"_s, u"ban_base_delay_s"_s, 60);
    const QList<ReferenceServer::Account> accounts = {
        pupil(u"cp.main"_s, "Main-2024"),        pupil(u"cp.checks"_s, "Checks-2024"),
        pupil(u"cp.other"_s, "Other-2024"),      pupil(u"cp.ban"_s, "Ban-2024"),
        pupil(u"cp.bearer"_s, "Bearer-2024"),    pupil(u"sess.target"_s, "Sessions-2024"),
        pupil(u"req.target"_s, "Required-2024"), pupil(u"req.forced"_s, "Forced-2024"),
        pupil(u"req.change"_s, "Change-2024"),   pupil(u"ms.target"_s, "Mail-2024", u"ms.old@example.org"_s),
        pupil(u"ms.tries"_s, "Tries-2024"),      pupil(u"ms.schema"_s, "Schema-2024"),
        pupil(u"ms.bearer"_s, "Bearer-2024"),    pupil(u"ms.limit"_s, "Limit-2024"),
    };
    QVERIFY2(m_server.addAccounts(accounts), qPrintable(m_server.lastError()));
    for (const auto& [id, scope] : QList<std::pair<QString, QString>>{{u"kiosk"_s, u"userinfo auth"_s},
                                                                      {u"app"_s, u"userinfo auth directory"_s}}) {
        m_secrets.insert(id, m_server.addClient(id, scope));
        QVERIFY2(!m_secrets.value(id).isEmpty(), qPrintable(m_server.lastError()));
    }
    const QUrl base = m_server.start();
    QVERIFY2(base.isValid(), qPrintable(m_server.lastError()));
    m_http = std::make_unique<HttpTestClient>(base);
}

HttpTestClient::Reply TestServerAccount::signIn(const QString& login, const QString& password)
{
    return m_http->post(u"/auth/login"_s, HttpTestClient::form({{u"email"_s, login}, {u"password"_s, password}}));
}

HttpTestClient::Reply TestServerAccount::token(const QString& login, const QString& password, const QString& client)
{
    return m_http->passwordGrant(client, m_secrets.value(client), login, password,
                                 client == u"app"_s ? u"userinfo auth directory"_s : u"userinfo auth"_s);
}

HttpTestClient::Reply TestServerAccount::refresh(const HttpTestClient::Reply& issued, const QString& client)
{
    return m_http->post(
        u"/auth/oauth2/token"_s,
        HttpTestClient::form({{u"grant_type"_s, u"refresh_token"_s},
                              {u"client_id"_s, client},
                              {u"client_secret"_s, m_secrets.value(client)},
                              {u"refresh_token"_s, issued.json().value(u"refresh_token"_s).toString()}}));
}

HttpTestClient::Reply TestServerAccount::changePassword(const HttpTestClient::Headers& headers,
                                                        const HttpTestClient::Fields& fields)
{
    return m_http->post(u"/auth/changePassword"_s, HttpTestClient::form(fields), headers);
}

HttpTestClient::Reply TestServerAccount::requestCode(const HttpTestClient::Headers& headers, const QByteArray& body)
{
    HttpTestClient::Headers all = headers;
    all.emplaceBack("Content-Type", "application/json; charset=utf-8");
    return m_http->send("PUT", u"/directory/user/mailstate"_s, body, all);
}

HttpTestClient::Reply TestServerAccount::submitCode(const HttpTestClient::Headers& headers, const QString& key)
{
    return m_http->post(u"/directory/user/mailstate"_s, HttpTestClient::json({{u"key"_s, key}}), headers,
                        "application/json; charset=utf-8");
}

QString TestServerAccount::mailedCode(const RecoveryMail& mail) const
{
    return QRegularExpression(u"le code suivant : (\\d{6})\\n"_s).match(mail.body()).captured(1);
}

void TestServerAccount::changePasswordKeepsOnlyThisSession()
{
    const auto here = signIn(u"cp.main"_s, u"Main-2024"_s);
    const auto elsewhere = signIn(u"cp.main"_s, u"Main-2024"_s);
    const auto issued = token(u"cp.main"_s, u"Main-2024"_s);
    QCOMPARE(here.status, 302);
    QCOMPARE(elsewhere.status, 302);
    QCOMPARE(issued.status, 200);

    const int before = int(m_sink.messages().size());
    const auto changed = changePassword(HttpTestClient::session(here), {{u"login"_s, u"cp.main"_s},
                                                                        {u"oldPassword"_s, u"Main-2024"_s},
                                                                        {u"password"_s, u"Main-2025"_s},
                                                                        {u"confirmPassword"_s, u"Main-2025"_s},
                                                                        {u"callback"_s, u"/userbook/mon-compte"_s}});
    QCOMPARE(changed.status, 302);
    QCOMPARE(QString::fromUtf8(changed.header("Location")), at(u"/userbook/mon-compte"_s));
    QVERIFY(changed.header("Set-Cookie").isEmpty()); // this session goes on

    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, HttpTestClient::session(here)).status, 200);
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, HttpTestClient::session(elsewhere)).status, 302);
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, bearer(issued)).status, 302);
    const auto refreshed =
        m_http->post(u"/auth/oauth2/token"_s,
                     HttpTestClient::form({{u"grant_type"_s, u"refresh_token"_s},
                                           {u"client_id"_s, u"kiosk"_s},
                                           {u"client_secret"_s, m_secrets.value(u"kiosk"_s)},
                                           {u"refresh_token"_s, issued.json().value(u"refresh_token"_s).toString()}}));
    QCOMPARE(refreshed.status, 401);
    QCOMPARE(signIn(u"cp.main"_s, u"Main-2024"_s).status, 200);
    QCOMPARE(signIn(u"cp.main"_s, u"Main-2025"_s).status, 302);
    const RecoveryMail mail = RecoveryMail::waitForMailTo(m_sink, before, "cp.main@example.org");
    QCOMPARE(mail.subject(), u"Mot de passe modifié - ENT LEO"_s);

    // Without a callback: the login page, as ENT Core; a previous password is refused (history).
    const auto back = changePassword(HttpTestClient::session(here), {{u"login"_s, u"cp.main"_s},
                                                                     {u"oldPassword"_s, u"Main-2025"_s},
                                                                     {u"password"_s, u"Main-2024"_s},
                                                                     {u"confirmPassword"_s, u"Main-2024"_s}});
    QCOMPARE(back.status, 200);
    QCOMPARE(errorMessage(back), resetErrorFr);
    const auto again = changePassword(HttpTestClient::session(here), {{u"login"_s, u"cp.main"_s},
                                                                      {u"oldPassword"_s, u"Main-2025"_s},
                                                                      {u"password"_s, u"Main-2026"_s},
                                                                      {u"confirmPassword"_s, u"Main-2026"_s}});
    QCOMPARE(again.status, 302);
    QCOMPARE(QString::fromUtf8(again.header("Location")), at(u"/auth/login"_s));
}

void TestServerAccount::changePasswordChecksItsCaller()
{
    const auto signedIn = signIn(u"cp.checks"_s, u"Checks-2024"_s);
    const HttpTestClient::Fields fields = {{u"login"_s, u"cp.checks"_s},
                                           {u"oldPassword"_s, u"Checks-2024"_s},
                                           {u"password"_s, u"Checks-2025"_s},
                                           {u"confirmPassword"_s, u"Checks-2025"_s}};
    const auto noHeader = changePassword(HttpTestClient::session(signedIn, false), fields);
    QCOMPARE(noHeader.status, 403);
    QCOMPARE(noHeader.body, R"({"error":"invalid.xsrf.token"})");
    HttpTestClient::Headers forged = HttpTestClient::session(signedIn, false);
    forged.emplaceBack("X-XSRF-TOKEN", "forged");
    QCOMPARE(changePassword(forged, fields).status, 403);
    const auto anonymous = changePassword({}, fields);
    QCOMPARE(anonymous.status, 302);
    QCOMPARE(QString::fromUtf8(anonymous.header("Location")),
             at(u"/auth/login?callback=https%3A%2F%2Fent.leo.test%2Fauth%2FchangePassword"_s));
    QCOMPARE(signIn(u"cp.checks"_s, u"Checks-2024"_s).status, 302); // nothing changed
}

void TestServerAccount::changePasswordRefusals()
{
    const auto signedIn = signIn(u"cp.checks"_s, u"Checks-2024"_s);
    const auto change = [&](const QString& login, const QString& old, const QString& password,
                            const QString& confirmation) {
        return changePassword(HttpTestClient::session(signedIn), {{u"login"_s, login},
                                                                  {u"oldPassword"_s, old},
                                                                  {u"password"_s, password},
                                                                  {u"confirmPassword"_s, confirmation}});
    };
    const auto mismatch = change(u"cp.checks"_s, u"Checks-2024"_s, u"Checks-2025"_s, u"Checks-2026"_s);
    QCOMPARE(mismatch.status, 200);
    QCOMPARE(mismatch.header("Content-Type"), "application/json");
    QCOMPARE(mismatch.body, QByteArray(R"({"error":{"message":")" + invalidArgumentFr.toUtf8() + R"("}})"));
    QCOMPARE(errorMessage(change(u"cp.checks"_s, u"Checks-2024"_s, u"court"_s, u"court"_s)), invalidArgumentFr);
    QCOMPARE(errorMessage(change(u"cp.checks"_s, u"Checks-2024"_s, u"Checks-2024"_s, u"Checks-2024"_s)),
             invalidArgumentFr); // old = new
    QCOMPARE(errorMessage(change({}, u"Checks-2024"_s, u"Checks-2025"_s, u"Checks-2025"_s)), invalidArgumentFr);
    const auto english =
        changePassword(HttpTestClient::session(signedIn) + HttpTestClient::Headers{{"Accept-Language", "en"}},
                       {{u"login"_s, u"cp.checks"_s},
                        {u"oldPassword"_s, u"Not-it-2024"_s},
                        {u"password"_s, u"Checks-2025"_s},
                        {u"confirmPassword"_s, u"Checks-2025"_s}});
    QCOMPARE(errorMessage(english), u"Reset error"_s);
    // Stricter than ENT Core: a session changes its own password only, whatever it knows of another account's.
    const auto other = change(u"cp.other"_s, u"Other-2024"_s, u"Other-2025"_s, u"Other-2025"_s);
    QCOMPARE(other.status, 200);
    QCOMPARE(errorMessage(other), resetErrorFr);
    QCOMPARE(signIn(u"cp.other"_s, u"Other-2024"_s).status, 302);
    QCOMPARE(signIn(u"cp.checks"_s, u"Checks-2024"_s).status, 302);
}

void TestServerAccount::wrongCurrentPasswordsCountTowardsTheBan()
{
    const auto signedIn = signIn(u"cp.ban"_s, u"Ban-2024"_s);
    for (int i = 1; i <= 5; ++i) {
        const auto wrong = changePassword(HttpTestClient::session(signedIn), {{u"login"_s, u"cp.ban"_s},
                                                                              {u"oldPassword"_s, u"Guess-%1"_s.arg(i)},
                                                                              {u"password"_s, u"Ban-2025"_s},
                                                                              {u"confirmPassword"_s, u"Ban-2025"_s}});
        QCOMPARE(errorMessage(wrong), resetErrorFr);
    }
    const auto banned = changePassword(HttpTestClient::session(signedIn), {{u"login"_s, u"cp.ban"_s},
                                                                           {u"oldPassword"_s, u"Ban-2024"_s},
                                                                           {u"password"_s, u"Ban-2025"_s},
                                                                           {u"confirmPassword"_s, u"Ban-2025"_s}});
    QCOMPARE(errorMessage(banned), banFr);
    QVERIFY(QString::fromUtf8(signIn(u"cp.ban"_s, u"Ban-2024"_s).body).contains(banFr));
}

void TestServerAccount::changePasswordByBearerToken()
{
    const auto issued = token(u"cp.bearer"_s, u"Bearer-2024"_s);
    QCOMPARE(issued.status, 200);
    const auto earlier = refresh(issued); // another access token of the same authorisation
    QCOMPARE(earlier.status, 200);
    const auto phone = token(u"cp.bearer"_s, u"Bearer-2024"_s, u"app"_s);
    QCOMPARE(phone.status, 200);
    const auto browser = signIn(u"cp.bearer"_s, u"Bearer-2024"_s);
    QCOMPARE(browser.status, 302);

    const auto changed = changePassword(bearer(issued), {{u"login"_s, u"cp.bearer"_s},
                                                         {u"oldPassword"_s, u"Bearer-2024"_s},
                                                         {u"password"_s, u"Bearer-2025"_s},
                                                         {u"confirmPassword"_s, u"Bearer-2025"_s}});
    QCOMPARE(changed.status, 302); // no XSRF for a bearer token
    // ENT protocol §2.3 (and ENT protocol §3.13, "the current session stays valid"): ENT Core deletes the account's
    // OAuth2 authorisations and tokens except the one used by the current request. So the calling token goes on, with
    // its refresh token; the other tokens, of this authorisation or another, and the cookie sessions go.
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, bearer(issued)).status, 200);
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, bearer(earlier)).status, 302);
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, bearer(phone)).status, 302);
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, HttpTestClient::session(browser)).status, 302);
    QCOMPARE(refresh(phone, u"app"_s).status, 401);
    const auto renewed = refresh(earlier); // the refresh token rotated: earlier's is the current one
    QCOMPARE(renewed.status, 200);
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, bearer(renewed)).status, 200);
    QCOMPARE(token(u"cp.bearer"_s, u"Bearer-2024"_s).status, 401);
    QCOMPARE(token(u"cp.bearer"_s, u"Bearer-2025"_s).status, 200);
}

void TestServerAccount::endOtherSessions()
{
    const auto here = signIn(u"sess.target"_s, u"Sessions-2024"_s);
    const auto elsewhere = signIn(u"sess.target"_s, u"Sessions-2024"_s);
    const auto issued = token(u"sess.target"_s, u"Sessions-2024"_s);
    const auto forbidden = m_http->send("DELETE", u"/auth/sessions"_s, {}, HttpTestClient::session(here, false));
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.body, R"({"error":"invalid.xsrf.token"})");
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, HttpTestClient::session(elsewhere)).status, 200);

    const auto ended = m_http->send("DELETE", u"/auth/sessions"_s, {}, HttpTestClient::session(here));
    QCOMPARE(ended.status, 200);
    QVERIFY(ended.body.isEmpty());
    QVERIFY(ended.header("Content-Type").isEmpty());
    QVERIFY(ended.header("Set-Cookie").isEmpty());
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, HttpTestClient::session(here)).status, 200);
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, HttpTestClient::session(elsewhere)).status, 302);
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, bearer(issued)).status, 302);
    QCOMPARE(signIn(u"sess.target"_s, u"Sessions-2024"_s).status, 302); // the password is unchanged

    const auto anonymous = m_http->send("DELETE", u"/auth/sessions"_s, {}, {});
    QCOMPARE(anonymous.status, 302);
    QVERIFY(anonymous.header("Location").startsWith(at(u"/auth/login?callback="_s).toUtf8()));
}

void TestServerAccount::requirementsFollowTheFlags()
{
    const auto signedIn = signIn(u"req.target"_s, u"Required-2024"_s);
    const auto requirements = [&] {
        return m_http->get(u"/auth/user/requirements"_s, HttpTestClient::session(signedIn));
    };
    QCOMPARE(requirements().body, R"({"forceChangePassword":false,"needRevalidateTerms":false,)"
                                  R"("needRevalidateEmail":false,"needRevalidateMobile":false,"needMfa":false})");
    QVERIFY2(m_server.setFlag(u"req.target"_s, u"force-change"_s, true), qPrintable(m_server.lastError()));
    QVERIFY2(m_server.setFlag(u"req.target"_s, u"revalidate-terms"_s, true), qPrintable(m_server.lastError()));
    const auto both = requirements();
    QCOMPARE(both.status, 200);
    QCOMPARE(both.json().value(u"forceChangePassword"_s).toBool(), true);
    QCOMPARE(both.json().value(u"needRevalidateTerms"_s).toBool(), true);
    const auto me = m_http->get(u"/auth/oauth2/userinfo"_s, HttpTestClient::session(signedIn));
    QCOMPARE(me.status, 200); // allowed while the change is forced
    QCOMPARE(me.json().value(u"forceChangePassword"_s).toBool(), true);
    QCOMPARE(me.json().value(u"needRevalidateTerms"_s).toBool(), true);
    QVERIFY(QString::fromUtf8(m_server.run({u"users"_s, u"list"_s}).out)
                .contains(u"\tyes\tno\tforce-change,revalidate-terms\n"_s));
    QVERIFY(m_server.setFlag(u"req.target"_s, u"force-change"_s, false));
    QVERIFY(m_server.setFlag(u"req.target"_s, u"revalidate-terms"_s, false));
    QCOMPARE(requirements().json().value(u"forceChangePassword"_s).toBool(), false);

    const auto unknownFlag = m_server.run({u"users"_s, u"set-flag"_s, u"req.target"_s, u"mfa"_s, u"on"_s});
    QCOMPARE(unknownFlag.exitCode, 1);
    QCOMPARE(m_server.run({u"users"_s, u"set-flag"_s, u"nobody.at-all"_s, u"force-change"_s, u"on"_s}).exitCode, 1);
}

void TestServerAccount::forcedChangeRedirectsSecuredRoutes()
{
    QVERIFY2(m_server.setFlag(u"req.forced"_s, u"force-change"_s, true), qPrintable(m_server.lastError()));
    const auto signedIn = signIn(u"req.forced"_s, u"Forced-2024"_s);
    QCOMPARE(signedIn.status, 302);
    const auto issued = token(u"req.forced"_s, u"Forced-2024"_s, u"app"_s);
    const HttpTestClient::Headers session = HttpTestClient::session(signedIn);
    const QString forced = at(u"/auth/reset/forceChangePassword?callback="_s);

    const auto state = m_http->get(u"/directory/user/mailstate"_s, session);
    QCOMPARE(state.status, 302);
    QCOMPARE(QString::fromUtf8(state.header("Location")), forced + u"%2Fdirectory%2Fuser%2Fmailstate"_s);
    QVERIFY(state.header("Set-Cookie").isEmpty()); // the session is not ended
    QCOMPARE(QString::fromUtf8(m_http->send("DELETE", u"/auth/sessions"_s, {}, session).header("Location")),
             forced + u"%2Fauth%2Fsessions"_s);
    QCOMPARE(m_http->get(u"/directory/user/mailstate"_s, bearer(issued)).status, 302);
    // The allow-list.
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, session).status, 200);
    QCOMPARE(m_http->get(u"/auth/user/requirements"_s, bearer(issued)).status, 200);
    // The forced-change page posts to /auth/reset with the current password: done, the flag goes with every session.
    QVERIFY(QString::fromUtf8(m_http->get(u"/auth/reset/forceChangePassword"_s).body)
                .contains(u"name=\"forceChange\" value=\"force\""_s));
    const auto done = m_http->post(u"/auth/reset"_s,
                                   HttpTestClient::form({{u"login"_s, u"req.forced"_s},
                                                         {u"oldPassword"_s, u"Forced-2024"_s},
                                                         {u"password"_s, u"Forced-2025"_s},
                                                         {u"confirmPassword"_s, u"Forced-2025"_s},
                                                         {u"forceChange"_s, u"force"_s}}),
                                   session);
    QCOMPARE(done.status, 302);
    QCOMPARE(QString::fromUtf8(done.header("Location")), at(u"/auth/login"_s));
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, session).status, 302);
    const auto again = signIn(u"req.forced"_s, u"Forced-2025"_s);
    const auto requirements = m_http->get(u"/auth/user/requirements"_s, HttpTestClient::session(again));
    QCOMPARE(requirements.json().value(u"forceChangePassword"_s).toBool(), false);
    QCOMPARE(m_http->get(u"/directory/user/mailstate"_s, HttpTestClient::session(again)).status, 200);
}

void TestServerAccount::forcedFlagClearsWithChangePassword()
{
    QVERIFY2(m_server.setFlag(u"req.change"_s, u"force-change"_s, true), qPrintable(m_server.lastError()));
    const auto signedIn = signIn(u"req.change"_s, u"Change-2024"_s);
    const auto changed = changePassword(HttpTestClient::session(signedIn), {{u"login"_s, u"req.change"_s},
                                                                            {u"oldPassword"_s, u"Change-2024"_s},
                                                                            {u"password"_s, u"Change-2025"_s},
                                                                            {u"confirmPassword"_s, u"Change-2025"_s}});
    QCOMPARE(changed.status, 302);
    const auto requirements = m_http->get(u"/auth/user/requirements"_s, HttpTestClient::session(signedIn));
    QCOMPARE(requirements.json().value(u"forceChangePassword"_s).toBool(), false);
    QCOMPARE(m_http->get(u"/directory/user/mailstate"_s, HttpTestClient::session(signedIn)).status, 200);
}

void TestServerAccount::termsAcceptedAgain()
{
    QVERIFY2(m_server.setFlag(u"req.target"_s, u"revalidate-terms"_s, true), qPrintable(m_server.lastError()));
    const auto signedIn = signIn(u"req.target"_s, u"Required-2024"_s);
    const auto noXsrf = m_http->send("PUT", u"/auth/cgu/revalidate"_s, {}, HttpTestClient::session(signedIn, false));
    QCOMPARE(noXsrf.status, 403);
    const auto accepted = m_http->send("PUT", u"/auth/cgu/revalidate"_s, {}, HttpTestClient::session(signedIn));
    QCOMPARE(accepted.status, 204);
    QVERIFY(accepted.body.isEmpty());
    const auto requirements = m_http->get(u"/auth/user/requirements"_s, HttpTestClient::session(signedIn));
    QCOMPARE(requirements.json().value(u"needRevalidateTerms"_s).toBool(), false);
    QCOMPARE(m_http->send("PUT", u"/auth/cgu/revalidate"_s, {}, {}).status, 302);
}

void TestServerAccount::mailStateEndToEnd()
{
    Browser browser = Browser::of(signIn(u"ms.target"_s, u"Mail-2024"_s));
    const auto initial = m_http->get(u"/directory/user/mailstate"_s, browser.headers(false));
    QCOMPARE(initial.status, 200);
    QCOMPARE(initial.header("Content-Type"), "application/json");
    QCOMPARE(initial.body, R"({"email":"ms.old@example.org","emailState":null,"firstName":"Ms","lastName":"target",)"
                           R"("displayName":"Ms target","waitInSeconds":10})");

    QCOMPARE(requestCode(browser.headers(false), R"({"email":"ms.new@example.org"})").status, 403);
    int before = int(m_sink.messages().size());
    const auto requested = requestCode(browser.headers(), R"({"email":"ms.new@example.org"})");
    QCOMPARE(requested.status, 200);
    QVERIFY(requested.body.isEmpty());
    QVERIFY(requested.header("Content-Type").isEmpty());
    const RecoveryMail mail = RecoveryMail::waitForMailTo(m_sink, before, "ms.new@example.org");
    QCOMPARE(mail.subject(), u"Votre code de vérification d'adresse e-mail - ENT LEO"_s);
    QVERIFY(mail.body().startsWith(u"Bonjour Ms,\n\n"_s));
    QVERIFY(mail.body().contains(u"Ce code n'est valable que 10 min."_s));
    const QString code = mailedCode(mail);
    QVERIFY2(!code.isEmpty(), qPrintable(mail.body()));

    QJsonObject state = m_http->get(u"/directory/user/mailstate"_s, browser.headers()).json();
    QCOMPARE(state.value(u"email"_s).toString(), u"ms.old@example.org"_s); // unchanged until proven
    QJsonObject emailState = state.value(u"emailState"_s).toObject();
    QCOMPARE(emailState.value(u"state"_s).toString(), u"pending"_s);
    QCOMPARE(emailState.value(u"pending"_s).toString(), u"ms.new@example.org"_s);
    QCOMPARE(emailState.value(u"tries"_s).toInt(), 5);
    QVERIFY(emailState.value(u"ttl"_s).toInt() > 590 && emailState.value(u"ttl"_s).toInt() <= 600);
    QVERIFY(!emailState.contains(u"valid"_s)); // none proven yet: absent, as in ENT Core
    QVERIFY(!emailState.contains(u"key"_s));

    // A wrong code: 200, one try less, and the session under a new id (the old cookie no longer works).
    const QString wrong = code == u"000000"_s ? u"111111"_s : u"000000"_s;
    const auto refused = submitCode(browser.headers(), wrong);
    QCOMPARE(refused.status, 200);
    QCOMPARE(refused.json().value(u"state"_s).toString(), u"pending"_s);
    QCOMPARE(refused.json().value(u"valid"_s).toString(), QString());
    QCOMPARE(refused.json().value(u"tries"_s).toInt(), 4);
    QVERIFY(refused.json().value(u"ttl"_s).toInt() > 0);
    QVERIFY(!refused.json().contains(u"pending"_s));
    const QByteArray renewed = refused.setCookie("oneSessionId");
    QVERIFY(renewed.contains("; HttpOnly"));
    QVERIFY(!renewed.contains("Max-Age"));
    QVERIFY(refused.cookieValue("oneSessionId") != browser.sessionId);
    const Browser old = browser;
    browser.take(refused);
    QCOMPARE(m_http->get(u"/directory/user/mailstate"_s, old.headers()).status, 302);
    QCOMPARE(m_http->get(u"/directory/user/mailstate"_s, browser.headers()).status, 200);

    // Asking again for the same address mails the same code, and does not give back the try.
    before = int(m_sink.messages().size());
    QCOMPARE(requestCode(browser.headers(), R"({"email":"ms.new@example.org"})").status, 200);
    QCOMPARE(mailedCode(RecoveryMail::waitForMailTo(m_sink, before, "ms.new@example.org")), code);
    emailState =
        m_http->get(u"/directory/user/mailstate"_s, browser.headers()).json().value(u"emailState"_s).toObject();
    QCOMPARE(emailState.value(u"tries"_s).toInt(), 4);

    // The right code (spaces around it are trimmed): the address is proven and becomes the account's.
    before = int(m_sink.messages().size());
    const auto proven = submitCode(browser.headers(), u" "_s + code.left(5));
    QCOMPARE(proven.status, 200); // 6 characters; trimmed, it is not the code
    QCOMPARE(proven.json().value(u"tries"_s).toInt(), 3);
    browser.take(proven);
    const auto valid = submitCode(browser.headers(), code);
    QCOMPARE(valid.status, 200);
    QCOMPARE(valid.body, R"({"state":"valid","valid":"ms.new@example.org"})");
    browser.take(valid);
    state = m_http->get(u"/directory/user/mailstate"_s, browser.headers()).json();
    QCOMPARE(state.value(u"email"_s).toString(), u"ms.new@example.org"_s);
    QCOMPARE(state.value(u"emailState"_s).toObject(),
             (QJsonObject{{u"state"_s, u"valid"_s}, {u"valid"_s, u"ms.new@example.org"_s}}));

    // The previous address is warned, without the new address in full.
    const RecoveryMail warning = RecoveryMail::waitForMailTo(m_sink, before, "ms.old@example.org");
    QCOMPARE(warning.subject(), u"Modification de votre adresse e-mail - ENT LEO"_s);
    QVERIFY(warning.body().contains(u"L'adresse e-mail liée à votre compte ENT LEO a été modifiée."_s));
    QVERIFY(warning.body().contains(u"Nouvelle adresse e-mail : m…w@example.org"_s));
    QVERIFY(QRegularExpression(u"Date de la modification : \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d \\(UTC\\)"_s)
                .match(warning.body())
                .hasMatch());
    QVERIFY(!warning.body().contains(u"ms.new"_s));

    // A stray code afterwards leaves the address proven; the recovery routes use the new address.
    const auto stray = submitCode(browser.headers(), u"123456"_s);
    QCOMPARE(stray.json().value(u"state"_s).toString(), u"valid"_s);
    browser.take(stray);
    before = int(m_sink.messages().size());
    QCOMPARE(m_http
                 ->post(u"/auth/forgot-id"_s,
                        HttpTestClient::json({{u"mail"_s, u"MS.NEW@example.org"_s}, {u"service"_s, u"mail"_s}}), {},
                        "application/json")
                 .body,
             "{}");
    QVERIFY(RecoveryMail::waitForMailTo(m_sink, before, "ms.new@example.org")
                .body()
                .contains(u"Votre identifiant : ms.target\n"_s));
    QCOMPARE(m_http->get(u"/auth/oauth2/userinfo"_s, browser.headers()).json().value(u"email"_s).toString(),
             u"ms.new@example.org"_s);
}

void TestServerAccount::wrongCodesOutdateTheRequest()
{
    Browser browser = Browser::of(signIn(u"ms.tries"_s, u"Tries-2024"_s));
    int before = int(m_sink.messages().size());
    QCOMPARE(requestCode(browser.headers(), R"({"email":"ms.tries.new@example.org"})").status, 200);
    const QString code = mailedCode(RecoveryMail::waitForMailTo(m_sink, before, "ms.tries.new@example.org"));
    const QString wrong = code == u"000000"_s ? u"111111"_s : u"000000"_s;
    for (int left = 4; left >= 1; --left) {
        const auto reply = submitCode(browser.headers(), wrong);
        QCOMPARE(reply.json().value(u"state"_s).toString(), u"pending"_s);
        QCOMPARE(reply.json().value(u"tries"_s).toInt(), left);
        browser.take(reply);
    }
    const auto fifth = submitCode(browser.headers(), wrong);
    QCOMPARE(fifth.json().value(u"state"_s).toString(), u"outdated"_s);
    QCOMPARE(fifth.json().value(u"tries"_s).toInt(), 0);
    browser.take(fifth);
    const auto late = submitCode(browser.headers(), code); // the right code, too late
    QCOMPARE(late.json().value(u"state"_s).toString(), u"outdated"_s);
    QCOMPARE(late.json().value(u"tries"_s).toInt(), 0);
    browser.take(late);
    const QJsonObject state = m_http->get(u"/directory/user/mailstate"_s, browser.headers()).json();
    QCOMPARE(state.value(u"email"_s).toString(), u"ms.tries@example.org"_s);
    QCOMPARE(state.value(u"emailState"_s).toObject().value(u"state"_s).toString(), u"outdated"_s);

    // Tries are counted per account within the window: another address brings no fresh ones, the request is refused
    // like one over max_requests and nothing is mailed.
    before = int(m_sink.messages().size());
    const auto other = requestCode(browser.headers(), R"({"email":"ms.tries.other@example.org"})");
    QCOMPARE(other.status, 400);
    QVERIFY(!other.json().value(u"error"_s).toString().isEmpty());
    QCOMPARE(int(m_sink.messages().size()), before);
}

void TestServerAccount::mailStateChecksBodies()
{
    const Browser browser = Browser::of(signIn(u"ms.schema"_s, u"Schema-2024"_s));
    const QList<std::pair<QByteArray, QByteArray>> puts = {
        {R"({"email":42})", R"({"error":"invalid.email"})"},
        {R"({"email":"not-an-address"})", R"({"error":"invalid.email"})"},
        {R"({"email":"a b@example.org"})", R"({"error":"invalid.email"})"},
        {R"({})", R"({"error":"invalid.email"})"},
        {R"({"email":"ok@example.org","admin":true})", R"({"error":"unexpected.property"})"},
    };
    for (const auto& [body, answer] : puts) {
        const auto reply = requestCode(browser.headers(), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body, answer);
    }
    const auto notJson = requestCode(browser.headers(), "{email");
    QCOMPARE(notJson.status, 400);
    QVERIFY(!notJson.json().value(u"error"_s).toString().isEmpty());

    // No code was ever asked for: outdated, as in ENT Core.
    const auto never = submitCode(browser.headers(), u"123456"_s);
    QCOMPARE(never.status, 200);
    QCOMPARE(never.body, R"({"state":"outdated","valid":""})");
    const Browser renewed = [&] {
        Browser b = browser;
        b.take(never);
        return b;
    }();
    for (const QByteArray& body : {QByteArray(R"({"key":"12345"})"), QByteArray(R"({"key":"1234567"})"),
                                   QByteArray(R"({"key":123456})"), QByteArray(R"({"key":"123456","x":1})")}) {
        const auto reply = m_http->post(u"/directory/user/mailstate"_s, body, renewed.headers(), "application/json");
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("Set-Cookie").isEmpty()); // only a 200 renews the session
    }
    QCOMPARE(m_http->get(u"/directory/user/mailstate"_s, renewed.headers()).json().value(u"emailState"_s).toObject(),
             (QJsonObject{{u"state"_s, u"outdated"_s}}));
}

void TestServerAccount::mailStateByBearerNeedsTheDirectoryScope()
{
    const auto withoutScope = token(u"ms.bearer"_s, u"Bearer-2024"_s);
    const auto state = m_http->get(u"/directory/user/mailstate"_s, bearer(withoutScope));
    QCOMPARE(state.status, 302);
    QVERIFY(state.header("Location").startsWith(at(u"/auth/login?callback="_s).toUtf8()));

    const auto issued = token(u"ms.bearer"_s, u"Bearer-2024"_s, u"app"_s);
    QCOMPARE(issued.status, 200);
    QCOMPARE(m_http->get(u"/directory/user/mailstate"_s, bearer(issued)).status, 200);
    const int before = int(m_sink.messages().size());
    QCOMPARE(requestCode(bearer(issued), R"({"email":"ms.bearer.new@example.org"})").status, 200); // no XSRF
    const QString code = mailedCode(RecoveryMail::waitForMailTo(m_sink, before, "ms.bearer.new@example.org"));
    const auto valid = submitCode(bearer(issued), code);
    QCOMPARE(valid.json().value(u"state"_s).toString(), u"valid"_s);
    QVERIFY(valid.header("Set-Cookie").isEmpty()); // the same token goes on
    QCOMPARE(m_http->get(u"/directory/user/mailstate"_s, bearer(issued)).status, 200);
}

void TestServerAccount::codeRequestsAreLimited()
{
    // max_requests (5 within window_s) per account; the sixth is refused with a sentence the kiosk shows.
    const Browser browser = Browser::of(signIn(u"ms.limit"_s, u"Limit-2024"_s));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(requestCode(browser.headers(), R"({"email":"ms.limit.new@example.org"})").status, 200);
    const auto refused = requestCode(browser.headers(), R"({"email":"ms.limit.new@example.org"})");
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json().value(u"error"_s).toString(),
             u"Trop de codes ont été demandés pour ce compte : veuillez réessayer dans quelques minutes."_s);
}

void TestServerAccount::codeExpires()
{
    // A server whose codes last 3 seconds: no waiting in the other tests.
    ReferenceServer server;
    SmtpSink sink;
    QVERIFY2(sink.start(), qPrintable(sink.lastError()));
    server.setConfig(u"mail"_s, u"smtp_url"_s, u"smtp://127.0.0.1:%1"_s.arg(sink.port()));
    server.setConfig(u"mail"_s, u"starttls"_s, u"none"_s);
    server.setConfig(u"mailstate"_s, u"code_lifetime_s"_s, 3);
    QVERIFY2(server.addAccount(pupil(u"ms.expiry"_s, "Expiry-2024")), qPrintable(server.lastError()));
    const QUrl base = server.start();
    QVERIFY2(base.isValid(), qPrintable(server.lastError()));
    HttpTestClient http(base);

    auto browser = Browser::of(http.post(
        u"/auth/login"_s, HttpTestClient::form({{u"email"_s, u"ms.expiry"_s}, {u"password"_s, u"Expiry-2024"_s}})));
    HttpTestClient::Headers headers = browser.headers();
    headers.emplaceBack("Content-Type", "application/json");
    QCOMPARE(
        http.send("PUT", u"/directory/user/mailstate"_s, R"({"email":"ms.expiry.new@example.org"})", headers).status,
        200);
    QVERIFY(sink.waitForMessages(1));
    const QString code = mailedCode(RecoveryMail(sink.messages().first()));
    QVERIFY(!code.isEmpty());
    const auto ttl = [&] {
        return http.get(u"/directory/user/mailstate"_s, browser.headers())
            .json()
            .value(u"emailState"_s)
            .toObject()
            .value(u"ttl"_s)
            .toInt(-1);
    };
    QTRY_COMPARE_WITH_TIMEOUT(ttl(), 0, 15000); // GET only reports it; the state stays pending
    const auto late = http.post(u"/directory/user/mailstate"_s, HttpTestClient::json({{u"key"_s, code}}),
                                browser.headers(), "application/json");
    QCOMPARE(late.status, 200);
    QCOMPARE(late.body, R"({"state":"outdated","valid":"","tries":5,"ttl":0})"); // expired, no try counted
    browser.take(late);
    QCOMPARE(http.get(u"/directory/user/mailstate"_s, browser.headers()).json().value(u"email"_s).toString(),
             u"ms.expiry@example.org"_s);
}

QTEST_GUILESS_MAIN(TestServerAccount)
#include "tst_serveraccount.moc"
