#include "http/HttpReply.h"

#include "common/OrderedJson.h"
#include "http/SetCookie.h"

#include <httplib.h>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace HttpReply {

void json(httplib::Response& response, int status, const OrderedJson& body)
{
    response.status = status;
    response.set_header("Cache-Control", "no-cache, must-revalidate");
    response.set_header("Expires", "-1");
    response.set_content(body.toJson().toStdString(), "application/json");
}

void jsonError(httplib::Response& response, int status, const QString& error)
{
    json(response, status, OrderedJson().add(u"error"_s, error));
}

void empty(httplib::Response& response, int status)
{
    response.status = status;
    response.set_header("Cache-Control", "no-cache, must-revalidate");
    response.set_header("Expires", "-1");
}

void html(httplib::Response& response, int status, const QString& page, const QByteArray& contentSecurityPolicy)
{
    response.status = status;
    response.set_header("Cache-Control", "no-store");
    response.set_header("Referrer-Policy", "no-referrer");
    response.set_header("X-Frame-Options", "DENY");
    response.set_header("Content-Security-Policy", contentSecurityPolicy.toStdString());
    response.set_content(page.toStdString(), "text/html; charset=utf-8");
}

void redirect(httplib::Response& response, const QString& absoluteLocation)
{
    response.status = 302;
    response.set_header("Location", absoluteLocation.toStdString());
    response.set_header("Cache-Control", "no-store");
}

void setCookie(httplib::Response& response, const SetCookie& cookie)
{
    response.headers.emplace("Set-Cookie", cookie.toHeaderValue().toStdString());
}

} // namespace HttpReply

} // namespace LeoEnt
