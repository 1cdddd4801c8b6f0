// SessionJournal: KioskSession's signals become journal lines (event, outcome category, duration), never logins.
#include "core/session/KioskSession.h"
#include "core/storage/LocalStore.h"
#include "core/storage/SessionJournal.h"
#include "support/FakeHttpServer.h"
#include "support/FakeSecretStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;
using Journal::Event;
using Journal::Outcome;

namespace {

using Response = FakeHttpServer::Response;

Response wrongPassword()
{
    return Response::html("<body ng-init=\"error = &quot;L&#39;identifiant ou le mot de passe est "
                          "incorrect.&quot;\"><form action=\"/auth/login\"></form></body>");
}

void routeTheEnt(FakeHttpServer& server)
{
    server.on("POST", "/auth/login",
              Response::redirect("http://127.0.0.1/").header("Set-Cookie", "oneSessionId=sid:sig; Path=/; HttpOnly"));
    server.on("GET", "/auth/oauth2/userinfo", Response::json(R"({"userId":"u1","login":"jean.dupont"})"));
    server.on("GET", "/auth/user/requirements", Response::json("{}"));
    server.on("GET", "/auth/logout", Response::redirect("http://127.0.0.1/"));
}

struct Line
{
    Event event;
    Outcome outcome;
    bool operator==(const Line&) const = default;
};

} // namespace

class TestSessionJournal final : public QObject
{
    Q_OBJECT

private:
    static bool signIn(KioskSession& session, const QString& login = u"Jean.Dupont"_s)
    {
        QSignalSpy signedIn(&session, &KioskSession::signedIn);
        QSignalSpy failed(&session, &KioskSession::signInFailed);
        session.signIn(login, SecretBytes(u"canary-password"_s), false);
        if (!QTest::qWaitFor([&] { return signedIn.count() + failed.count() > 0; }, 5000))
            return false;
        return signedIn.count() == 1;
    }

    static QList<Journal::Entry> entries(LocalStore& store)
    {
        std::optional<QList<Journal::Entry>> result;
        store.entries([&result](const QList<Journal::Entry>& list) { result = list; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
            qWarning("the store did not answer");
        return result.value_or(QList<Journal::Entry>());
    }

    // The lines once `expected` of them are written (journal() answers later, on the store's thread).
    static QList<Line> lines(LocalStore& store, qsizetype expected)
    {
        QList<Journal::Entry> list;
        const bool complete = QTest::qWaitFor(
            [&] {
                list = entries(store);
                return list.size() >= expected;
            },
            5000);
        if (!complete)
            qWarning("%lld journal lines, %lld expected", qlonglong(list.size()), qlonglong(expected));
        QList<Line> out;
        for (const Journal::Entry& entry : list)
            out.append({entry.event, entry.outcome});
        return out;
    }

private Q_SLOTS:
    void signInsAndEndsAreJournalled()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        FakeSecretStore secrets;
        QTemporaryDir dir;
        LocalStore::Options options;
        options.directory = dir.path();
        LocalStore store(&secrets, options);
        KioskConfig config;
        config.entUrl = server.url();
        KioskSession session(config, &secrets);
        SessionJournal journal(session, store);
        store.open();

        session.end(KioskSession::EndReason::Startup); // nobody signed in: no line
        server.on("POST", "/auth/login", wrongPassword());
        QVERIFY(!signIn(session));
        QVERIFY(!signIn(session, u"  "_s)); // refused before any request
        routeTheEnt(server);
        QVERIFY(signIn(session));
        session.end(KioskSession::EndReason::Logout);
        session.end(KioskSession::EndReason::Logout); // already signed out: no second line
        QVERIFY(signIn(session));
        session.end(KioskSession::EndReason::Idle);
        QVERIFY(signIn(session));
        session.end(KioskSession::EndReason::SessionLimit);

        const QList<Line> expected{{Event::SignIn, Outcome::Refused},   {Event::SignIn, Outcome::Refused},
                                   {Event::SignIn, Outcome::Success},   {Event::SignOut, Outcome::Success},
                                   {Event::SignIn, Outcome::Success},   {Event::IdleLogout, Outcome::Success},
                                   {Event::SignIn, Outcome::Success},   {Event::SessionLimit, Outcome::Success}};
        QCOMPARE(lines(store, expected.size()), expected);
        const QList<Journal::Entry> all = entries(store);
        QCOMPARE(all.at(1).durationMs, 0); // the empty form never reached the ENT
    }

    void anUnreachableEntIsNoted()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setFallback(Response::close());
        FakeSecretStore secrets;
        secrets.setAvailable(false); // in memory is enough here
        LocalStore store(&secrets);
        KioskConfig config;
        config.entUrl = server.url();
        KioskSession session(config, &secrets);
        SessionJournal journal(session, store);
        store.open();

        QSignalSpy failed(&session.authContext(), &AuthContextCache::refreshFailed);
        session.authContext().refresh();
        QVERIFY(failed.wait());
        QVERIFY(!signIn(session));
        const QList<Line> expected{{Event::EntUnreachable, Outcome::Unreachable}, {Event::SignIn, Outcome::Unreachable}};
        QCOMPARE(lines(store, 2), expected);
    }

    void theGuiFlowsRecordTheirOutcomeCategory()
    {
        FakeSecretStore secrets;
        secrets.setAvailable(false);
        LocalStore store(&secrets);
        KioskConfig config;
        KioskSession session(config, &secrets);
        SessionJournal journal(session, store);
        store.open();
        EntResult refused;
        refused.status = EntStatus::ServerMessage;
        refused.serverMessage = u"Le mot de passe de jean.dupont ne respecte pas la règle"_s; // never stored
        journal.record(Event::ResetPassword, refused, std::chrono::milliseconds(420));
        journal.record(Event::ForgotPassword, EntResult(), std::chrono::milliseconds(90));
        const QList<Line> expected{{Event::ResetPassword, Outcome::Refused}, {Event::ForgotPassword, Outcome::Success}};
        QCOMPARE(lines(store, 2), expected);
        QCOMPARE(entries(store).first().durationMs, 420);
    }

    void theClientsFlowsAreJournalledByThemselves()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("POST", "/auth/forgot-password", Response::json("{}"));
        server.on("POST", "/auth/forgot-id", Response::json("{}"));
        server.on("POST", "/auth/reset", Response::json(R"({"error":"Mot de passe trop faible"})"));
        FakeSecretStore secrets;
        secrets.setAvailable(false);
        LocalStore store(&secrets);
        KioskConfig config;
        config.entUrl = server.url();
        KioskSession session(config, &secrets);
        SessionJournal journal(session, store);
        store.open();

        int answered = 0;
        const auto count = [&answered](const EntResult&) { ++answered; };
        session.client().forgotPassword(u"jean.dupont"_s, RecoveryService::Mail, count);
        QTRY_COMPARE(answered, 1);
        session.client().forgotId(u"jean@example.org"_s, RecoveryService::Mail, {}, {}, count);
        QTRY_COMPARE(answered, 2);
        session.client().resetPassword(u"jean.dupont"_s, u"3zrf6jkz"_s, SecretBytes(u"faible"_s),
                                       SecretBytes(u"faible"_s), count);
        QTRY_COMPARE(answered, 3);
        const QList<Line> expected{{Event::ForgotPassword, Outcome::Success},
                                   {Event::ForgotId, Outcome::Success},
                                   {Event::ResetPassword, Outcome::Refused}};
        QCOMPARE(lines(store, 3), expected);
        for (const Journal::Entry& entry : entries(store))
            QVERIFY(entry.durationMs >= 0);
    }

    // "Aider un élève" (issue #16): each code an adult asks for, and each new password set with one after the
    // hand-over (the window reports it), by outcome and never by login.
    void staffCodesAreJournalled()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("POST", "/auth/generatePasswordRenewalCode", Response::json(R"({"renewalCode":"3zrf6jkz"})"));
        FakeSecretStore secrets;
        secrets.setAvailable(false);
        LocalStore store(&secrets);
        KioskConfig config;
        config.entUrl = server.url();
        KioskSession session(config, &secrets);
        SessionJournal journal(session, store);
        store.open();

        int answered = 0;
        session.client().generateRenewalCode(u"noe.lefevre"_s, [&answered](const RenewalCodeResult& r) {
            QVERIFY(r.ok());
            ++answered;
        });
        QTRY_COMPARE(answered, 1);
        session.client().reportFlow(EntClient::Flow::StaffCodeReset, EntResult());
        const QList<Line> expected{{Event::StaffCode, Outcome::Success}, {Event::StaffCodeReset, Outcome::Success}};
        QCOMPARE(lines(store, 2), expected);
        QCOMPARE(Journal::name(Event::StaffCode), u"staff-code"_s);
    }
};

QTEST_GUILESS_MAIN(TestSessionJournal)
#include "tst_sessionjournal.moc"
