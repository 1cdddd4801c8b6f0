#pragma once

#include <QByteArray>
#include <QString>

namespace httplib {
struct Response;
}

namespace LeoEnt {

class OrderedJson;
class SetCookie;

// Answers in ENT Core's shapes (ENT protocol §1.3).
namespace HttpReply {

void json(httplib::Response& response, int status, const OrderedJson& body);
void jsonError(httplib::Response& response, int status, const QString& error); // {"error":"…"}
void empty(httplib::Response& response, int status); // no body and no Content-Type, e.g. ENT Core's bare 400
void html(httplib::Response& response, int status, const QString& page, const QByteArray& contentSecurityPolicy);
void redirect(httplib::Response& response, const QString& absoluteLocation); // 302
void setCookie(httplib::Response& response, const SetCookie& cookie);

} // namespace HttpReply

} // namespace LeoEnt
