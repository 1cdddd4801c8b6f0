#pragma once

#include "http/FormData.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace LeoEnt {

struct HttpRequest;

// Read access to an HTTP request, decoded the way ENT Core (Vert.x) decodes it.
class IncomingRequest final
{
public:
    struct ClientCredentials
    {
        QString id;
        QString secret;
    };

    struct JsonBody
    {
        QJsonObject object;
        QString error; // set when the body is not a JSON object: the parser's message

        bool isValid() const { return error.isEmpty(); }
    };

    // `matches`: the path, then the groups of the route's pattern
    explicit IncomingRequest(const HttpRequest& request, QList<QString> matches = {});

    QByteArray method() const;
    QByteArray header(const char* name) const; // empty when missing
    QByteArray target() const;                 // path and query, as sent
    QByteArray path() const;                   // the path, percent-decoded
    std::optional<QByteArray> cookie(QByteArrayView name) const;
    FormData query() const;
    // The body of an application/x-www-form-urlencoded or multipart/form-data request; an empty form for any
    // other body (a JSON body reads as "every field missing", as in ENT Core).
    FormData form() const;
    // The body as a JSON object, whatever the Content-Type says (ENT Core does not look at it).
    JsonBody jsonBody() const;
    QString pathMatch(int index) const; // a group of the route's pattern, percent-decoded
    QString remoteAddress() const;      // the peer's IP address
    std::optional<QByteArray> bearerToken() const;
    std::optional<ClientCredentials> basicCredentials() const;

private:
    std::optional<QByteArray> authorization(QByteArrayView scheme) const;

    const HttpRequest& m_request;
    const QList<QString> m_matches;
};

} // namespace LeoEnt
