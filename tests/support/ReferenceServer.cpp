#include "support/ReferenceServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>

namespace LeoKiosk::Test {

using namespace Qt::StringLiterals;

namespace {

QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

ReferenceServer::ReferenceServer(QObject* parent) : QObject(parent)
{
    setConfig(u"server"_s, u"listen_address"_s, u"127.0.0.1"_s);
    setConfig(u"server"_s, u"port"_s, 0);
    setConfig(u"store"_s, u"database"_s, u"leo-ent.db"_s);
    setConfig(u"store"_s, u"key_file"_s, u"leo-ent.key"_s);
    // Every test talks from loopback: the per-address limit of sign-ins would count them all as one client.
    setConfig(u"auth"_s, u"address_allow_list"_s, u"127.0.0.1 ::1"_s);
}

ReferenceServer::~ReferenceServer()
{
    stop();
}

void ReferenceServer::setConfig(const QString& group, const QString& key, const QVariant& value)
{
    m_config.insert(group + u'/' + key, value);
}

QString ReferenceServer::configFile() const
{
    return m_dir.filePath(u"leo-ent-server.ini"_s);
}

QString ReferenceServer::log() const
{
    QFile file(m_dir.filePath(u"server.log"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool ReferenceServer::failed(const QString& what)
{
    m_lastError = what;
    return false;
}

bool ReferenceServer::failed(const QString& what, const Result& result)
{
    return failed(what + u" (exit code %1): "_s.arg(result.exitCode) +
                  QString::fromUtf8(QByteArray(result.err + result.out)).trimmed());
}

bool ReferenceServer::writeConfig()
{
    if (!m_dir.isValid())
        return failed(u"no temporary folder"_s);
    QSettings settings(configFile(), QSettings::IniFormat);
    settings.clear();
    for (auto it = m_config.cbegin(); it != m_config.cend(); ++it)
        settings.setValue(it.key(), it.value());
    settings.sync();
    return settings.status() == QSettings::NoError || failed(u"cannot write "_s + configFile());
}

ReferenceServer::Result ReferenceServer::run(const QStringList& arguments, const QByteArray& input, int timeoutMs)
{
    Result result;
    if (!writeConfig())
        return result;
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(LEO_ENT_SERVER_BIN), QStringList{u"--config"_s, configFile()} + arguments);
    if (!process.waitForStarted(timeoutMs)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool ReferenceServer::init()
{
    if (m_initialised)
        return true;
    const Result result = run({u"init"_s});
    m_initialised = result.ok();
    return m_initialised || failed(u"leo-ent-server init failed"_s, result);
}

bool ReferenceServer::addAccounts(const QList<Account>& accounts)
{
    if (!init())
        return false;
    QFile csv(m_dir.filePath(u"accounts.csv"_s));
    if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failed(u"cannot write "_s + csv.fileName());
    csv.write("login,first_name,last_name,profile,school,class,email,mobile\n");
    for (const Account& a : accounts) {
        const QStringList fields = {a.login,  a.firstName, a.lastName, a.profile,
                                    a.school, a.className, a.email,    a.mobile};
        QStringList quoted;
        for (const QString& field : fields)
            quoted.append(csvField(field));
        QByteArray line = quoted.join(u',').toUtf8();
        line += '\n';
        csv.write(line);
    }
    csv.close();
    const Result imported = run({u"users"_s, u"import"_s, csv.fileName()});
    if (!imported.ok())
        return failed(u"users import failed"_s, imported);
    for (const Account& account : accounts) {
        if (account.password.isEmpty())
            continue;
        QByteArray input = account.password;
        input += '\n';
        const Result set = run({u"users"_s, u"set-password"_s, account.login}, input);
        if (!set.ok())
            return failed(u"users set-password "_s + account.login + u" failed"_s, set);
    }
    return true;
}

QString ReferenceServer::addClient(const QString& id, const QString& scope, const QString& grantTypes)
{
    if (!init())
        return {};
    QStringList arguments = {u"clients"_s, u"add"_s, id, u"--scope"_s, scope};
    if (!grantTypes.isEmpty())
        arguments << u"--grant-types"_s << grantTypes;
    const Result result = run(arguments);
    for (const QByteArray& line : result.out.split('\n')) {
        if (result.ok() && line.startsWith("client_secret="))
            return QString::fromLatin1(line.mid(qsizetype(sizeof "client_secret=") - 1));
    }
    failed(u"clients add "_s + id + u" failed"_s, result);
    return {};
}

bool ReferenceServer::setBlocked(const QString& login, bool blocked)
{
    const Result result = run({u"users"_s, blocked ? u"block"_s : u"unblock"_s, login});
    return result.ok() || failed(u"users block/unblock "_s + login + u" failed"_s, result);
}

bool ReferenceServer::setFlag(const QString& login, const QString& flag, bool on)
{
    const Result result = run({u"users"_s, u"set-flag"_s, login, flag, on ? u"on"_s : u"off"_s});
    return result.ok() || failed(u"users set-flag "_s + login + u" failed"_s, result);
}

QString ReferenceServer::newActivationCode(const QString& login)
{
    const Result result = run({u"users"_s, u"set-activation-code"_s, login});
    if (result.ok())
        return QString::fromLatin1(result.out.trimmed());
    failed(u"users set-activation-code "_s + login + u" failed"_s, result);
    return {};
}

bool ReferenceServer::isRunning() const
{
    return m_server && m_server->state() != QProcess::NotRunning;
}

qint64 ReferenceServer::residentKiB() const
{
    if (!isRunning())
        return -1;
    QFile status(u"/proc/%1/status"_s.arg(m_server->processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QUrl ReferenceServer::start(int timeoutMs)
{
    if (isRunning())
        return m_url;
    if (!init() || !writeConfig())
        return {};
    delete m_server;
    m_server = new QProcess(this);
    m_server->setWorkingDirectory(m_dir.path());
    m_server->setStandardErrorFile(m_dir.filePath(u"server.log"_s), QIODevice::Append);
    m_server->start(QStringLiteral(LEO_ENT_SERVER_BIN), {u"--config"_s, configFile(), u"serve"_s});

    const QDeadlineTimer deadline(timeoutMs);
    QByteArray output;
    while (!output.contains('\n')) {
        if (!m_server->waitForReadyRead(int(deadline.remainingTime())))
            break;
        output += m_server->readAllStandardOutput();
    }
    static constexpr QByteArrayView prefix = "listening on ";
    const QByteArray line = output.left(output.indexOf('\n')).trimmed();
    if (!line.startsWith(prefix)) {
        stop();
        failed(u"leo-ent-server serve did not start: "_s + log().trimmed());
        return {};
    }
    m_url = QUrl(QString::fromUtf8(line.mid(prefix.size())));
    return m_url;
}

int ReferenceServer::stop(int timeoutMs)
{
    if (!isRunning())
        return -1;
    m_server->terminate();
    m_url.clear();
    if (!m_server->waitForFinished(timeoutMs)) {
        m_server->kill();
        m_server->waitForFinished();
        return -1;
    }
    return m_server->exitStatus() == QProcess::NormalExit ? m_server->exitCode() : -1;
}

} // namespace LeoKiosk::Test
