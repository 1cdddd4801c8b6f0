#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace LeoEnt {

// One text/plain UTF-8 e-mail as RFC 5322 bytes (CRLF line ends): From, To, Subject, Date, Message-ID,
// MIME-Version, Content-Type, Content-Transfer-Encoding, Auto-Submitted, then a quoted-printable body.
// The addresses must be valid (MailAddress); the display name and subject are RFC 2047 encoded words; no field
// can add a header line.
struct MimeMail
{
    QString fromName;
    QString from;
    QString to;
    QString subject;
    QString body;
    QString messageId; // without angle brackets: <unique>@<domain>
    QDateTime date;

    QByteArray render() const;

    static QString newMessageId(const QString& fromAddress); // a random UUID at the sender's domain
    static QByteArray rfc5322Date(const QDateTime& date);    // "Thu, 13 Aug 2015 19:14:00 +0000"
};

} // namespace LeoEnt
