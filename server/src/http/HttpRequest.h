#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace LeoEnt {

// A request as HttpServer read it off the connection, before any interpretation (IncomingRequest reads it).
struct HttpRequest
{
    QByteArray method;
    QByteArray target;                                // path and query, as sent
    QByteArray path;                                  // the path, percent-decoded
    QList<std::pair<QByteArray, QByteArray>> headers; // in the order sent
    QByteArray body;
    QString remoteAddress; // the peer's IP address

    QByteArray header(QByteArrayView name) const; // the first of that name, without case; empty when none
};

} // namespace LeoEnt
