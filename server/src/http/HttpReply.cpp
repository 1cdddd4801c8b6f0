#include "http/HttpReply.h"

#include "common/OrderedJson.h"
#include "http/SetCookie.h"

#include "http/HttpResponse.h"

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace HttpReply {

void json(HttpResponse& response, int status, const OrderedJson& body)
{
    response.status = status;
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Expires", "-1");
    response.setContent(body.toJson().toStdString(), "application/json");
}

void jsonArray(HttpResponse& response, int status, const QList<OrderedJson>& items)
{
    QByteArray body("[");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            body.append(',');
        body.append(items.at(i).toJson());
    }
    body.append(']');
    response.status = status;
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Expires", "-1");
    response.setContent(body.toStdString(), "application/json");
}

void jsonError(HttpResponse& response, int status, const QString& error)
{
    json(response, status, OrderedJson().add(u"error"_s, error));
}

void empty(HttpResponse& response, int status)
{
    response.status = status;
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Expires", "-1");
}

void html(HttpResponse& response, int status, const QString& page, const QByteArray& contentSecurityPolicy)
{
    response.status = status;
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", contentSecurityPolicy.toStdString());
    response.setContent(page.toStdString(), "text/html; charset=utf-8");
}

void redirect(HttpResponse& response, const QString& absoluteLocation)
{
    response.status = 302;
    response.setHeader("Location", absoluteLocation.toStdString());
    response.setHeader("Cache-Control", "no-store");
}

void setCookie(HttpResponse& response, const SetCookie& cookie)
{
    response.addHeader("Set-Cookie", cookie.toHeaderValue().toStdString());
}

} // namespace HttpReply

} // namespace LeoEnt
