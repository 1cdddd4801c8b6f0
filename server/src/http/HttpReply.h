#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace LeoEnt {
struct HttpResponse;
}

namespace LeoEnt {

class OrderedJson;
class SetCookie;

// Answers in ENT Core's shapes (ENT protocol §1.3), but never stored by a cache: JSON and empty answers say
// Cache-Control: no-store (ENT Core: no-cache, must-revalidate), as tokens, userinfo and account data travel in them.
namespace HttpReply {

void json(HttpResponse& response, int status, const OrderedJson& body);
void jsonError(HttpResponse& response, int status, const QString& error); // {"error":"…"}
void jsonArray(HttpResponse& response, int status, const QList<OrderedJson>& items); // [{…}, …]
void empty(HttpResponse& response, int status); // no body and no Content-Type, e.g. ENT Core's bare 400
void html(HttpResponse& response, int status, const QString& page, const QByteArray& contentSecurityPolicy);
void redirect(HttpResponse& response, const QString& absoluteLocation); // 302
void setCookie(HttpResponse& response, const SetCookie& cookie);

} // namespace HttpReply

} // namespace LeoEnt
