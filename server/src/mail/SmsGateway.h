#pragma once

#include "mail/MessageTransport.h"

#include <QByteArray>
#include <QString>

namespace LeoEnt {

// Hands SMS to an HTTP gateway through libcurl: POST <gateway_url> {"to":…,"text":…} with a bearer token.
// A 2xx takes the message; another 4xx (but 408 and 429) rejects it; anything else is retried.
class SmsGateway final : public MessageTransport
{
public:
    SmsGateway(const QString& url, const QByteArray& token, int timeoutS);
    ~SmsGateway() override;

    Result deliver(const OutgoingMessage& message) override;

private:
    QString m_url;
    QByteArray m_token;
    int m_timeoutS;
};

} // namespace LeoEnt
