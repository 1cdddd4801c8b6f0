// The real leo-ent-server under the attacks it must hold: no timing oracle on reset/match and activation/match, a
// login lockout that escalates to a lock and survives a restart (the same answers for known and unknown logins), the
// per-address limit of sign-ins, long logins refused before any work and without memory kept, the reset messages of
// one account capped whatever the spelling, and the database files private to the server.
#include "support/HttpTestClient.h"
#include "support/ReferenceServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <algorithm>
#include <memory>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

const QString banFr = u"Pour des raisons de sécurité, votre compte est bloqué temporairement suite à un trop grand "
                      "nombre de tentatives de connexion. Veuillez réessayer ultérieurement."_s;

ReferenceServer::Account pupil(const QString& login, const QByteArray& password)
{
    return {login,
            login.section(u'.', 0, 0),
            login.section(u'.', 1),
            u"Student"_s,
            u"Lycée Jules Verne"_s,
            u"2nde 3"_s,
            login + u"@example.org"_s,
            {},
            password};
}

// The message of ENT Core's login page: <body ng-init='error = "<message>"; …'>
QString pageError(const HttpTestClient::Reply& reply)
{
    static const QRegularExpression ngInit(u"<body[^>]* ng-init='error = \"([^\"]*)\";"_s);
    return ngInit.match(QString::fromUtf8(reply.body)).captured(1);
}

qint64 median(QList<qint64> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

int modeOf(const QString& path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

} // namespace

class TestServerHardening final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void codeMatchTakesTheSameTimeForEveryAccount_data();
    void codeMatchTakesTheSameTimeForEveryAccount();
    void lockoutEscalatesToALockThatSurvivesARestart();
    void oneAddressIsLimited();
    void longLoginsAreRefusedWithoutMemoryKept();
    void resetMailsArePerAccountWhateverTheSpelling();
    void databaseFilesArePrivate();
    void initKeepsTheKeyAwayFromTheDatabase();

private:
    HttpTestClient::Reply login(const QString& login, const QString& password);
    bool restart();

    ReferenceServer m_server;
    QString m_kioskSecret;
    std::unique_ptr<HttpTestClient> m_http;
};

void TestServerHardening::initTestCase()
{
    m_server.setConfig(u"recovery"_s, u"code_max_tries"_s, 100);
    m_server.setConfig(u"recovery"_s, u"login_max_requests"_s, 100);
    m_server.setConfig(u"recovery"_s, u"address_max_requests"_s, 1000);
    m_server.setConfig(u"auth"_s, u"max_retry"_s, 2);
    m_server.setConfig(u"auth"_s, u"ban_base_delay_s"_s, 4);
    m_server.setConfig(u"auth"_s, u"ban_max_delay_s"_s, 4);
    m_server.setConfig(u"auth"_s, u"address_max_failures"_s, 5);
    m_server.setConfig(u"auth"_s, u"lock_after"_s, 4);
    // Loopback is the only client: the address limit is tested on its own, through the address 127.0.0.1 below.
    m_server.setConfig(u"auth"_s, u"address_allow_list"_s, u"127.0.0.1"_s);
    QList<ReferenceServer::Account> accounts = {
        pupil(u"lock.target"_s, "Lock-2024"), pupil(u"mail.target"_s, "Mail-2024"),
        pupil(u"mail.control"_s, "Control-2024"), pupil(u"no.code"_s, "NoCode-2024")};
    for (int i = 0; i < 7; ++i) {
        accounts.append(pupil(u"reset.pending%1"_s.arg(i), "Pending-2024"));
        accounts.append(pupil(u"not.activated%1"_s.arg(i), {}));
    }
    QVERIFY2(m_server.addAccounts(accounts), qPrintable(m_server.lastError()));
    for (int i = 0; i < 7; ++i)
        QVERIFY2(!m_server.newActivationCode(u"not.activated%1"_s.arg(i)).isEmpty(), qPrintable(m_server.lastError()));
    m_kioskSecret = m_server.addClient(u"kiosk"_s, u"userinfo auth"_s, u"password"_s);
    QVERIFY2(!m_kioskSecret.isEmpty(), qPrintable(m_server.lastError()));
    QVERIFY2(m_server.start().isValid(), qPrintable(m_server.lastError()));
    m_http = std::make_unique<HttpTestClient>(m_server.url());
    for (int i = 0; i < 7; ++i) {
        const auto asked =
            m_http->post(u"/auth/forgot-password"_s,
                         HttpTestClient::json({{u"login"_s, u"reset.pending%1"_s.arg(i)}, {u"service"_s, u"mail"_s}}),
                         {}, "application/json");
        QCOMPARE(asked.status, 200);
    }
}

HttpTestClient::Reply TestServerHardening::login(const QString& login, const QString& password)
{
    return m_http->post(u"/auth/login"_s, HttpTestClient::form({{u"email"_s, login}, {u"password"_s, password}}));
}

bool TestServerHardening::restart()
{
    m_http.reset();
    m_server.stop();
    if (!m_server.start().isValid())
        return false;
    m_http = std::make_unique<HttpTestClient>(m_server.url());
    return true;
}

void TestServerHardening::codeMatchTakesTheSameTimeForEveryAccount_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("pendingPrefix");
    QTest::newRow("reset/match") << u"/auth/reset/match"_s << u"reset.pending"_s;
    QTest::newRow("activation/match") << u"/auth/activation/match"_s << u"not.activated"_s;
}

// A wrong code for an account with a code pending, against an unknown login and an account without a code: samples
// interleaved, medians within 10 %. Each account with a code takes at most code_max_tries (100) wrong codes before
// the code is burnt, so the 200 samples of one measurement use two of them; a measurement disturbed by the machine's
// load is made again, at most twice.
void TestServerHardening::codeMatchTakesTheSameTimeForEveryAccount()
{
    QFETCH(QString, route);
    QFETCH(QString, pendingPrefix);
    const auto timed = [&](const QString& login) {
        QElapsedTimer timer;
        timer.start();
        const auto reply =
            m_http->post(route, HttpTestClient::json({{u"login"_s, login}, {u"password"_s, u"zzzz-zzzz"_s}}), {},
                         "application/json");
        const qint64 elapsed = timer.nsecsElapsed();
        return reply.body == R"({"match":false})" ? elapsed : -1;
    };
    constexpr int samples = 200;
    QString report;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QList<qint64> pending;
        QList<qint64> without;
        for (int i = 0; i < samples; ++i) {
            const QString account = pendingPrefix + QString::number(2 * attempt + i % 2);
            pending.append(timed(account));
            without.append(timed(i % 2 ? u"nobody.at-all"_s : u"no.code"_s));
        }
        QVERIFY(!pending.contains(-1) && !without.contains(-1));
        const qint64 a = median(pending);
        const qint64 b = median(without);
        report += u"[%1 µs with a code, %2 µs without] "_s.arg(a / 1000).arg(b / 1000);
        if (std::abs(a - b) * 10 <= std::max(a, b))
            return;
    }
    QFAIL(qPrintable(u"the medians differ by more than 10 %: "_s + report));
}

// NIST SP 800-63B §5.2.2: consecutive failures are never forgotten with time; from max_retry (2) each one bans the
// login for ban_base_delay_s (4 s here, at least 3 s as the store counts in seconds: longer than a restart), and the
// lock_after-th (4th) locks it until staff or a new password lift it. The count, the bans and the lock are in the
// database: a restart keeps them. Known and unknown logins get the same answers all along.
void TestServerHardening::lockoutEscalatesToALockThatSurvivesARestart()
{
    const QStringList logins = {u"lock.target"_s, u"nobody.locked"_s};
    // The one answer both logins got, or "differ".
    const auto answers = [&](const QString& password) {
        QStringList errors;
        for (const QString& name : logins)
            errors.append(pageError(login(name, password)));
        return errors.value(0) == errors.value(1) ? errors.value(0) : u"differ: "_s + errors.join(u" | "_s);
    };
    // Attempts refused during a ban are not counted: try until the answer is no longer the ban (a counted failure).
    const auto afterTheBan = [&](const QString& password) {
        QStringList errors;
        for (const QString& name : logins) {
            QString error = banFr;
            QDeadlineTimer deadline(10000);
            while (error == banFr && !deadline.hasExpired()) {
                error = pageError(login(name, password));
                if (error == banFr)
                    QTest::qWait(100);
            }
            errors.append(error);
        }
        return errors;
    };

    const QString failed = answers(u"guess-1"_s);
    QVERIFY(failed != banFr && failed != u"differ"_s);
    QCOMPARE(answers(u"guess-2"_s), failed);  // the 2nd failure is checked, then bans
    QCOMPARE(answers(u"Lock-2024"_s), banFr); // even the right password, without being checked
    const QStringList third = afterTheBan(u"guess-3"_s);
    QCOMPARE(third, QStringList({failed, failed}));

    QVERIFY2(restart(), qPrintable(m_server.lastError()));
    QCOMPARE(answers(u"Lock-2024"_s), banFr);             // the ban of the 3rd failure outlived the restart
    const QStringList fourth = afterTheBan(u"guess-4"_s); // the 4th failure locks
    QCOMPARE(fourth, QStringList({failed, failed}));

    QVERIFY2(restart(), qPrintable(m_server.lastError()));
    QTest::qWait(4500); // longer than any ban (ban_max_delay_s): what is left is the lock
    QCOMPARE(answers(u"Lock-2024"_s), banFr);
    const auto grant =
        m_http->passwordGrant(u"kiosk"_s, m_kioskSecret, u"lock.target"_s, u"Lock-2024"_s, u"userinfo"_s);
    QCOMPARE(grant.status, 401);
    QCOMPARE(grant.body, QByteArray(R"({"error":"access_denied","error_description":"auth.error.ban"})"));

    // Staff lift it.
    QVERIFY(m_server.run({u"users"_s, u"unblock"_s, u"lock.target"_s}).ok());
    QCOMPARE(login(u"lock.target"_s, u"Lock-2024"_s).status, 302);
}

namespace {

// One request from a given loopback source address (the server sees 127.0.0.2 and so on), the raw answer.
QByteArray postFrom(const QString& source,
                    const QUrl& base,
                    const QByteArray& path,
                    const QByteArray& form,
                    const QByteArray& extraHeaders = {})
{
    QTcpSocket socket;
    if (!socket.bind(QHostAddress(source)))
        return {};
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("POST " + path + " HTTP/1.1\r\nHost: " + base.host().toLatin1() +
                 "\r\nAccept-Language: fr\r\nConnection: close\r\n" + extraHeaders +
                 "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                 QByteArray::number(form.size()) + "\r\n\r\n" + form);
    QByteArray answer;
    QDeadlineTimer deadline(10000);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (socket.waitForReadyRead(int(deadline.remainingTime())))
            answer += socket.readAll();
    }
    return answer + socket.readAll();
}

} // namespace

// address_max_failures (5) failed sign-ins from one address (here 127.0.0.2, not on the allow-list), whatever the
// logins: then the address gets the ban's answer on the login form and the token endpoint, even with the right
// password. 127.0.0.1, on the allow-list, is not limited.
void TestServerHardening::oneAddressIsLimited()
{
    const QUrl base = m_server.url();
    for (int i = 0; i < 5; ++i) {
        const QByteArray answer = postFrom(u"127.0.0.2"_s, base, "/auth/login",
                                           "email=someone" + QByteArray::number(i) + "&password=guess-1");
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
        QVERIFY(!QString::fromUtf8(answer).contains(banFr));
    }
    const QByteArray refused =
        postFrom(u"127.0.0.2"_s, base, "/auth/login", "email=mail.control&password=Control-2024");
    QVERIFY2(refused.startsWith("HTTP/1.1 200") && QString::fromUtf8(refused).contains(banFr),
             refused.left(300).constData());
    const QByteArray basic =
        "Authorization: Basic " + QByteArray("kiosk:" + m_kioskSecret.toLatin1()).toBase64() + "\r\n";
    const QByteArray grant = postFrom(u"127.0.0.2"_s, base, "/auth/oauth2/token",
                                      "grant_type=password&username=mail.control&password=Control-2024", basic);
    QVERIFY2(grant.startsWith("HTTP/1.1 401") &&
                 grant.endsWith(R"({"error":"access_denied","error_description":"auth.error.ban"})"),
             grant.constData());
    QCOMPARE(login(u"mail.control"_s, u"Control-2024"_s).status, 302); // from 127.0.0.1
}

// A login longer than any account's is refused before any work: no ban counted, nothing kept. The login throttle keys
// on a keyed hash of the login, so 300 distinct 40,000-character logins leave the server's memory as it was.
void TestServerHardening::longLoginsAreRefusedWithoutMemoryKept()
{
    const qint64 before = m_server.residentKiB();
    QVERIFY(before > 0);
    for (int i = 0; i < 300; ++i) {
        const QString name = QString::number(i) + QString(40000, u'a');
        const auto reply = login(name, u"guess-1"_s);
        QCOMPARE(reply.status, 200);
        QVERIFY(pageError(reply) != banFr);
    }
    const qint64 after = m_server.residentKiB();
    QVERIFY2(after - before < 8 * 1024, qPrintable(u"RSS grew from %1 to %2 KiB"_s.arg(before).arg(after)));
}

// recovery/account_max_mails (3) per hour per account, whatever the spelling of the login and with the per-login
// limit out of the way (login_max_requests 100 here). The queue is delivered oldest first: once the control account's
// mail, asked for last, is in the outbox, every earlier request has been dealt with.
void TestServerHardening::resetMailsArePerAccountWhateverTheSpelling()
{
    const auto ask = [&](const QString& name) {
        return m_http
            ->post(u"/auth/forgot-password"_s, HttpTestClient::json({{u"login"_s, name}, {u"service"_s, u"mail"_s}}),
                   {}, "application/json")
            .status;
    };
    for (const QString& spelling : {u"mail.target"_s, u"MAIL.TARGET"_s, u"mail.target"_s, u" mail.target"_s,
                                    u"mail.target"_s, u"Mail.Target"_s, u"mail.target"_s})
        QCOMPARE(ask(spelling), 200);
    QCOMPARE(ask(u"mail.control"_s), 200);
    const auto mailsTo = [&](const QByteArray& address) {
        int count = 0;
        QDirIterator outbox(QDir(m_server.directory()).filePath(u"outbox"_s), {u"*.eml"_s}, QDir::Files);
        while (outbox.hasNext()) {
            QFile mail(outbox.next());
            if (mail.open(QIODevice::ReadOnly) && mail.readAll().contains(QByteArray("To: " + address)))
                ++count;
        }
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo("mail.control@example.org"), 1, 10000);
    QCOMPARE(mailsTo("mail.target@example.org"), 3);
}

void TestServerHardening::databaseFilesArePrivate()
{
    QCOMPARE(login(u"mail.control"_s, u"Control-2024"_s).status, 302); // the server has written: -wal and -shm exist
    const QDir dir(m_server.directory());
    for (const QString& name : {u"leo-ent.db"_s, u"leo-ent.db-wal"_s, u"leo-ent.db-shm"_s}) {
        QVERIFY2(QFileInfo::exists(dir.filePath(name)), qPrintable(name));
        QCOMPARE(modeOf(dir.filePath(name)), 0600);
    }
}

// `init` with the template's defaults: the key file in its own folder (0700), not beside the database.
void TestServerHardening::initKeepsTheKeyAwayFromTheDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(u"site/leo-ent-server.ini"_s);
    QProcess init;
    init.start(QStringLiteral(LEO_ENT_SERVER_BIN), {u"--config"_s, config, u"init"_s});
    QVERIFY(init.waitForFinished(60000));
    QVERIFY2(init.exitCode() == 0, init.readAllStandardError().constData());
    const QString database = dir.filePath(u"site/leo-ent.db"_s);
    const QString key = dir.filePath(u"site/private/leo-ent.key"_s);
    QCOMPARE(modeOf(database), 0600);
    QCOMPARE(modeOf(key), 0600);
    QCOMPARE(modeOf(QFileInfo(key).absolutePath()), 0700);
    QVERIFY(QFileInfo(key).absolutePath() != QFileInfo(database).absolutePath());
}

QTEST_GUILESS_MAIN(TestServerHardening)
#include "tst_serverhardening.moc"
