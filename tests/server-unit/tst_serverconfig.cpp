// ServerConfig's key table: every key's default loads, the template `init` writes loads back to the defaults, and a
// wrong value is refused with its key's name.

#include "config/ServerConfig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace LeoEnt;
using namespace Qt::StringLiterals;

class TestServerConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void missingFileGivesTheDefaults();
    void everyDefaultWrittenOutLoadsTheSame();
    void templateLoadsBackToTheDefaults();
    void templateNamesEveryKeyOnce();
    void keysAreUnique();
    void keysTextListsEveryKey();
    void helpListsEveryKey();
    void valuesAreRead();
    void pathsAreRelativeToTheFile();
    void wrongValueIsRefusedWithItsKey_data();
    void wrongValueIsRefusedWithItsKey();
    void everyIntegerAndBooleanKeyRefusesAWord();

private:
    QString write(const QByteArray& text);       // a new file each time: QSettings caches what it read of a path
    static QString refusal(const QString& file); // the message of load()'s exception, empty when it loads

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_files = 0;
};

void TestServerConfig::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestServerConfig::write(const QByteArray& text)
{
    const QString path = m_dir->filePath(u"leo-ent-server-%1.ini"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return {};
    return path;
}

QString TestServerConfig::refusal(const QString& file)
{
    try {
        ServerConfig::load(file);
    } catch (const std::runtime_error& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

void TestServerConfig::missingFileGivesTheDefaults()
{
    const ServerConfig config = ServerConfig::load(m_dir->filePath(u"absent.ini"_s));
    const QDir dir(m_dir->path());
    QVERIFY(config.listensOnLoopback() && !config.tls() && !config.smsConfigured());
    QCOMPARE(config.port, 8090);
    QVERIFY(config.publicUrl.isEmpty());
    // relative paths are resolved against the file's folder
    QCOMPARE(config.database, dir.filePath(u"leo-ent.db"_s));
    QCOMPARE(config.outbox, dir.filePath(u"outbox"_s));
    QCOMPARE(config.passwordRegex, u"(?=.*[A-Za-z])(?=.*[0-9]).{8,}"_s);
    QVERIFY(config.passwordRuleFr.startsWith(u"Votre mot de passe doit contenir au moins 8 caractères"_s));
    QVERIFY(config.cgu && config.activationAutoLogin && config.smtpStartTls);
    QCOMPARE(config.keyFile, dir.filePath(u"private/leo-ent.key"_s)); // not beside the database
    QCOMPARE(QList<int>({config.maxRetry, config.banBaseDelayS, config.banMaxDelayS, config.lockAfter}),
             QList<int>({5, 60, 3600, 50}));
    QCOMPARE(QList<int>({config.addressMaxFailures, config.addressWindowS, config.refreshTokenTtlS}),
             QList<int>({30, 300, 7 * 86400}));
    QCOMPARE(QList<int>({config.recoveryAccountMax, config.recoveryAccountWindowS}), QList<int>({3, 3600}));
    QCOMPARE(QList<int>({config.maxHeaderBytes, config.requestTimeoutS, config.maxConnections,
                         config.maxConnectionsPerAddress}),
             QList<int>({16384, 10, 4096, 64}));
    QCOMPARE(config.mailGiveUpAfterS, 3 * 86400);
    QCOMPARE(config.mailFrom, u"noreply@localhost"_s);
}

// Each key set to its own default, one at a time, as a quoted value: the same config as with the key missing.
void TestServerConfig::everyDefaultWrittenOutLoadsTheSame()
{
    const ServerConfig defaults = ServerConfig::load(m_dir->filePath(u"absent.ini"_s));
    for (const ConfigKey& key : ServerConfig::keys()) {
        QString value = key.defaultValue;
        value.replace(u'\\', "\\\\"_L1).replace(u'"', "\\\""_L1);
        const QString path = write((u"["_s + key.group + u"]\n"_s + key.name + u"=\""_s + value + u"\"\n"_s).toUtf8());
        QVERIFY(!path.isEmpty());
        QVERIFY2(refusal(path).isEmpty(), qPrintable(key.path() + u": "_s + refusal(path)));
        QVERIFY2(ServerConfig::load(path) == defaults, qPrintable(key.path()));
    }
}

void TestServerConfig::templateLoadsBackToTheDefaults()
{
    const QString path = write(ServerConfig::templateText());
    QVERIFY(!path.isEmpty());
    QCOMPARE(refusal(path), QString());
    QVERIFY(ServerConfig::load(path) == ServerConfig::load(m_dir->filePath(u"absent.ini"_s)));
}

void TestServerConfig::templateNamesEveryKeyOnce()
{
    const QByteArray text = ServerConfig::templateText();
    const QSettings settings(write(text), QSettings::IniFormat);
    QSet<QString> expected;
    for (const ConfigKey& key : ServerConfig::keys()) {
        expected.insert(key.path());
        // the key's line and its one-line description above it
        QVERIFY2(text.contains((u"; "_s + key.description + u'\n' + key.name + u'=').toUtf8()), qPrintable(key.path()));
    }
    const QStringList written = settings.allKeys();
    QCOMPARE(QSet<QString>(written.begin(), written.end()), expected);
    for (const QString& group : {u"server"_s, u"store"_s, u"sessions"_s, u"auth"_s, u"oauth"_s, u"recovery"_s,
                                 u"mailstate"_s, u"mail"_s, u"sms"_s})
        QCOMPARE(text.count((u"\n["_s + group + u"]\n"_s).toUtf8()), 1);
}

void TestServerConfig::keysAreUnique()
{
    QSet<QString> seen;
    for (const ConfigKey& key : ServerConfig::keys()) {
        QVERIFY2(!seen.contains(key.path()), qPrintable(key.path()));
        seen.insert(key.path());
        QVERIFY2(!key.type.isEmpty() && !key.description.isEmpty(), qPrintable(key.path()));
        QVERIFY2(!key.description.contains(u'\n'), qPrintable(key.path()));
    }
    QCOMPARE(seen.size(), 75);
}

void TestServerConfig::keysTextListsEveryKey()
{
    const QString text = ServerConfig::keysText();
    for (const ConfigKey& key : ServerConfig::keys()) {
        QVERIFY2(text.contains(key.path() + u"  ("_s + key.type), qPrintable(key.path()));
        QVERIFY2(text.contains(u"    "_s + key.description + u'\n'), qPrintable(key.path()));
    }
    QVERIFY(text.contains(u"server/port  (integer 0-65535, default: 8090)"_s));
    QVERIFY(text.contains(u"server/public_url  (http(s) URL, default: unset)"_s));
}

void TestServerConfig::helpListsEveryKey()
{
    QProcess server;
    server.start(QStringLiteral(LEO_ENT_SERVER_BIN), {u"--help"_s});
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 0);
    const QString help = QString::fromUtf8(server.readAllStandardOutput());
    QVERIFY(help.contains(u"Configuration file keys"_s));
    for (const ConfigKey& key : ServerConfig::keys())
        QVERIFY2(help.contains(key.path() + u"  ("_s), qPrintable(key.path()));
}

void TestServerConfig::valuesAreRead()
{
    const QString path = write("[server]\nport=0\npublic_url=https://ent.example.fr\n"
                               "[auth]\ncgu=FALSE\npassword_rule_en=\"Eight, at least\"\n"
                               "[mail]\nsmtp_url=smtp://127.0.0.1:2525\nstarttls=none\nusername=relay\n"
                               "[recovery]\naddress_allow_list=192.0.2.0/24 2001:db8::1\n"
                               "[sms]\ngateway_url=http://127.0.0.1:9000/send\ntoken_env=SMS_TOKEN\n");
    const ServerConfig config = ServerConfig::load(path);
    QCOMPARE(config.port, 0);
    QCOMPARE(config.publicUrl, QUrl(u"https://ent.example.fr"_s));
    QVERIFY(!config.cgu);
    QCOMPARE(config.passwordRuleEn, u"Eight, at least"_s);
    QCOMPARE(config.smtpUrl, u"smtp://127.0.0.1:2525"_s);
    QVERIFY(!config.smtpStartTls); // a password in clear, but to a relay on loopback
    QCOMPARE(config.smtpUsername, u"relay"_s);
    QCOMPARE(config.recoveryAllowList, u"192.0.2.0/24 2001:db8::1"_s);
    QVERIFY(config.smsConfigured());
    QCOMPARE(config.smsTokenEnv, u"SMS_TOKEN"_s);
}

void TestServerConfig::pathsAreRelativeToTheFile()
{
    const QString path = write("[store]\ndatabase=data/../db/ent.db\nkey_file=/etc/leo/ent.key\n[mail]\noutbox=\n"
                               "smtp_url=smtps://relay.example:465\n");
    const ServerConfig config = ServerConfig::load(path);
    QCOMPARE(config.database, QDir(m_dir->path()).filePath(u"db/ent.db"_s));
    QCOMPARE(config.keyFile, u"/etc/leo/ent.key"_s);
    QVERIFY(config.outbox.isEmpty());
}

namespace {

// A key set to a wrong value (with other keys of its group where the refusal depends on them), and why it is refused.
struct WrongValue
{
    const char* key;
    const char* value;
    const char* alongside; // more lines of the same group
    const char* why;
};

const WrongValue wrongValues[] = {
    {"server/port", "70000", "", "expected an integer between 0 and 65535"},
    {"auth/cgu", "maybe", "", "expected true or false"},
    {"mail/product_name", "ENT, LEO", "", "the value contains a comma: put it in double quotes"},
    {"server/listen_address", "localhost", "", "expected an IPv4 or IPv6 address"},
    {"server/public_url", "ftp://ent.example.fr", "", "expected an absolute http or https URL"},
    {"server/tls_cert", "cert.pem", "", "tls_cert and tls_key go together"},
    {"store/database", "", "", "a database path is required"},
    {"store/key_file", "", "", "set key_file or key_env"},
    {"auth/ban_max_delay_s", "30", "", "must not be smaller than ban_base_delay_s"},
    {"recovery/address_allow_list", "10.0.0.0/40", "", "expected IP addresses or CIDR ranges separated by spaces"},
    {"mail/starttls", "sometimes", "", "expected required or none"},
    {"mail/smtp_url", "http://relay.example", "", "expected smtp://host:port or smtps://host:port"},
    {"mail/starttls", "none", "smtp_url=smtp://relay.example:25\nusername=relay",
     "a password is only sent to a relay over TLS (or on loopback)"},
    {"mail/outbox", "", "", "set smtp_url or an outbox folder"},
    {"mail/password_file", "pw", "password_env=PW", "set password_file or password_env, not both"},
    {"mail/from", "nobody", "", "expected a plain e-mail address such as noreply@ent.example"},
    {"mail/retry_max_s", "10", "retry_base_s=60", "must not be smaller than retry_base_s"},
    {"sms/gateway_url", "http://sms.example/send", "token_env=T", "expected an https URL (http only on loopback)"},
    {"sms/token_file", "", "gateway_url=https://sms.example/send", "the gateway needs token_file or token_env"},
    {"sms/token_file", "t", "token_env=T", "set token_file or token_env, not both"},
};

} // namespace

void TestServerConfig::wrongValueIsRefusedWithItsKey_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("message");
    for (const WrongValue& row : wrongValues) {
        const QByteArray key(row.key);
        const qsizetype slash = key.indexOf('/');
        const QByteArray ini =
            '[' + key.left(slash) + "]\n" + key.mid(slash + 1) + '=' + row.value + '\n' + row.alongside + '\n';
        QTest::addRow("%s=%s", row.key, row.value)
            << ini << u"configuration key "_s + QLatin1StringView(row.key) + u": "_s + QLatin1StringView(row.why);
    }
}

void TestServerConfig::wrongValueIsRefusedWithItsKey()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, message);
    QCOMPARE(refusal(write(ini)), message);
}

void TestServerConfig::everyIntegerAndBooleanKeyRefusesAWord()
{
    int checked = 0;
    for (const ConfigKey& key : ServerConfig::keys()) {
        if (!key.type.startsWith(u"integer "_s) && key.type != u"true|false"_s)
            continue;
        const QString path = write((u"["_s + key.group + u"]\n"_s + key.name + u"=many\n"_s).toUtf8());
        const QString message = refusal(path);
        QVERIFY2(message.startsWith(u"configuration key "_s + key.path() + u": expected "_s),
                 qPrintable(key.path() + u" -> "_s + message));
        ++checked;
    }
    QCOMPARE(checked, 43);
}

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"
