#pragma once

#include <QByteArray>
#include <QString>

namespace LeoEnt {

// A message waiting in the queue: an e-mail (content: RFC 5322 bytes) or an SMS (content: UTF-8 text).
struct OutgoingMessage
{
    enum class Channel { Mail, Sms };

    qint64 id = 0;
    Channel channel = Channel::Mail;
    QString recipient; // a validated e-mail address or a phone number
    QByteArray content;
    QString name; // unique: the Message-ID of an e-mail, the file name in the outbox folder
    qint64 createdAtMs = 0;
    int attempts = 0;
};

} // namespace LeoEnt
