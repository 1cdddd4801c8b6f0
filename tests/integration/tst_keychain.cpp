// Real QtKeychain against a throwaway gnome-keyring: run through tests/support/with-keyring.sh, never on a
// developer's own keyring. The ENT is a FakeHttpServer.
#include "core/secrets/SecretStore.h"
#include "core/session/KioskSession.h"
#include "support/FakeHttpServer.h"

#include <QEventLoop>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

using Response = FakeHttpServer::Response;

const QString service = u"leo-kiosk"_s;
const QString rememberedKey = QString::fromLatin1(KioskSession::rememberedIdentifierKey);
const QString canaryPassword = u"Canary+Pass=word-7731"_s;

struct ReadOutcome
{
    SecretStore::Status status = SecretStore::Status::Unavailable;
    QByteArray value;
};

// Waits for the store's own callback: the keychain answers through the event loop.
ReadOutcome readNow(SecretStore& store, const QString& key)
{
    ReadOutcome outcome;
    QEventLoop loop;
    store.read(key, [&](SecretStore::Status status, const QByteArray& value) {
        outcome = {status, value};
        loop.quit();
    });
    loop.exec();
    return outcome;
}

SecretStore::Status writeNow(SecretStore& store, const QString& key, const QByteArray& value, bool remove = false)
{
    SecretStore::Status result = SecretStore::Status::Unavailable;
    QEventLoop loop;
    const auto done = [&](SecretStore::Status status) {
        result = status;
        loop.quit();
    };
    if (remove)
        store.remove(key, done);
    else
        store.write(key, value, done);
    loop.exec();
    return result;
}

QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        qWarning("%s failed", qPrintable(program));
    return process.readAll();
}

// Every item in the login collection, whoever wrote it: the D-Bus Secret Service property, not a search.
int itemsInKeyring()
{
    const QByteArray reply =
        run(u"dbus-send"_s, {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                             u"/org/freedesktop/secrets/collection/login"_s, u"org.freedesktop.DBus.Properties.Get"_s,
                             u"string:org.freedesktop.Secret.Collection"_s, u"string:Items"_s});
    return int(reply.count("object path \"/org/freedesktop/secrets/collection/login/"));
}

// What `secret-tool search --all` shows for the app's service: labels, attributes and the secrets themselves.
QByteArray appEntries()
{
    return run(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"--unlock"_s, u"server"_s, service});
}

void routeTheEnt(FakeHttpServer& server)
{
    server.on("POST", "/auth/login",
              Response::redirect("http://127.0.0.1/").header("Set-Cookie", "oneSessionId=sid:sig; Path=/; HttpOnly"));
    server.on("GET", "/auth/oauth2/userinfo", Response::json(R"({"userId":"u1","login":"jean.dupont"})"));
    server.on("GET", "/auth/user/requirements", Response::json("{}"));
    server.on("GET", "/auth/logout", Response::redirect("http://127.0.0.1/"));
}

KioskConfig configFor(const QUrl& url, KioskProfile profile)
{
    KioskConfig config;
    config.entUrl = url;
    config.profile = profile;
    config.allowRememberMe = true;
    return config;
}

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run through tests/support/with-keyring.sh");
    }

    void init()
    {
        KeychainSecretStore store(service);
        writeNow(store, rememberedKey, {}, true);
        writeNow(store, u"alpha"_s, {}, true);
        QCOMPARE(itemsInKeyring(), 0);
    }

    void roundTrip()
    {
        KeychainSecretStore store(service);
        QCOMPARE(readNow(store, u"alpha"_s).status, SecretStore::Status::NotFound);
        QCOMPARE(writeNow(store, u"alpha"_s, "first value"), SecretStore::Status::Ok);
        ReadOutcome read = readNow(store, u"alpha"_s);
        QCOMPARE(read.status, SecretStore::Status::Ok);
        QCOMPARE(read.value, QByteArray("first value"));

        QCOMPARE(writeNow(store, u"alpha"_s, QByteArray("\x00\xff binary \xc3\xa9", 12)), SecretStore::Status::Ok);
        read = readNow(store, u"alpha"_s);
        QCOMPARE(read.value, QByteArray("\x00\xff binary \xc3\xa9", 12));
        QCOMPARE(itemsInKeyring(), 1);                                      // overwritten, not added
        QVERIFY(appEntries().contains("attribute.user = leo-kiosk/alpha")); // prefixed with the service

        QCOMPARE(writeNow(store, u"alpha"_s, {}, true), SecretStore::Status::Ok);
        QCOMPARE(readNow(store, u"alpha"_s).status, SecretStore::Status::NotFound);
        QCOMPARE(itemsInKeyring(), 0);
    }

    void desktopRemembersTheIdentifierOnly()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        KeychainSecretStore store(service);
        KioskSession session(configFor(server.url(), KioskProfile::Desktop), &store);
        QSignalSpy signedIn(&session, &KioskSession::signedIn);
        session.signIn(u" Jean.Dupont"_s, SecretBytes(canaryPassword), true);
        QVERIFY(signedIn.wait());

        // the write was queued before this read; the keychain runs its jobs in order
        const ReadOutcome read = readNow(store, rememberedKey);
        QCOMPARE(read.status, SecretStore::Status::Ok);
        QCOMPARE(read.value, QByteArray("jean.dupont"));
        QCOMPARE(itemsInKeyring(), 1);
        const QByteArray listing = appEntries();
        QVERIFY2(listing.contains("attribute.user = leo-kiosk/remembered-identifier"), listing.constData());
        QVERIFY(!listing.contains(canaryPassword.toUtf8()));
        QVERIFY(!listing.contains(canaryPassword.toUtf8().toBase64()));

        QSignalSpy loaded(&session, &KioskSession::rememberedIdentifierLoaded);
        session.loadRememberedIdentifier();
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.first().value(0).toString(), u"jean.dupont"_s);

        session.end();
        QCOMPARE(readNow(store, rememberedKey).value, QByteArray("jean.dupont")); // kept on a personal PC
    }

    void kioskLeavesTheKeychainAlone()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        routeTheEnt(server);
        KeychainSecretStore store(service);
        QCOMPARE(writeNow(store, rememberedKey, "left.over"), SecretStore::Status::Ok); // an earlier desktop setup
        KioskSession session(configFor(server.url(), KioskProfile::Kiosk), &store);
        QSignalSpy signedIn(&session, &KioskSession::signedIn);
        session.signIn(u"jean.dupont"_s, SecretBytes(canaryPassword), true);
        QVERIFY(signedIn.wait());
        QCOMPARE(readNow(store, rememberedKey).value, QByteArray("left.over")); // nothing written at sign-in

        // Nor at the end: the kiosk profile leaves the keychain as it found it (in the program it has no store at all,
        // issue #11), and the password never reached it.
        session.end(KioskSession::EndReason::Logout);
        QCOMPARE(readNow(store, rememberedKey).value, QByteArray("left.over"));
        QCOMPARE(itemsInKeyring(), 1);
        QVERIFY(!appEntries().contains(canaryPassword.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
