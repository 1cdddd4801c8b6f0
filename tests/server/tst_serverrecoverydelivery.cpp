// Delivery of the recovery messages by the real leo-ent-server: retries while the relay fails, a queued message
// that outlives a restart (delivered once), the outbox folder of a server without relay, code expiry, the
// per-address limit and its allow-list, and the SMS gateway. What the queue holds is read in the server's own
// database, opened with its key while the server is stopped: a delivered message leaves no row behind.
#include "sqlcipher/Database.h"
#include "sqlcipher/Error.h"
#include "sqlcipher/Statement.h"
#include "support/ClosedPort.h"
#include "support/FakeHttpServer.h"
#include "support/HttpTestClient.h"
#include "support/RecoveryMail.h"
#include "support/ReferenceServer.h"
#include "support/SmtpSink.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

ReferenceServer::Account pupil(const QString& login, const QString& mobile = {})
{
    return {login,
            login.section(u'.', 0, 0),
            login.section(u'.', 1),
            u"Student"_s,
            u"Lycée Jules Verne"_s,
            {},
            login + u"@example.org"_s,
            mobile,
            "Pupil-2024"};
}

HttpTestClient::Reply forgot(const QUrl& base, const QString& login, const QString& service = u"mail"_s)
{
    HttpTestClient http(base);
    const QByteArray body = HttpTestClient::json(QJsonObject{{u"login"_s, login}, {u"service"_s, service}});
    return http.post(u"/auth/forgot-password"_s, body, {}, "application/json");
}

bool matches(const QUrl& base, const QString& login, const QString& code)
{
    HttpTestClient http(base);
    const QByteArray body = HttpTestClient::json(QJsonObject{{u"login"_s, login}, {u"password"_s, code}});
    return http.post(u"/auth/reset/match"_s, body, {}, "application/json").json().value(u"match"_s).toBool();
}

// The messages waiting in the server's queue (outgoing_messages), -1 if its database can't be read. The server must be
// stopped: one writer at a time.
int queuedMessages(const ReferenceServer& server)
{
    QFile keyFile(server.directory() + u"/leo-ent.key"_s);
    if (!keyFile.open(QIODevice::ReadOnly))
        return -1;
    try {
        SqlCipher::Database db(server.directory() + u"/leo-ent.db"_s, QByteArray::fromHex(keyFile.readAll().trimmed()));
        SqlCipher::Statement count = db.prepare("SELECT count(*) FROM outgoing_messages");
        return count.step() ? static_cast<int>(count.columnInt(0)) : -1;
    } catch (const SqlCipher::Error&) {
        return -1;
    }
}

QStringList outboxFiles(const ReferenceServer& server)
{
    return QDir(server.directory() + u"/outbox"_s).entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
}

RecoveryMail outboxMail(const ReferenceServer& server, const QString& name)
{
    QFile file(server.directory() + u"/outbox/"_s + name);
    return RecoveryMail(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
}

} // namespace

class TestServerRecoveryDelivery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relayFailuresAreRetried();
    void queuedMessageOutlivesARestart();
    void outboxFolderAndCodeExpiry();
    void addressLimitAndAllowList();
    void smsGoesThroughTheGateway();
};

void TestServerRecoveryDelivery::relayFailuresAreRetried()
{
    SmtpSink sink;
    SmtpSink::Options failing;
    failing.failFirst = 2;
    QVERIFY2(sink.start(failing), qPrintable(sink.lastError()));
    ReferenceServer server;
    server.setConfig(u"mail"_s, u"smtp_url"_s, u"smtp://127.0.0.1:%1"_s.arg(sink.port()));
    server.setConfig(u"mail"_s, u"starttls"_s, u"none"_s);
    server.setConfig(u"mail"_s, u"retry_base_s"_s, 1);
    QVERIFY2(server.addAccount(pupil(u"retry.pupil"_s)), qPrintable(server.lastError()));
    const QUrl base = server.start();
    QVERIFY2(base.isValid(), qPrintable(server.lastError()));

    QCOMPARE(forgot(base, u"retry.pupil"_s).status, 200);
    QVERIFY2(sink.waitForMessages(1, 30000), qPrintable(server.log()));
    QCOMPARE(server.log().count(u"not delivered, next try in"_s), 2);
    const RecoveryMail mail(sink.messages().first());
    QCOMPARE(mail.header("To"), "retry.pupil@example.org");
    QVERIFY(matches(base, u"retry.pupil"_s, mail.typedCode()));
    QVERIFY(!server.log().contains(u"retry.pupil"_s)); // no login or address in the log
}

void TestServerRecoveryDelivery::queuedMessageOutlivesARestart()
{
    ReferenceServer server;
    server.setConfig(u"mail"_s, u"smtp_url"_s, u"smtp://127.0.0.1:%1"_s.arg(closedLocalUrl().port()));
    server.setConfig(u"mail"_s, u"starttls"_s, u"none"_s);
    server.setConfig(u"mail"_s, u"retry_base_s"_s, 1);
    QVERIFY2(server.addAccounts({pupil(u"queued.pupil"_s), pupil(u"later.pupil"_s)}), qPrintable(server.lastError()));
    QUrl base = server.start();
    QVERIFY2(base.isValid(), qPrintable(server.lastError()));
    QCOMPARE(forgot(base, u"queued.pupil"_s).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(u"not delivered"_s), 15000); // the relay is down
    QCOMPARE(server.stop(), 0);
    QCOMPARE(queuedMessages(server), 1);

    SmtpSink sink;
    QVERIFY2(sink.start(), qPrintable(sink.lastError()));
    server.setConfig(u"mail"_s, u"smtp_url"_s, u"smtp://127.0.0.1:%1"_s.arg(sink.port()));
    base = server.start();
    QVERIFY2(base.isValid(), qPrintable(server.lastError()));
    QVERIFY2(sink.waitForMessages(1, 30000), qPrintable(server.log()));
    const RecoveryMail queued(sink.messages().first());
    QCOMPARE(queued.header("To"), "queued.pupil@example.org");
    QVERIFY(matches(base, u"queued.pupil"_s, queued.typedCode()));

    // Delivered once: a later message comes next, with nothing in between.
    QCOMPARE(forgot(base, u"later.pupil"_s).status, 200);
    QVERIFY(sink.waitForMessages(2));
    QCOMPARE(sink.messages().size(), 2);
    QCOMPARE(RecoveryMail(sink.messages().at(1)).header("To"), "later.pupil@example.org");

    // Both were delivered: their rows, code and address included, are gone from the server's database.
    QCOMPARE(server.stop(), 0);
    QCOMPARE(queuedMessages(server), 0);
}

void TestServerRecoveryDelivery::outboxFolderAndCodeExpiry()
{
    ReferenceServer server; // no relay: the outbox folder
    server.setConfig(u"recovery"_s, u"code_lifetime_s"_s, 2);
    QVERIFY2(server.addAccount(pupil(u"expiry.pupil"_s)), qPrintable(server.lastError()));
    const QUrl base = server.start();
    QVERIFY2(base.isValid(), qPrintable(server.lastError()));
    QVERIFY(server.log().contains(u"messages are written to "_s + server.directory() + u"/outbox"_s));

    QCOMPARE(forgot(base, u"expiry.pupil"_s).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(outboxFiles(server).size(), 1, 15000);
    const QString name = outboxFiles(server).first();
    QVERIFY(name.endsWith(u".eml"_s));
    QCOMPARE(QFile::permissions(server.directory() + u"/outbox/"_s + name),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    const RecoveryMail mail = outboxMail(server, name);
    QCOMPARE(mail.header("To"), "expiry.pupil@example.org");
    QVERIFY(mail.body().contains(u"valables 1 min"_s));
    const QString code = mail.typedCode();
    QCOMPARE(code, mail.linkCode());
    QVERIFY(mail.link().startsWith(base.toString() + u"/auth/reset/"_s));

    QVERIFY(matches(base, u"expiry.pupil"_s, code)); // a right code is not a wrong try: asking again is harmless
    QTRY_VERIFY_WITH_TIMEOUT(!matches(base, u"expiry.pupil"_s, code), 10000);
    HttpTestClient http(base);
    const auto expired = http.post(u"/auth/reset"_s, HttpTestClient::form({{u"login"_s, u"expiry.pupil"_s},
                                                                           {u"resetCode"_s, code},
                                                                           {u"password"_s, u"Nouveau-2025"_s},
                                                                           {u"confirmPassword"_s, u"Nouveau-2025"_s}}));
    QCOMPARE(expired.status, 200);
    QVERIFY(expired.json().contains(u"error"_s));
}

void TestServerRecoveryDelivery::addressLimitAndAllowList()
{
    ReferenceServer server;
    server.setConfig(u"recovery"_s, u"address_max_requests"_s, 2);
    QVERIFY2(server.addAccounts({pupil(u"first.pupil"_s), pupil(u"second.pupil"_s), pupil(u"third.pupil"_s),
                                 pupil(u"fourth.pupil"_s)}),
             qPrintable(server.lastError()));
    QUrl base = server.start();
    QVERIFY2(base.isValid(), qPrintable(server.lastError()));
    for (const QString& login : {u"first.pupil"_s, u"second.pupil"_s, u"third.pupil"_s}) {
        const auto reply = forgot(base, login);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, "{}");
    }
    QTRY_COMPARE_WITH_TIMEOUT(outboxFiles(server).size(), 2, 15000);
    QCOMPARE(server.stop(), 0);

    // The school's shared address goes on the allow-list: only the per-login limit is left. The limit survived
    // the restart; third.pupil's request was never queued, so the next file is fourth.pupil's.
    server.setConfig(u"recovery"_s, u"address_allow_list"_s, u"192.0.2.0/24 127.0.0.1 ::1"_s);
    base = server.start();
    QVERIFY2(base.isValid(), qPrintable(server.lastError()));
    QCOMPARE(forgot(base, u"fourth.pupil"_s).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(outboxFiles(server).size(), 3, 15000);
    QStringList recipients;
    for (const QString& name : outboxFiles(server))
        recipients.append(QString::fromLatin1(outboxMail(server, name).header("To")));
    recipients.sort();
    QCOMPARE(recipients,
             (QStringList{u"first.pupil@example.org"_s, u"fourth.pupil@example.org"_s, u"second.pupil@example.org"_s}));
}

void TestServerRecoveryDelivery::smsGoesThroughTheGateway()
{
    FakeHttpServer gateway;
    QVERIFY(gateway.listen());
    gateway.on("POST", "/v1/sms", FakeHttpServer::Response::json(R"({"id":"1"})", 202));
    ReferenceServer server;
    QFile token(server.directory() + u"/sms.token"_s);
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write("gateway-token-42\n");
    token.close();
    QVERIFY(token.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    server.setConfig(u"sms"_s, u"gateway_url"_s, QString(gateway.url().toString() + u"/v1/sms"_s));
    server.setConfig(u"sms"_s, u"token_file"_s, token.fileName());
    QVERIFY2(server.addAccounts({pupil(u"sms.pupil"_s, u"0600000001"_s), pupil(u"nomobile.pupil"_s)}),
             qPrintable(server.lastError()));
    const QUrl base = server.start();
    QVERIFY2(base.isValid(), qPrintable(server.lastError()));

    HttpTestClient http(base);
    QCOMPARE(http.get(u"/auth/password-channels"_s).body, R"({"mobile":true})");
    QCOMPARE(forgot(base, u"nomobile.pupil"_s, u"mobile"_s).body, "{}");
    QCOMPARE(forgot(base, u"nobody.at-all"_s, u"mobile"_s).body, "{}");
    QCOMPARE(forgot(base, u"sms.pupil"_s, u"mobile"_s).body, "{}");
    QTRY_COMPARE_WITH_TIMEOUT(gateway.count("/v1/sms"), 1, 15000);
    const FakeHttpServer::Request sent = gateway.lastRequest("/v1/sms");
    QCOMPARE(sent.header("Authorization"), "Bearer gateway-token-42");
    QCOMPARE(sent.header("Content-Type"), "application/json");
    const QJsonObject sms = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(sms.value(u"to"_s).toString(), u"0600000001"_s);
    const QString text = sms.value(u"text"_s).toString();
    QVERIFY2(!text.contains(u"http"_s), qPrintable(text)); // the code, not a link
    const QString code = text.section(u" est "_s, 1).left(9).remove(u'-');
    QVERIFY2(matches(base, u"sms.pupil"_s, code), qPrintable(text));

    // The lost identifier by SMS (forgot-id with service mobile): the login, to the account's mobile, and {}.
    const auto forgotId = [&](const QString& mail) {
        return http.post(u"/auth/forgot-id"_s,
                         HttpTestClient::json(QJsonObject{{u"mail"_s, mail}, {u"service"_s, u"mobile"_s}}), {},
                         "application/json");
    };
    QCOMPARE(forgotId(u"nomobile.pupil@example.org"_s).body, "{}");
    QCOMPARE(forgotId(u"sms.pupil@example.org"_s).body, "{}");
    QTRY_COMPARE_WITH_TIMEOUT(gateway.count("/v1/sms"), 2, 15000);
    const QJsonObject reminder = QJsonDocument::fromJson(gateway.lastRequest("/v1/sms").body).object();
    QCOMPARE(reminder.value(u"to"_s).toString(), u"0600000001"_s);
    QCOMPARE(reminder.value(u"text"_s).toString(),
             u"ENT LEO : voici le rappel de votre identifiant de connexion : sms.pupil"_s);
    QVERIFY(outboxFiles(server).isEmpty());
}

QTEST_GUILESS_MAIN(TestServerRecoveryDelivery)
#include "tst_serverrecoverydelivery.moc"
