#include "mail/CurlHandle.h"

#include <algorithm>
#include <cstring>
#include <new>

namespace LeoEnt {

namespace {

size_t discard(char*, size_t size, size_t count, void*)
{
    return size * count;
}

} // namespace

CurlHandle::CurlHandle(int timeoutS) : m_curl(curl_easy_init())
{
    if (!m_curl)
        throw std::bad_alloc();
    curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(std::min(timeoutS, 10)));
    curl_easy_setopt(m_curl, CURLOPT_TIMEOUT, static_cast<long>(timeoutS));
    curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, &discard);
    curl_easy_setopt(m_curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps,http,https");
}

CurlHandle::~CurlHandle()
{
    curl_slist_free_all(m_headers);
    curl_slist_free_all(m_recipients);
    curl_easy_cleanup(m_curl);
}

void CurlHandle::setText(CURLoption option, const QString& value)
{
    if (!value.isEmpty())
        curl_easy_setopt(m_curl, option, value.toUtf8().constData()); // libcurl copies strings
}

void CurlHandle::setBody(const QByteArray& body)
{
    m_body = body;
    m_sent = 0;
    curl_easy_setopt(m_curl, CURLOPT_READFUNCTION, &CurlHandle::read);
    curl_easy_setopt(m_curl, CURLOPT_READDATA, this);
    curl_easy_setopt(m_curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(m_body.size()));
}

void CurlHandle::addHeader(const QByteArray& line)
{
    m_headers = curl_slist_append(m_headers, line.constData());
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, m_headers);
}

void CurlHandle::addRecipient(const QString& address)
{
    const QByteArray bracketed = '<' + address.toLatin1() + '>';
    m_recipients = curl_slist_append(m_recipients, bracketed.constData());
    curl_easy_setopt(m_curl, CURLOPT_MAIL_RCPT, m_recipients);
}

size_t CurlHandle::read(char* buffer, size_t size, size_t count, void* self)
{
    auto* handle = static_cast<CurlHandle*>(self);
    const auto chunk =
        std::min<qsizetype>(static_cast<qsizetype>(size * count), handle->m_body.size() - handle->m_sent);
    std::memcpy(buffer, handle->m_body.constData() + handle->m_sent, static_cast<size_t>(chunk));
    handle->m_sent += chunk;
    return static_cast<size_t>(chunk);
}

CURLcode CurlHandle::perform()
{
    return curl_easy_perform(m_curl);
}

long CurlHandle::responseCode() const
{
    long code = 0;
    curl_easy_getinfo(m_curl, CURLINFO_RESPONSE_CODE, &code);
    return code;
}

} // namespace LeoEnt
