#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

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

private:
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
};
