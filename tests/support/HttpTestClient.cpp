#include "support/HttpTestClient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>

namespace LeoKiosk::Test {

using namespace Qt::StringLiterals;

namespace {

// One whole HTTP response: its headers, and as many body bytes as its Content-Length says.
bool isComplete(const QByteArray& answer)
{
    const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    qsizetype length = 0;
    for (const QByteArray& line : answer.left(headerEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    return answer.size() - headerEnd - 4 >= length;
}

} // namespace

HttpTestClient::HttpTestClient(const QUrl& base) : m_base(base) {}

QByteArray HttpTestClient::Reply::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<QByteArray> HttpTestClient::Reply::setCookies() const
{
    return header("Set-Cookie").split('\n'); // Qt joins repeated Set-Cookie headers with line breaks
}

QByteArray HttpTestClient::Reply::setCookie(QByteArrayView name) const
{
    for (const QByteArray& cookie : setCookies()) {
        if (cookie.startsWith(name) && cookie.mid(name.size(), 1) == "=")
            return cookie;
    }
    return {};
}

QByteArray HttpTestClient::Reply::cookieValue(QByteArrayView name) const
{
    const QByteArray cookie = setCookie(name);
    return cookie.mid(name.size() + 1).split(';').first();
}

QJsonObject HttpTestClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpTestClient::Reply HttpTestClient::get(const QString& pathAndQuery, const Headers& headers)
{
    return send("GET", pathAndQuery, {}, headers);
}

HttpTestClient::Reply
HttpTestClient::post(const QString& path, const QByteArray& body, const Headers& headers, const QByteArray& contentType)
{
    Headers all = headers;
    all.append({"Content-Type", contentType});
    return send("POST", path, body, all);
}

HttpTestClient::Reply HttpTestClient::send(const QByteArray& verb,
                                           const QString& pathAndQuery,
                                           const QByteArray& body,
                                           const Headers& headers)
{
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setSslConfiguration(m_ssl);
    request.setRawHeader("Accept-Language", "fr");
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply* reply = m_manager.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpTestClient::Reply HttpTestClient::passwordGrant(const QString& clientId,
                                                    const QString& clientSecret,
                                                    const QString& login,
                                                    const QString& password,
                                                    const QString& scope)
{
    return post(u"/auth/oauth2/token"_s, form({{u"grant_type"_s, u"password"_s},
                                               {u"client_id"_s, clientId},
                                               {u"client_secret"_s, clientSecret},
                                               {u"username"_s, login},
                                               {u"password"_s, password},
                                               {u"scope"_s, scope}}));
}

QByteArray HttpTestClient::json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray HttpTestClient::form(const Fields& fields)
{
    QByteArray body;
    for (const auto& [name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name);
        body += '=';
        body += QUrl::toPercentEncoding(value);
    }
    return body;
}

HttpTestClient::Headers HttpTestClient::session(const Reply& signedIn, bool withXsrfHeader)
{
    const QByteArray xsrf = signedIn.cookieValue("XSRF-TOKEN");
    Headers headers = {{"Cookie", "oneSessionId=" + signedIn.cookieValue("oneSessionId") + "; XSRF-TOKEN=" + xsrf}};
    if (withXsrfHeader)
        headers.append({"X-XSRF-TOKEN", xsrf});
    return headers;
}

QByteArray HttpTestClient::raw(const QUrl& base, const QByteArray& bytes, int timeoutMs)
{
    QByteArray answer;
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(timeoutMs))
        return answer;
    socket.write(bytes);
    const QDeadlineTimer deadline(timeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired() && !isComplete(answer)) {
        if (socket.waitForReadyRead(int(deadline.remainingTime())))
            answer += socket.readAll();
    }
    return answer + socket.readAll();
}

} // namespace LeoKiosk::Test
