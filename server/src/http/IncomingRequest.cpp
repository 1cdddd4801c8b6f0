#include "http/IncomingRequest.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include "http/HttpRequest.h"

namespace LeoEnt {

namespace {

// The boundary parameter of a multipart/form-data Content-Type, unquoted; empty when missing.
QByteArray boundaryOf(const QByteArray& contentType)
{
    for (const QByteArray& parameter : contentType.split(';')) {
        const QByteArray trimmed = parameter.trimmed();
        if (trimmed.toLower().startsWith("boundary=")) {
            QByteArray value = trimmed.mid(9);
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

} // namespace

IncomingRequest::IncomingRequest(const HttpRequest& request, QList<QString> matches)
    : m_request(request), m_matches(std::move(matches))
{
}

QByteArray IncomingRequest::method() const
{
    return m_request.method;
}

QByteArray IncomingRequest::header(const char* name) const
{
    return m_request.header(name);
}

QByteArray IncomingRequest::target() const
{
    return m_request.target;
}

QByteArray IncomingRequest::path() const
{
    return m_request.path;
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
    const qsizetype question = m_request.target.indexOf('?');
    if (question < 0)
        return {};
    return FormData::fromUrlEncoded(QByteArrayView(m_request.target).sliced(question + 1));
}

FormData IncomingRequest::form() const
{
    const QByteArray contentType = header("Content-Type").toLower();
    if (contentType.startsWith("application/x-www-form-urlencoded"))
        return FormData::fromUrlEncoded(QByteArrayView(m_request.body));
    if (contentType.startsWith("multipart/form-data"))
        return FormData::fromMultipart(m_request.body, boundaryOf(header("Content-Type")));
    return {};
}

IncomingRequest::JsonBody IncomingRequest::jsonBody() const
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(m_request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return {{}, error.errorString()};
    if (!document.isObject())
        return {{}, QStringLiteral("a JSON object was expected")};
    return {document.object(), {}};
}

QString IncomingRequest::pathMatch(int index) const
{
    return m_matches.value(index);
}

QString IncomingRequest::remoteAddress() const
{
    return m_request.remoteAddress;
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
