#include "core/session/AuthContextCache.h"
#include "core/session/AuthContextStore.h"
#include "core/session/KioskSession.h"
#include "support/EntClientHarness.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using namespace EntTest;

const QByteArray upperCaseContext =
    R"({"callBack":"","cgu":true,"passwordRegex":"(?=.*[A-Z]).{10,}","mandatory":{"mail":true},)"
    R"("passwordRegexI18n":{"fr":"Dix caractères dont une majuscule."},"mfaConfig":[]})";

class MemoryContextStore final : public AuthContextStore
{
public:
    std::optional<QJsonObject> load() override
    {
        ++loads;
        return stored;
    }
    void save(const QJsonObject& context) override
    {
        ++saves;
        stored = context;
    }

    std::optional<QJsonObject> stored;
    int loads = 0;
    int saves = 0;
};

} // namespace

class TestAuthContextCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leoRuleUntilKnown()
    {
        AuthContextCache cache(settingsFor(QUrl(u"http://127.0.0.1:9"_s)));
        QVERIFY(!cache.isKnown());
        QCOMPARE(cache.passwordPolicy().pattern(), PasswordPolicy::leoPattern());
    }

    void fetchesAfterTheDelayThenKeepsTheLastGoodOne()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", "/auth/context", Response::json(upperCaseContext));
        AuthContextCache cache(settingsFor(server.url()));
        QSignalSpy updated(&cache, &AuthContextCache::updated);
        QSignalSpy failed(&cache, &AuthContextCache::refreshFailed);

        cache.refreshAfter(50ms);
        QCOMPARE(server.requests().size(), 0); // not on the start path
        QVERIFY(updated.wait());
        QVERIFY(cache.isKnown());
        QCOMPARE(cache.passwordPolicy().pattern(), u"(?=.*[A-Z]).{10,}"_s);
        QCOMPARE(cache.passwordPolicy().items(u"fr"_s).first().text, u"Dix caractères dont une majuscule."_s);
        QCOMPARE(cache.context().value(u"mandatory"_s).toObject().value(u"mail"_s).toBool(), true);

        // the ENT goes wrong: the last good context stays in force
        server.on("GET", "/auth/context", Response::json(QByteArray(), 500));
        cache.refresh();
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().value(0).value<EntResult>().status, EntStatus::ServerError);
        QCOMPARE(cache.passwordPolicy().pattern(), u"(?=.*[A-Z]).{10,}"_s);

        server.on("GET", "/auth/context", Response::html("<html></html>"));
        cache.refresh();
        QVERIFY(failed.wait());
        QCOMPARE(cache.passwordPolicy().pattern(), u"(?=.*[A-Z]).{10,}"_s);
        QCOMPARE(updated.count(), 1);
    }

    void oneFetchAtATime()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", "/auth/context", Response::json(upperCaseContext));
        AuthContextCache cache(settingsFor(server.url()));
        QSignalSpy updated(&cache, &AuthContextCache::updated);
        cache.refresh();
        cache.refresh();
        QVERIFY(cache.isRefreshing());
        QVERIFY(updated.wait());
        QVERIFY(!cache.isRefreshing());
        QCOMPARE(server.count("/auth/context"), 1);
    }

    void storeFeedsAndKeeps()
    {
        MemoryContextStore store;
        store.stored = QJsonDocument::fromJson(R"({"passwordRegex":".{12}.*"})").object();
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", "/auth/context", Response::json(upperCaseContext));
        AuthContextCache cache(settingsFor(server.url()));
        QSignalSpy updated(&cache, &AuthContextCache::updated);

        cache.setStore(&store);
        QCOMPARE(store.loads, 1);
        QCOMPARE(updated.count(), 1);
        QCOMPARE(cache.passwordPolicy().minimumLength(), 12); // offline, from the store

        cache.refresh();
        QVERIFY(updated.wait());
        QCOMPARE(cache.passwordPolicy().pattern(), u"(?=.*[A-Z]).{10,}"_s);
        QCOMPARE(store.saves, 1);
        QCOMPARE(store.stored->value(u"passwordRegex"_s).toString(), u"(?=.*[A-Z]).{10,}"_s);

        cache.refresh(); // the same answer is not written again
        QVERIFY(updated.wait());
        QCOMPARE(store.saves, 1);
    }

    void survivesTheSessionWipe()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", "/auth/context", Response::json(upperCaseContext));
        server.on("GET", "/auth/logout", Response::redirect("/"));
        KioskConfig config;
        config.entUrl = server.url();
        KioskSession session(config, nullptr);
        QCOMPARE(server.requests().size(), 0); // a session alone fetches nothing
        QSignalSpy updated(&session.authContext(), &AuthContextCache::updated);
        session.authContext().refresh();
        session.end(); // a wipe in the middle does not drop the fetch
        QVERIFY(updated.wait());
        QCOMPARE(session.authContext().passwordPolicy().pattern(), u"(?=.*[A-Z]).{10,}"_s);
        session.end();
        QVERIFY(session.authContext().isKnown());
    }
};

QTEST_GUILESS_MAIN(TestAuthContextCache)
#include "tst_authcontextcache.moc"
