#include "mail/SmtpTransport.h"

#include "mail/CurlHandle.h"
#include "security/SecretWipe.h"

#include <QLoggingCategory>
#include <QUrl>

namespace LeoEnt {

Q_DECLARE_LOGGING_CATEGORY(lcDelivery)

using namespace Qt::StringLiterals;

SmtpTransport::SmtpTransport(Settings settings) : m_settings(std::move(settings)) {}

SmtpTransport::~SmtpTransport()
{
    wipe(m_settings.password);
}

MessageTransport::Result SmtpTransport::deliver(const OutgoingMessage& message)
{
    CurlHandle curl(m_settings.timeoutS);
    curl.setText(CURLOPT_URL, m_settings.url);
    if (m_settings.startTls && QUrl(m_settings.url).scheme() == "smtp"_L1)
        curl_easy_setopt(curl.get(), CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    curl.setText(CURLOPT_CAINFO, m_settings.caFile);
    curl.setText(CURLOPT_USERNAME, m_settings.username);
    if (!m_settings.password.isEmpty())
        curl_easy_setopt(curl.get(), CURLOPT_PASSWORD, m_settings.password.constData());
    curl.setText(CURLOPT_MAIL_FROM, u'<' + m_settings.from + u'>');
    curl.addRecipient(message.recipient);
    curl.setBody(message.content);
    curl_easy_setopt(curl.get(), CURLOPT_UPLOAD, 1L);

    const CURLcode code = curl.perform();
    if (code == CURLE_OK)
        return Result::Delivered;
    const long reply = curl.responseCode();
    qCWarning(lcDelivery, "SMTP delivery failed: %s (reply %ld)", CurlHandle::describe(code), reply);
    return reply >= 550 && reply <= 553 ? Result::Rejected : Result::RetryLater;
}

} // namespace LeoEnt
