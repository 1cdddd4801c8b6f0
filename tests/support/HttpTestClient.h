#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

namespace LeoKiosk::Test {

// Blocking HTTP for the server tests: redirects are not followed and cookies are neither stored nor sent
// automatically, so each test says exactly what it sends and sees exactly what the server answered.
// Requests say Accept-Language: fr unless the test gives another one (Qt would send the system's languages).
class HttpTestClient final
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Fields = QList<QPair<QString, QString>>;

    struct Reply
    {
        int status = 0; // 0: no HTTP answer
        QByteArray body;
        Headers headers;

        QByteArray header(QByteArrayView name) const;
        QList<QByteArray> setCookies() const;            // the raw Set-Cookie values
        QByteArray setCookie(QByteArrayView name) const; // the raw Set-Cookie value of one cookie
        QByteArray cookieValue(QByteArrayView name) const;
        QJsonObject json() const;
    };

    explicit HttpTestClient(const QUrl& base);

    void setSslConfiguration(const QSslConfiguration& configuration) { m_ssl = configuration; }

    Reply get(const QString& pathAndQuery, const Headers& headers = {});
    Reply post(const QString& path,
               const QByteArray& body,
               const Headers& headers = {},
               const QByteArray& contentType = "application/x-www-form-urlencoded; charset=UTF-8");
    Reply send(const QByteArray& verb, const QString& pathAndQuery, const QByteArray& body, const Headers& headers);
    // POST /auth/oauth2/token with the password grant, the client's credentials in the form.
    Reply passwordGrant(const QString& clientId,
                        const QString& clientSecret,
                        const QString& login,
                        const QString& password,
                        const QString& scope);

    // application/x-www-form-urlencoded, every byte outside the unreserved set percent-encoded
    static QByteArray form(const Fields& fields);
    // A compact UTF-8 JSON body, as the kiosk sends one
    static QByteArray json(const QJsonObject& object);
    // What a browser sends back after a form sign-in (or any answer that set them): the oneSessionId and XSRF-TOKEN
    // cookies, and X-XSRF-TOKEN copied from the latter unless `withXsrfHeader` is false.
    static Headers session(const Reply& signedIn, bool withXsrfHeader = true);
    // Bytes written as they are on a new connection, and the first response that came back (or whatever came
    // before the server closed the connection or the timeout).
    static QByteArray raw(const QUrl& base, const QByteArray& bytes, int timeoutMs = 15000);

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
};

} // namespace LeoKiosk::Test
