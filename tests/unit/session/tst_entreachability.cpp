#include "core/session/AuthContextCache.h"
#include "core/session/EntReachability.h"
#include "core/session/KioskSession.h"
#include "core/session/RestartOnLogout.h"
#include "support/ClosedPort.h"
#include "support/FakeHttpServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using Response = FakeHttpServer::Response;

const QByteArray context = R"({"passwordRegex":"^(?=.*[0-9])(?=.*[a-z]).{8,}$","cgu":false})";

KioskConfig configFor(const QUrl& url)
{
    KioskConfig config;
    config.entUrl = url;
    config.requestTimeoutMs = 2000;
    return config;
}

} // namespace

// "ENT unreachable": noticed from any reply, retried with back-off through the context fetch, over at
// the first answer; and restart_on_logout, which must not cut the ENT's logout short.
class TestEntReachability final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proxyErrorsThenRecovery()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", "/auth/context", Response::json("<html>Bad gateway</html>", 502));
        AuthContextCache cache(EntClientSettings::fromConfig(configFor(server.url())));
        EntReachability reachability(cache, {50ms, 200ms});
        QSignalSpy down(&reachability, &EntReachability::unreachable);
        QSignalSpy up(&reachability, &EntReachability::reachable);
        QSignalSpy scheduled(&reachability, &EntReachability::retryScheduled);

        cache.refresh();
        QVERIFY(down.wait());
        QVERIFY(reachability.isUnreachable());
        // Retries on their own, each wait longer than the last, up to the maximum.
        QTRY_VERIFY_WITH_TIMEOUT(scheduled.count() >= 4, 5000);
        QCOMPARE(scheduled.at(0).at(0).value<std::chrono::milliseconds>(), 50ms);
        QCOMPARE(scheduled.at(1).at(0).value<std::chrono::milliseconds>(), 100ms);
        QCOMPARE(scheduled.at(2).at(0).value<std::chrono::milliseconds>(), 200ms);
        QCOMPARE(scheduled.at(3).at(0).value<std::chrono::milliseconds>(), 200ms);
        QVERIFY(reachability.failedRetries() >= 3);
        QCOMPARE(down.count(), 1); // said once, not per failed retry
        QVERIFY(server.count("/auth/context") >= 4);

        server.on("GET", "/auth/context", Response::json(context));
        QVERIFY(up.wait(5000));
        QVERIFY(!reachability.isUnreachable());
        QVERIFY(cache.isKnown());
        QCOMPARE(reachability.nextRetryIn(), 0ms); // no retry pending once the ENT answers
        QCOMPARE(reachability.failedRetries(), 0);
    }

    void anAnswerFromTheSessionEndsIt()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", "/auth/context", Response::json("", 503));
        server.on("GET", "/auth/oauth2/userinfo", Response::redirect("/auth/login")); // an answer, if not a yes
        KioskSession session(configFor(server.url()), nullptr);
        EntReachability& reachability = session.reachability();
        reachability.setBackoff({10s, 10s}); // only the session's request can end it within the test
        QSignalSpy down(&reachability, &EntReachability::unreachable);
        QSignalSpy up(&reachability, &EntReachability::reachable);
        session.authContext().refresh();
        QVERIFY(down.wait());
        QVERIFY(reachability.nextRetryIn() > 0ms);

        session.client().fetchUserInfo([](const UserInfoResult&) {});
        QVERIFY(up.wait());
        QCOMPARE(reachability.nextRetryIn(), 0ms);
    }

    void refusedConnectionAndRetryNow()
    {
        AuthContextCache cache(EntClientSettings::fromConfig(configFor(closedLocalUrl())));
        EntReachability reachability(cache, {10s, 60s});
        QSignalSpy down(&reachability, &EntReachability::unreachable);
        cache.refresh();
        QVERIFY(down.wait());
        QCOMPARE(reachability.failedRetries(), 0);
        reachability.retryNow(); // the banner's button: at once, whatever the back-off says
        QTRY_COMPARE(reachability.failedRetries(), 1);
        QVERIFY(reachability.isUnreachable());
    }

    void cancelledRequestsSayNothing()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", "/auth/oauth2/userinfo", Response::hang());
        KioskSession session(configFor(server.url()), nullptr);
        QSignalSpy reached(&session.client(), &EntClient::entReached);
        session.client().fetchUserInfo([](const UserInfoResult&) {});
        QTRY_COMPARE(server.count("/auth/oauth2/userinfo"), 1);
        session.end(KioskSession::EndReason::Logout); // the wipe aborts it: not a sign of the ENT being down
        QCoreApplication::processEvents();
        QCOMPARE(reached.count(), 0);
        QVERIFY(!session.reachability().isUnreachable());
    }

    void restartWaitsForTheLogout()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("POST", "/auth/login",
                  Response::redirect("http://127.0.0.1/")
                      .header("Set-Cookie", "oneSessionId=s1:sig; Path=/; HttpOnly")
                      .header("Set-Cookie", "XSRF-TOKEN=x; Path=/"));
        server.on("GET", "/auth/oauth2/userinfo",
                  Response::json(R"({"userId":"u1","login":"jean.dupont","firstName":"Jean","lastName":"Dupont"})"));
        server.on("GET", "/auth/user/requirements", Response::json("{}"));
        server.on("GET", "/auth/logout", Response::hang());
        KioskConfig config = configFor(server.url());
        KioskSession session(config, nullptr);
        RestartOnLogout restart(session);
        QSignalSpy restartRequested(&restart, &RestartOnLogout::restartRequested);

        session.end(KioskSession::EndReason::Startup); // the start-up wipe never restarts
        QSignalSpy finished(&session, &KioskSession::logoutFinished);
        QVERIFY(finished.wait());
        QCOMPARE(restartRequested.count(), 0);

        QSignalSpy signedIn(&session, &KioskSession::signedIn);
        session.signIn(u"jean.dupont"_s, SecretBytes(u"x"_s), false);
        QVERIFY(signedIn.wait());
        session.end(KioskSession::EndReason::Idle);
        QTRY_COMPARE(server.count("/auth/logout"), 1);
        QCOMPARE(restartRequested.count(), 0); // the logout has not answered yet
        // The logout hangs: it is given up after the request timeout, then the restart.
        QVERIFY(restartRequested.wait(5000));
        QCOMPARE(restartRequested.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEntReachability)
#include "tst_entreachability.moc"
