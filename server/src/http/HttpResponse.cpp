#include "http/HttpResponse.h"

#include <QByteArrayView>

#include <algorithm>

namespace LeoEnt {

namespace {

bool sameName(std::string_view a, std::string_view b)
{
    return QByteArrayView(a.data(), qsizetype(a.size()))
               .compare(QByteArrayView(b.data(), qsizetype(b.size())), Qt::CaseInsensitive) == 0;
}

} // namespace

void HttpResponse::setHeader(std::string_view name, std::string value)
{
    std::erase_if(headers, [&](const auto& header) { return sameName(header.first, name); });
    headers.emplace_back(std::string(name), std::move(value));
}

void HttpResponse::addHeader(std::string name, std::string value)
{
    headers.emplace_back(std::move(name), std::move(value));
}

void HttpResponse::setContent(std::string content, std::string contentType)
{
    body = std::move(content);
    setHeader("Content-Type", std::move(contentType));
}

std::string HttpResponse::header(std::string_view name) const
{
    const auto found =
        std::find_if(headers.begin(), headers.end(), [&](const auto& header) { return sameName(header.first, name); });
    return found == headers.end() ? std::string() : found->second;
}

} // namespace LeoEnt
