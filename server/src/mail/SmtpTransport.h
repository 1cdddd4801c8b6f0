#pragma once

#include "mail/MessageTransport.h"

#include <QByteArray>
#include <QString>

namespace LeoEnt {

// Hands e-mails to an SMTP relay through libcurl: smtp:// with STARTTLS required (or not), or smtps://; optional
// AUTH; the relay's certificate verified against the system's CAs or ca_file. A reply in 550-553 (no such
// mailbox, bad address) rejects the message; anything else that fails is retried.
class SmtpTransport final : public MessageTransport
{
public:
    struct Settings
    {
        QString url;
        bool startTls = true;
        QString username;
        QByteArray password;
        QString caFile;
        QString from;
        int timeoutS = 30;
    };

    explicit SmtpTransport(Settings settings);
    ~SmtpTransport() override;

    Result deliver(const OutgoingMessage& message) override;

private:
    Settings m_settings;
};

} // namespace LeoEnt
