// Nothing of a pupil stays in the kiosk's memory after logout: the password and the identifier are read for in every
// writable mapping of the process (/proc/PID/maps, /proc/PID/mem, as its parent, as CI does as root) in UTF-8,
// UTF-16LE and percent-encoded form, after each of 20 sign-in/out cycles by the web form and by the OAuth2 password
// grant, after a reset by mailed code, and after a password change in Mon compte. The kiosk is built as the program
// builds it and driven through its widgets (leokiosk_memscan_driver) against the real reference server.
#include "core/ent/FormEncoder.h"
#include "support/RecoveryMail.h"
#include "support/ReferenceServer.h"
#include "support/SmtpSink.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

constexpr int cycles = 20;
constexpr int answerMs = 60000;

// ASCII (the driver types with QTest::keyClicks) with characters that percent-encoding changes.
const QString formLogin = u"memscan.formulaire"_s;
const QString formPassword = u"Zq7!Form#Scan+42"_s;
const QString oauthLogin = u"memscan.jeton"_s;
const QString oauthPassword = u"Kx9!Jeton#Scan+17"_s;
const QString resetLogin = u"memscan.oubli"_s;
const QString resetOldPassword = u"Wb3!Oubli#Scan+08"_s;
const QString resetNewPassword = u"Hn5!Nouveau#Scan+61"_s;
const QString changeLogin = u"memscan.compte"_s;
const QString changeOldPassword = u"Pv2!Compte#Scan+33"_s;
const QString changeNewPassword = u"Tr8!Change#Scan+94"_s;

struct Needle
{
    QString label;
    QByteArray bytes;
};

QList<Needle> needlesFor(const QString& name, const QString& secret)
{
    QByteArray utf16;
    for (const QChar c : secret) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    QList<Needle> needles{{name + u" (UTF-8)"_s, secret.toUtf8()}, {name + u" (UTF-16LE)"_s, utf16}};
    const QByteArray encoded = FormEncoder::encode(secret.toUtf8());
    if (encoded != secret.toUtf8())
        needles.append({name + u" (percent-encoded)"_s, encoded});
    return needles;
}

// Every occurrence of the needles in the writable mappings of `pid`, as "needle at address (mapping)".
QStringList findInMemory(qint64 pid, const QList<Needle>& needles, QString* error)
{
    QFile maps(u"/proc/%1/maps"_s.arg(pid));
    if (!maps.open(QIODevice::ReadOnly)) {
        *error = u"cannot read /proc/%1/maps"_s.arg(pid);
        return {};
    }
    const int mem = ::open(qPrintable(u"/proc/%1/mem"_s.arg(pid)), O_RDONLY | O_CLOEXEC);
    if (mem < 0) {
        *error = u"cannot open /proc/%1/mem: %2"_s.arg(pid).arg(QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    qsizetype longest = 0;
    for (const Needle& needle : needles)
        longest = qMax(longest, needle.bytes.size());
    QStringList found;
    qint64 scanned = 0;
    QByteArray buffer(4 * 1024 * 1024 + longest, Qt::Uninitialized);
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || fields[1].size() < 2 || fields[1][1] != 'w')
            continue;
        const QByteArray name = fields.value(5);
        if (name == "[vvar]" || name == "[vsyscall]")
            continue;
        const QList<QByteArray> range = fields[0].split('-');
        bool okStart = false;
        bool okEnd = false;
        const quint64 start = range.value(0).toULongLong(&okStart, 16);
        const quint64 end = range.value(1).toULongLong(&okEnd, 16);
        if (!okStart || !okEnd)
            continue;
        quint64 at = start;
        qsizetype carried = 0; // the tail of the previous chunk, so that a needle across chunks is found
        while (at < end) {
            const qsizetype want = qsizetype(qMin<quint64>(end - at, quint64(buffer.size() - carried)));
            const ssize_t got = ::pread(mem, buffer.data() + carried, size_t(want), off_t(at));
            if (got <= 0)
                break; // an unreadable part (a guard page): the rest of the mapping is skipped
            const qsizetype filled = carried + got;
            scanned += got;
            for (const Needle& needle : needles) {
                const char* from = buffer.constData();
                const char* last = buffer.constData() + filled;
                while (const void* hit = ::memmem(from, size_t(last - from), needle.bytes.constData(),
                                                   size_t(needle.bytes.size()))) {
                    const auto* p = static_cast<const char*>(hit);
                    const quint64 address = at - quint64(carried) + quint64(p - buffer.constData());
                    found.append(u"%1 at 0x%2 (%3)"_s.arg(needle.label).arg(address, 0, 16)
                                     .arg(name.isEmpty() ? u"anonymous"_s : QString::fromLocal8Bit(name)));
                    from = p + 1;
                }
            }
            at += quint64(got);
            carried = qMin<qsizetype>(longest - 1, filled);
            std::memmove(buffer.data(), buffer.constData() + filled - carried, size_t(carried));
        }
    }
    ::close(mem);
    if (scanned == 0)
        *error = u"nothing of /proc/%1/mem could be read"_s.arg(pid);
    return found;
}

} // namespace

class TestMemoryScan final : public QObject
{
    Q_OBJECT

private:
    SmtpSink m_sink;
    ReferenceServer m_server;
    QUrl m_url;
    QString m_clientSecret;

    // The driver, started and ready.
    std::unique_ptr<QProcess> startDriver(bool oauth)
    {
        auto driver = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        driver->setProcessEnvironment(env);
        driver->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments{m_url.toString()};
        if (oauth)
            arguments << u"kiosk-memscan"_s << m_clientSecret;
        driver->start(QStringLiteral(LEOKIOSK_MEMSCAN_DRIVER), arguments);
        if (!driver->waitForStarted(10000) || readAnswer(*driver) != "ready")
            return nullptr;
        return driver;
    }

    static QByteArray readAnswer(QProcess& driver)
    {
        if (!QTest::qWaitFor([&driver] { return driver.canReadLine() || driver.state() != QProcess::Running; },
                             answerMs))
            return "fail no answer";
        return driver.canReadLine() ? driver.readLine().trimmed() : QByteArray("fail the driver ended");
    }

    // End of input: the driver leaves.
    static void finish(QProcess& driver)
    {
        driver.closeWriteChannel();
        QVERIFY(driver.waitForFinished(20000));
        QCOMPARE(driver.exitCode(), 0);
    }

    static QByteArray command(QProcess& driver, const QString& line)
    {
        driver.write(line.toUtf8() + '\n');
        return readAnswer(driver);
    }

    // Nothing of `secrets` in the driver's writable memory.
    static void expectNothingOf(QProcess& driver, const QList<Needle>& needles, const QString& when)
    {
        QString error;
        const QStringList found = findInMemory(driver.processId(), needles, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(found.isEmpty(), qPrintable(when + u": "_s + found.join(u"; "_s)));
    }

    static QList<Needle> needles(const QString& login, const QStringList& passwords)
    {
        QList<Needle> all = needlesFor(u"identifier"_s, login);
        for (const QString& password : passwords)
            all += needlesFor(u"password"_s, password);
        return all;
    }

    void cyclesOf(bool oauth, const QString& login, const QString& password)
    {
        const std::unique_ptr<QProcess> driver = startDriver(oauth);
        QVERIFY(driver);
        const QList<Needle> pupil = needles(login, {password});
        for (int cycle = 1; cycle <= cycles; ++cycle) {
            QCOMPARE(command(*driver, u"signin %1 %2"_s.arg(login, password)), "ok");
            QCOMPARE(command(*driver, u"signout"_s), "ok");
            expectNothingOf(*driver, pupil, u"after logout %1"_s.arg(cycle));
            if (QTest::currentTestFailed())
                return;
        }
        finish(*driver);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sink.start(), qPrintable(m_sink.lastError()));
        m_server.setConfig(u"mail"_s, u"smtp_url"_s, u"smtp://127.0.0.1:%1"_s.arg(m_sink.port()));
        m_server.setConfig(u"mail"_s, u"starttls"_s, u"none"_s);
        m_server.setConfig(u"mail"_s, u"retry_base_s"_s, 1);
        QList<ReferenceServer::Account> accounts;
        const QList<std::pair<QString, QString>> logins{{formLogin, formPassword},
                                                        {oauthLogin, oauthPassword},
                                                        {resetLogin, resetOldPassword},
                                                        {changeLogin, changeOldPassword}};
        for (const auto& [login, password] : logins) {
            ReferenceServer::Account account;
            account.login = login;
            account.firstName = u"Mémoire"_s;
            account.lastName = u"Balayée"_s;
            account.email = login + u"@example.org"_s;
            account.password = password.toUtf8();
            accounts.append(account);
        }
        QVERIFY2(m_server.addAccounts(accounts), qPrintable(m_server.lastError()));
        m_clientSecret = m_server.addClient(u"kiosk-memscan"_s, u"userinfo auth directory"_s);
        QVERIFY2(!m_clientSecret.isEmpty(), qPrintable(m_server.lastError()));
        m_url = m_server.start();
        QVERIFY2(m_url.isValid(), qPrintable(m_server.lastError()));
    }

    // The scanner itself finds what is there: the driver's own copy, before it is typed and wiped.
    void theScanFindsWhatIsThere()
    {
        const std::unique_ptr<QProcess> driver = startDriver(false);
        QVERIFY(driver);
        QCOMPARE(command(*driver, u"signin %1 %2"_s.arg(formLogin, formPassword)), "ok");
        QString error;
        // Signed in: the kiosk holds the identifier (the user's details) as it should.
        const QStringList found = findInMemory(driver->processId(), needlesFor(u"identifier"_s, formLogin), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!found.isEmpty());
        QCOMPARE(command(*driver, u"signout"_s), "ok");
        finish(*driver);
    }

    // The shipped program zeroes freed memory as the driver does: its free() and realloc() are the ones every
    // library of the process binds to (exported from the executable).
    void theProgramScrubsFreedMemory()
    {
        QProcess nm;
        nm.start(u"nm"_s, {u"-D"_s, u"--defined-only"_s, QStringLiteral(LEOKIOSK_BIN)});
        if (!nm.waitForStarted(10000))
            QSKIP("nm is not installed");
        QVERIFY(nm.waitForFinished(30000));
        const QByteArray symbols = nm.readAllStandardOutput();
        for (const char* name : {"free", "realloc", "reallocarray"}) {
            const QRegularExpression defined(u" T %1$"_s.arg(QLatin1StringView(name)),
                                             QRegularExpression::MultilineOption);
            QVERIFY2(defined.match(QString::fromLatin1(symbols)).hasMatch(), name);
        }
    }

    void formLoginCycles() { cyclesOf(false, formLogin, formPassword); }
    void oauthCycles() { cyclesOf(true, oauthLogin, oauthPassword); }

    void afterAReset()
    {
        const std::unique_ptr<QProcess> driver = startDriver(false);
        QVERIFY(driver);
        const qsizetype before = m_sink.messages().size();
        QCOMPARE(command(*driver, u"forgot %1"_s.arg(resetLogin)), "ok");
        const RecoveryMail mail = RecoveryMail::waitForMailTo(m_sink, before, (resetLogin + u"@example.org"_s).toUtf8());
        const QString code = mail.typedCode();
        QVERIFY2(!code.isEmpty(), qPrintable(mail.body()));
        QCOMPARE(command(*driver, u"reset %1 %2 %3"_s.arg(resetLogin, code, resetNewPassword)), "ok");
        QCOMPARE(command(*driver, u"signin %1 %2"_s.arg(resetLogin, resetNewPassword)), "ok");
        QCOMPARE(command(*driver, u"signout"_s), "ok");
        QList<Needle> pupil = needles(resetLogin, {resetOldPassword, resetNewPassword});
        pupil += needlesFor(u"code"_s, code);
        expectNothingOf(*driver, pupil, u"after a reset"_s);
        finish(*driver);
    }

    void afterAPasswordChange()
    {
        const std::unique_ptr<QProcess> driver = startDriver(false);
        QVERIFY(driver);
        QCOMPARE(command(*driver, u"signin %1 %2"_s.arg(changeLogin, changeOldPassword)), "ok");
        QCOMPARE(command(*driver, u"change %1 %2"_s.arg(changeOldPassword, changeNewPassword)), "ok");
        QCOMPARE(command(*driver, u"signout"_s), "ok");
        expectNothingOf(*driver, needles(changeLogin, {changeOldPassword, changeNewPassword}),
                        u"after a password change"_s);
        finish(*driver);
    }
};

QTEST_GUILESS_MAIN(TestMemoryScan)
#include "tst_memoryscan.moc"
