#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

namespace LeoKiosk::Test {

class SmtpSink;

// One e-mail of the reference server, read back from its raw RFC 5322 bytes (the SMTP sink or an .eml file):
// the header lines as they are, the decoded subject and body, and the reset link and code it carries.
class RecoveryMail final
{
public:
    explicit RecoveryMail(const QByteArray& raw);

    QList<QPair<QByteArray, QByteArray>> headers() const { return m_headers; } // unfolded, in order
    QList<QByteArray> headerNames() const;
    QByteArray header(QByteArrayView name) const;
    QString subject() const;   // RFC 2047 decoded
    QString body() const;      // quoted-printable decoded, LF line ends
    QString link() const;      // the first http(s) URL of the body
    QString linkCode() const;  // the last path segment of the link
    QString typedCode() const; // the code written out for the kiosk (xxxx-xxxx), without its dash

    // The messages the sink received from the `count`-th on.
    static QList<RecoveryMail> since(const SmtpSink& sink, qsizetype count);
    // The first message from the `before`-th on that `wanted` accepts, waiting (processing events) for more as they
    // come; nullopt when none came within `timeoutMs` of the last one.
    static std::optional<RecoveryMail> waitFor(SmtpSink& sink,
                                               qsizetype before,
                                               const std::function<bool(const RecoveryMail&)>& wanted,
                                               int timeoutMs = 15000);
    // The first message from the `before`-th on sent to `to`, or an empty mail (no header) when none came.
    static RecoveryMail waitForMailTo(SmtpSink& sink, qsizetype before, const QByteArray& to, int timeoutMs = 15000);
    // The messages from the `before`-th on, once the one sent to `barrier` has arrived: as the relay receives
    // messages in the order the server queued them, every message queued before the barrier's has then arrived.
    // Empty when the barrier's message did not come.
    static QList<RecoveryMail>
    throughBarrier(SmtpSink& sink, qsizetype before, const QByteArray& barrier, int timeoutMs = 15000);

private:
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
};

} // namespace LeoKiosk::Test
