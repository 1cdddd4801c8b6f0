#include "http/IncomingRequest.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <httplib.h>

namespace LeoEnt {

namespace {

QByteArray toBytes(const std::string& text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

IncomingRequest::IncomingRequest(const httplib::Request& request) : m_request(request) {}

QByteArray IncomingRequest::method() const
{
    return toBytes(m_request.method);
}

QByteArray IncomingRequest::header(const char* name) const
{
    return toBytes(m_request.get_header_value(name));
}

QByteArray IncomingRequest::target() const
{
    return toBytes(m_request.target);
}

QByteArray IncomingRequest::path() const
{
    return toBytes(m_request.path);
}

std::optional<QByteArray> IncomingRequest::cookie(QByteArrayView name) const
{
    const QByteArray cookies = header("Cookie");
    for (const QByteArray& pair : cookies.split(';')) {
        const QByteArray trimmed = pair.trimmed();
        const qsizetype equals = trimmed.indexOf('=');
        if (equals > 0 && QByteArrayView(trimmed).first(equals).trimmed() == name)
            return trimmed.mid(equals + 1).trimmed();
    }
    return std::nullopt;
}

FormData IncomingRequest::query() const
{
    const auto question = m_request.target.find('?');
    if (question == std::string::npos)
        return {};
    return FormData::fromUrlEncoded(QByteArrayView(m_request.target).sliced(static_cast<qsizetype>(question) + 1));
}

FormData IncomingRequest::form() const
{
    const QByteArray contentType = header("Content-Type").toLower();
    if (contentType.startsWith("application/x-www-form-urlencoded"))
        return FormData::fromUrlEncoded(QByteArrayView(m_request.body));
    FormData form;
    if (contentType.startsWith("multipart/form-data")) {
        for (const auto& [name, part] : m_request.files)
            form.insert(toBytes(name), toBytes(part.content));
    }
    return form;
}

IncomingRequest::JsonBody IncomingRequest::jsonBody() const
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(toBytes(m_request.body), &error);
    if (error.error != QJsonParseError::NoError)
        return {{}, error.errorString()};
    if (!document.isObject())
        return {{}, QStringLiteral("a JSON object was expected")};
    return {document.object(), {}};
}

QString IncomingRequest::pathMatch(int index) const
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_request.matches.size())
        return {};
    return QString::fromUtf8(toBytes(m_request.matches[static_cast<std::size_t>(index)].str()));
}

QString IncomingRequest::remoteAddress() const
{
    return QString::fromLatin1(toBytes(m_request.remote_addr));
}

std::optional<QByteArray> IncomingRequest::authorization(QByteArrayView scheme) const
{
    const QByteArray value = header("Authorization").trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space <= 0 || QByteArrayView(value).first(space).compare(scheme, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QByteArray credentials = value.mid(space + 1).trimmed();
    if (credentials.isEmpty())
        return std::nullopt;
    return credentials;
}

std::optional<QByteArray> IncomingRequest::bearerToken() const
{
    return authorization("Bearer");
}

std::optional<IncomingRequest::ClientCredentials> IncomingRequest::basicCredentials() const
{
    const std::optional<QByteArray> encoded = authorization("Basic");
    if (!encoded)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(*encoded, QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (!decoded || colon < 0)
        return std::nullopt;
    return ClientCredentials{QString::fromUtf8(decoded.decoded.first(colon)),
                             QString::fromUtf8(decoded.decoded.sliced(colon + 1))};
}

} // namespace LeoEnt
