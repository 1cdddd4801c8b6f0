#include "support/SmtpSink.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>

namespace LeoKiosk::Test {

SmtpSink::SmtpSink(QObject* parent)
    : QObject(parent)
{
}

SmtpSink::~SmtpSink()
{
    stop();
}

bool SmtpSink::start()
{
    return start(Options{});
}

bool SmtpSink::start(const Options& options)
{
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args{QStringLiteral(LEOKIOSK_SMTP_SINK_SCRIPT), QStringLiteral("--dir"), m_dir.path()};
    if (!options.tlsCert.isEmpty())
        args << QStringLiteral("--tls-cert") << options.tlsCert << QStringLiteral("--tls-key") << options.tlsKey;
    if (!options.authUser.isEmpty())
        args << QStringLiteral("--auth-user") << options.authUser << QStringLiteral("--auth-password")
             << options.authPassword;
    if (options.failFirst > 0)
        args << QStringLiteral("--fail-first") << QString::number(options.failFirst);
    // Debian's interpreter: aiosmtpd is a Debian package, not necessarily visible to another python3 on PATH.
    m_process->start(QStringLiteral("/usr/bin/python3"), args);
    if (!m_process->waitForStarted()) {
        m_error = m_process->errorString();
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (m_port == 0 && !deadline.hasExpired()) {
        if (!m_process->canReadLine() && !m_process->waitForReadyRead(int(deadline.remainingTime())))
            break;
        const QByteArray line = m_process->readLine().trimmed();
        if (line.startsWith("listening on "))
            m_port = quint16(line.mid(13).toUInt());
    }
    if (m_port == 0) {
        m_error = QStringLiteral("the SMTP sink did not start");
        return false;
    }
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SmtpSink::readOutput);
    return true;
}

void SmtpSink::stop()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    m_process->terminate();
    if (!m_process->waitForFinished(5000))
        m_process->kill();
    m_process->waitForFinished(5000);
    delete m_process;
    m_process = nullptr;
}

void SmtpSink::readOutput()
{
    m_pending += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline).trimmed();
        m_pending.remove(0, newline + 1);
        if (!line.startsWith("message "))
            continue;
        QFile file(QString::fromUtf8(line.mid(8)));
        if (file.open(QIODevice::ReadOnly)) {
            m_messages.append(file.readAll());
            Q_EMIT messageReceived(m_messages.last());
        }
    }
}

bool SmtpSink::waitForMessages(int count, int timeoutMs)
{
    QSignalSpy spy(this, &SmtpSink::messageReceived);
    const QDeadlineTimer deadline(timeoutMs);
    while (m_messages.size() < count && !deadline.hasExpired())
        spy.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    return m_messages.size() >= count;
}

} // namespace LeoKiosk::Test
