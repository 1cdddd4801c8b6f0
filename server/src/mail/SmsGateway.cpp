#include "mail/SmsGateway.h"

#include "common/OrderedJson.h"
#include "mail/CurlHandle.h"
#include "security/SecretWipe.h"

#include <QLoggingCategory>

namespace LeoEnt {

Q_DECLARE_LOGGING_CATEGORY(lcDelivery)

using namespace Qt::StringLiterals;

SmsGateway::SmsGateway(const QString& url, const QByteArray& token, int timeoutS)
    : m_url(url), m_token(token), m_timeoutS(timeoutS)
{
}

SmsGateway::~SmsGateway()
{
    wipe(m_token);
}

MessageTransport::Result SmsGateway::deliver(const OutgoingMessage& message)
{
    CurlHandle curl(m_timeoutS);
    curl.setText(CURLOPT_URL, m_url);
    curl.addHeader("Content-Type: application/json");
    QByteArray authorization = "Authorization: Bearer " + m_token;
    curl.addHeader(authorization);
    wipe(authorization);
    const QByteArray body =
        OrderedJson().add(u"to"_s, message.recipient).add(u"text"_s, QString::fromUtf8(message.content)).toJson();
    curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    curl_easy_setopt(curl.get(), CURLOPT_COPYPOSTFIELDS, body.constData());

    const CURLcode code = curl.perform();
    const long status = curl.responseCode();
    if (code == CURLE_OK && status >= 200 && status < 300)
        return Result::Delivered;
    qCWarning(lcDelivery, "SMS delivery failed: %s (status %ld)", CurlHandle::describe(code), status);
    const bool permanent = code == CURLE_OK && status >= 400 && status < 500 && status != 408 && status != 429;
    return permanent ? Result::Rejected : Result::RetryLater;
}

} // namespace LeoEnt
