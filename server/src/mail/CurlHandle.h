#pragma once

#include <QByteArray>
#include <QString>

#include <curl/curl.h>

namespace LeoEnt {

// One libcurl easy handle (and its header and recipient lists) for one transfer, freed on every path. Signals
// are off (the delivery runs on a worker thread) and transfers are bounded by a timeout.
class CurlHandle final
{
public:
    explicit CurlHandle(int timeoutS);
    ~CurlHandle();
    CurlHandle(const CurlHandle&) = delete;
    CurlHandle& operator=(const CurlHandle&) = delete;

    CURL* get() const { return m_curl; }
    void setText(CURLoption option, const QString& value); // nothing when empty
    void setBody(const QByteArray& body);                  // an upload (SMTP DATA), sent as is
    void addHeader(const QByteArray& line);
    void addRecipient(const QString& address);

    CURLcode perform();
    long responseCode() const; // the last SMTP or HTTP status
    static const char* describe(CURLcode code) { return curl_easy_strerror(code); }

private:
    static size_t read(char* buffer, size_t size, size_t count, void* self);

    CURL* m_curl;
    curl_slist* m_headers = nullptr;
    curl_slist* m_recipients = nullptr;
    QByteArray m_body;
    qsizetype m_sent = 0;
};

} // namespace LeoEnt
