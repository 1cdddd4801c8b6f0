// The kiosk's core against the real reference server: both login modes, every refusal the server can give,
// throttling without account enumeration, TLS, and a logout that really ends the session on the server.
#include "core/ent/EntClient.h"
#include "core/session/KioskSession.h"
#include "support/FakeSecretStore.h"
#include "support/ReferenceServer.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

const QByteArray adelePassword = "Ad3le+secret&=1";

ReferenceServer::Account adele()
{
    ReferenceServer::Account account;
    account.login = u"adele.adams"_s;
    account.firstName = u"Adèle"_s;
    account.lastName = u"Adams"_s;
    account.className = u"2nde 3"_s;
    account.email = u"adele.adams@example.org"_s;
    account.password = adelePassword;
    return account;
}

ReferenceServer::Account bruno()
{
    ReferenceServer::Account account = adele();
    account.login = u"bruno.blocked"_s;
    account.firstName = u"Bruno"_s;
    account.password = "Bruno-pass-42";
    return account;
}

struct Attempt
{
    bool signedIn = false;
    LoginResult failure;
};

Attempt signIn(KioskSession& session, const QString& login, const QByteArray& password)
{
    QSignalSpy signedIn(&session, &KioskSession::signedIn);
    QSignalSpy failed(&session, &KioskSession::signInFailed);
    session.signIn(login, SecretBytes(QString::fromUtf8(password)), false);
    if (!QTest::qWaitFor([&] { return signedIn.count() + failed.count() > 0; }, 20000))
        return {};
    Attempt attempt;
    attempt.signedIn = signedIn.count() == 1;
    if (failed.count() == 1)
        attempt.failure = failed.first().first().value<LoginResult>();
    return attempt;
}

// GET /auth/oauth2/userinfo presenting only `cookie`, through a network stack that shares nothing with the kiosk.
int userInfoStatusWithCookie(const QUrl& base, const QNetworkCookie& cookie)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(base.resolved(QUrl(u"/auth/oauth2/userinfo"_s)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Cookie", cookie.toRawForm(QNetworkCookie::NameAndValueOnly));
    QNetworkReply* reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

QNetworkCookie sessionCookie(EntClient& client, const QUrl& base)
{
    for (const QNetworkCookie& cookie : client.cookieJar()->cookiesForUrl(base)) {
        if (cookie.name() == "oneSessionId")
            return cookie;
    }
    return QNetworkCookie();
}

} // namespace

class TestSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<LoginResult>();
        QVERIFY2(m_server.addAccounts({adele(), bruno()}), qPrintable(m_server.lastError()));
        QVERIFY2(m_server.setBlocked(u"bruno.blocked"_s, true), qPrintable(m_server.lastError()));
        m_clientSecret = m_server.addClient(u"leo-kiosk"_s, u"userinfo auth directory"_s);
        QVERIFY2(!m_clientSecret.isEmpty(), qPrintable(m_server.lastError()));
        m_url = m_server.start();
        QVERIFY2(m_url.isValid(), qPrintable(m_server.lastError()));
    }

    void signsInWithTheFormAndShowsWhoIsSignedIn()
    {
        KioskSession session(config(), &m_secrets);
        const Attempt attempt = signIn(session, u"  Adele.Adams "_s, adelePassword);
        QVERIFY2(attempt.signedIn, qPrintable(EntMessages::text(attempt.failure)));
        QCOMPARE(session.user().fullName(), u"Adèle Adams"_s);
        QCOMPARE(session.user().type, u"ELEVE"_s);
        QCOMPARE(session.user().schools, QStringList{u"Lycée Jules Verne"_s});
        QCOMPARE(session.user().classes, QStringList{u"2nde 3"_s});
        QVERIFY(!sessionCookie(session.client(), m_url).value().isEmpty());
    }

    void signsInWithTheOAuthPasswordGrant()
    {
        KioskConfig oauth = config();
        oauth.oauthClientId = u"leo-kiosk"_s;
        oauth.oauthClientSecret = m_clientSecret;
        KioskSession session(oauth, &m_secrets);
        const Attempt attempt = signIn(session, u"adele.adams"_s, adelePassword);
        QVERIFY2(attempt.signedIn, qPrintable(EntMessages::text(attempt.failure)));
        QCOMPARE(session.user().fullName(), u"Adèle Adams"_s);
        QCOMPARE(session.user().schools, QStringList{u"Lycée Jules Verne"_s});
        QVERIFY(session.client().hasSession());
        QVERIFY(session.client().cookieJar()->cookiesForUrl(m_url).isEmpty()); // a bearer token, no cookie
    }

    void refusesAWrongPasswordInBothModes_data()
    {
        QTest::addColumn<bool>("useOAuth");
        QTest::newRow("form") << false;
        QTest::newRow("oauth2") << true;
    }

    void refusesAWrongPasswordInBothModes()
    {
        QFETCH(bool, useOAuth);
        KioskConfig cfg = config();
        if (useOAuth) {
            cfg.oauthClientId = u"leo-kiosk"_s;
            cfg.oauthClientSecret = m_clientSecret;
        }
        KioskSession session(cfg, &m_secrets);
        // A login of its own, so that these failures do not count towards the other tests' throttling.
        ReferenceServer::Account account = adele();
        account.login = useOAuth ? u"wrong.oauth"_s : u"wrong.form"_s;
        QVERIFY2(m_server.addAccount(account), qPrintable(m_server.lastError()));
        const Attempt attempt = signIn(session, account.login, "not-the-password-1");
        QVERIFY(!attempt.signedIn);
        QCOMPARE(attempt.failure.status, EntStatus::AuthenticationFailed);
        QVERIFY(!session.isSignedIn());
        QVERIFY(!session.client().hasSession());
    }

    void bansAfterFiveFailuresKnownAndUnknownAlike()
    {
        KioskSession session(config(), &m_secrets);
        QList<EntStatus> known;
        QList<EntStatus> unknown;
        ReferenceServer::Account target = adele();
        target.login = u"ban.target"_s;
        QVERIFY2(m_server.addAccount(target), qPrintable(m_server.lastError()));
        for (int i = 0; i < 6; ++i) {
            known.append(signIn(session, u"ban.target"_s, "wrong-password-1").failure.status);
            unknown.append(signIn(session, u"nobody.here"_s, "wrong-password-1").failure.status);
        }
        const QList<EntStatus> expected{5, EntStatus::AuthenticationFailed};
        QCOMPARE(known.mid(0, 5), expected);
        QCOMPARE(known.last(), EntStatus::Banned);
        QCOMPARE(unknown, known); // the same answers: a ban does not tell that an account exists

        // While banned, even the right password is refused.
        QCOMPARE(signIn(session, u"ban.target"_s, adelePassword).failure.status, EntStatus::Banned);
    }

    void refusesABlockedAccountOnlyWithItsRightPassword()
    {
        KioskSession session(config(), &m_secrets);
        QCOMPARE(signIn(session, u"bruno.blocked"_s, "Bruno-pass-42").failure.status, EntStatus::BlockedUser);
        QCOMPARE(signIn(session, u"bruno.blocked"_s, "wrong-pass-42").failure.status,
                 EntStatus::AuthenticationFailed);
    }

    void logoutEndsTheSessionOnTheServer()
    {
        KioskSession session(config(), &m_secrets);
        QVERIFY(signIn(session, u"adele.adams"_s, adelePassword).signedIn);
        const QNetworkCookie cookie = sessionCookie(session.client(), m_url);
        QVERIFY(!cookie.value().isEmpty());
        QCOMPARE(userInfoStatusWithCookie(m_url, cookie), 200);

        QSignalSpy ended(&session, &KioskSession::ended);
        session.end(KioskSession::EndReason::Logout);
        QCOMPARE(ended.count(), 1); // at once, without waiting for the server
        QVERIFY(!session.isSignedIn());
        QVERIFY(session.client().cookieJar()->cookiesForUrl(m_url).isEmpty());

        // The logout reaches the server on its own; from then on the old cookie is worth nothing.
        QTRY_COMPARE_WITH_TIMEOUT(userInfoStatusWithCookie(m_url, cookie), 302, 10000);
    }

    void logoutWorksWhenTheServerIsGone()
    {
        ReferenceServer doomed;
        QVERIFY2(doomed.addAccount(adele()), qPrintable(doomed.lastError()));
        const QUrl url = doomed.start();
        QVERIFY2(url.isValid(), qPrintable(doomed.lastError()));
        KioskConfig cfg = config();
        cfg.entUrl = url;
        KioskSession session(cfg, &m_secrets);
        QVERIFY(signIn(session, u"adele.adams"_s, adelePassword).signedIn);
        doomed.stop();

        QSignalSpy ended(&session, &KioskSession::ended);
        session.end(KioskSession::EndReason::Logout);
        QCOMPARE(ended.count(), 1);
        QVERIFY(!session.isSignedIn());
        QVERIFY(session.client().cookieJar()->cookiesForUrl(url).isEmpty());
        // And the next sign-in says the ENT cannot be reached, with nothing left of the last session.
        QCOMPARE(signIn(session, u"adele.adams"_s, adelePassword).failure.status, EntStatus::Unreachable);
    }

    void speaksTlsOnlyWithATrustedCertificate()
    {
        ReferenceServer tlsServer;
        tlsServer.setConfig(u"server"_s, u"tls_cert"_s, testData(u"selfsigned.pem"_s));
        tlsServer.setConfig(u"server"_s, u"tls_key"_s, testData(u"selfsigned.key"_s));
        QVERIFY2(tlsServer.addAccount(adele()), qPrintable(tlsServer.lastError()));
        const QUrl url = tlsServer.start();
        QVERIFY2(url.scheme() == u"https"_s, qPrintable(tlsServer.lastError() + url.toString()));

        KioskConfig untrusted = config();
        untrusted.entUrl = url;
        KioskSession refused(untrusted, &m_secrets);
        QCOMPARE(signIn(refused, u"adele.adams"_s, adelePassword).failure.status, EntStatus::TlsError);

        KioskConfig trusted = untrusted;
        trusted.caBundle = testData(u"selfsigned.pem"_s);
        KioskSession accepted(trusted, &m_secrets);
        const Attempt attempt = signIn(accepted, u"adele.adams"_s, adelePassword);
        QVERIFY2(attempt.signedIn, qPrintable(EntMessages::text(attempt.failure)));
        const QNetworkCookie cookie = sessionCookie(accepted.client(), url);
        QVERIFY(cookie.isSecure());
        QVERIFY(cookie.isHttpOnly());
    }

private:
    KioskConfig config() const
    {
        KioskConfig cfg;
        cfg.entUrl = m_url;
        cfg.siteName = u"Lycée Jules Verne"_s;
        cfg.requestTimeoutMs = 15000;
        return cfg;
    }

    static QString testData(const QString& name) { return QStringLiteral(LEOKIOSK_TEST_DATA_DIR "/") + name; }

    ReferenceServer m_server;
    FakeSecretStore m_secrets;
    QString m_clientSecret;
    QUrl m_url;
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
