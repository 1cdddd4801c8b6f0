#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class QProcess;

namespace LeoKiosk::Test {

// A real SMTP server for tests (tests/support/smtp_sink.py, Debian's aiosmtpd) on an ephemeral loopback port.
// Every accepted message is kept as raw RFC 5322 bytes.
class SmtpSink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpSink)

public:
    struct Options
    {
        QString tlsCert; // enables STARTTLS (required)
        QString tlsKey;
        QString authUser; // requires AUTH
        QString authPassword;
        int failFirst = 0; // temporary failures (451) before accepting
    };

    explicit SmtpSink(QObject* parent = nullptr);
    ~SmtpSink() override;

    bool start();
    bool start(const Options& options);
    void stop();
    quint16 port() const { return m_port; }
    QString lastError() const { return m_error; }

    QList<QByteArray> messages() const { return m_messages; }
    // Waits (processing events) until at least `count` messages arrived; false on timeout.
    bool waitForMessages(int count, int timeoutMs = 15000);

Q_SIGNALS:
    void messageReceived(const QByteArray& raw);

private:
    void readOutput();

    QTemporaryDir m_dir;
    QProcess* m_process = nullptr;
    quint16 m_port = 0;
    QString m_error;
    QByteArray m_pending;
    QList<QByteArray> m_messages;
};

} // namespace LeoKiosk::Test
