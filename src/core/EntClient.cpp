#include "EntClient.h"

#include "EntHtml.h"
#include "FormEncoder.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcEnt, "leokiosk.ent")

constexpr qint64 maxReplyBytes = 1024 * 1024; // no auth answer comes near this; a bigger one is not the ENT
constexpr int maxLogoutMs = 5000;             // the wipe never waits for it, but the detached state should go soon

const QByteArray acceptJson = QByteArrayLiteral("application/json");
const QByteArray acceptHtml = QByteArrayLiteral("text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");
const QByteArray formContentType = QByteArrayLiteral("application/x-www-form-urlencoded; charset=UTF-8");
const QByteArray sessionCookie = QByteArrayLiteral("oneSessionId");

// What the kiosk saw happen to a reply beyond its error code: kept on the reply until finished().
constexpr auto causeProperty = "leokiosk.cause";
enum class Cause { None, Timeout, TooLarge, Tls };

// One finished reply, read once.
struct Answer
{
    Cause cause = Cause::None;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0; // 0: no HTTP answer at all
    QUrl location;  // resolved against the request URL
    QList<QNetworkCookie> cookies;
    QByteArray contentType;
    SecretBytes body; // a token answer holds secrets
};

Answer readAnswer(QNetworkReply* reply)
{
    Answer a;
    a.cause = Cause(reply->property(causeProperty).toInt());
    a.error = reply->error();
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->hasRawHeader("Location"))
        a.location = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    a.cookies = reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
    a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (reply->isOpen()) // an aborted reply is closed
        a.body = SecretBytes::fromUtf8(reply->readAll());
    return a;
}

void markCause(QNetworkReply* reply, Cause why)
{
    if (reply->property(causeProperty).toInt() == int(Cause::None))
        reply->setProperty(causeProperty, int(why));
}

// The total-duration timeout, the size cap and the TLS flag. SSL errors are never ignored: the handshake fails.
void watch(QNetworkReply* reply, int timeoutMs)
{
    reply->setProperty(causeProperty, int(Cause::None));
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    QObject::connect(timer, &QTimer::timeout, reply, [reply] {
        markCause(reply, Cause::Timeout);
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > maxReplyBytes) {
            markCause(reply, Cause::TooLarge);
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError>& errors) {
        qCWarning(lcEnt) << "TLS errors with the ENT:" << errors;
        markCause(reply, Cause::Tls);
    });
    timer->start(timeoutMs);
}

template <typename R = EntResult> R result(EntStatus status, const Answer& a, const QString& detail = {})
{
    R r;
    r.status = status;
    r.httpStatus = a.status;
    r.detail = detail.isEmpty() ? u"HTTP %1"_s.arg(a.status) : detail;
    return r;
}

// Failures below HTTP: no status line, or the kiosk cut the reply short.
template <typename R = EntResult> std::optional<R> transportFailure(const Answer& a)
{
    switch (a.cause) {
    case Cause::Timeout:
        return result<R>(EntStatus::Timeout, a, u"no complete answer within the timeout"_s);
    case Cause::TooLarge:
        return result<R>(EntStatus::MalformedReply, a, u"answer too large"_s);
    case Cause::Tls:
        return result<R>(EntStatus::TlsError, a, u"certificate rejected"_s);
    case Cause::None:
        break;
    }
    if (a.status != 0)
        return std::nullopt;
    const QString detail = u"network error %1"_s.arg(int(a.error));
    switch (a.error) {
    case QNetworkReply::TimeoutError:
        return result<R>(EntStatus::Timeout, a, detail);
    case QNetworkReply::SslHandshakeFailedError:
        return result<R>(EntStatus::TlsError, a, detail);
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return result<R>(EntStatus::MalformedReply, a, detail);
    default: // refused, host not found, closed, proxy, network down...
        return result<R>(EntStatus::Unreachable, a, detail);
    }
}

// What no route of the contract answers with.
template <typename R = EntResult> R unexpected(const Answer& a, const QString& detail = {})
{
    return result<R>(a.status >= 500 ? EntStatus::ServerError : EntStatus::MalformedReply, a, detail);
}

std::optional<QJsonObject> jsonObject(const Answer& a)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(a.body.bytes(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

bool isRedirect(const Answer& a)
{
    return a.status >= 300 && a.status < 400;
}

bool redirectsToLogin(const Answer& a)
{
    return isRedirect(a) && a.location.path().startsWith(u"/auth/login"_s);
}

bool holdsSessionCookie(const QList<QNetworkCookie>& cookies)
{
    return std::any_of(cookies.cbegin(), cookies.cend(), [](const QNetworkCookie& cookie) {
        return cookie.name() == sessionCookie && !cookie.value().isEmpty();
    });
}

// POST /auth/login (contract §3.2, §13.7a).
LoginResult classifyFormLogin(const Answer& a)
{
    if (auto failure = transportFailure<LoginResult>(a))
        return *failure;
    if (isRedirect(a)) {
        static const QString resetPrefix = u"/auth/reset/"_s;
        const QString path = a.location.path();
        if (path.startsWith(resetPrefix)) {
            const QString code = path.mid(resetPrefix.size()).section(u'/', 0, 0);
            // "password" and "forceChangePassword" name pages, not codes (contract §3.10)
            if (!code.isEmpty() && code != u"password"_s && code != u"forceChangePassword"_s) {
                auto r = result<LoginResult>(EntStatus::ResetCodeTyped, a, u"redirect to the reset page"_s);
                r.resetCode = code;
                return r;
            }
        }
        if (holdsSessionCookie(a.cookies))
            return result<LoginResult>(EntStatus::Ok, a);
        return result<LoginResult>(EntStatus::MalformedReply, a, u"redirect without a session cookie"_s);
    }
    if (a.status != 200 || a.contentType.contains("json"))
        return unexpected<LoginResult>(a);

    const QString html = QString::fromUtf8(a.body.bytes());
    if (const QString message = EntHtml::ngInitError(html); !message.isEmpty()) {
        auto r = result<LoginResult>(entStatusFromErrorKey(message), a, u"login page with an error"_s);
        r.serverMessage = message;
        return r;
    }
    if (EntHtml::isActivationPage(html))
        return result<LoginResult>(EntStatus::ActivationCodeTyped, a, u"activation page"_s);
    if (EntHtml::isLoginPage(html))
        return result<LoginResult>(EntStatus::AuthenticationFailed, a, u"login page without an error"_s);
    return result<LoginResult>(EntStatus::MalformedReply, a, u"unknown page"_s);
}

// POST /auth/oauth2/token, password grant (contract §3.4). Tokens go to the out parameters on success only.
LoginResult classifyToken(const Answer& a, SecretBytes& accessToken, SecretBytes& refreshToken)
{
    if (auto failure = transportFailure<LoginResult>(a))
        return *failure;
    const std::optional<QJsonObject> json = jsonObject(a);
    const QString error = json ? json->value(u"error"_s).toString() : QString();
    if (a.status == 509 || error == u"quota_overflow"_s)
        return result<LoginResult>(EntStatus::QuotaOverflow, a);
    if (!json)
        return unexpected<LoginResult>(a, u"HTTP %1 without a JSON object"_s.arg(a.status));

    if (a.status == 200) {
        const QString access = json->value(u"access_token"_s).toString();
        const QString type = json->value(u"token_type"_s).toString();
        if (access.isEmpty() || type.compare(u"bearer"_s, Qt::CaseInsensitive) != 0)
            return result<LoginResult>(EntStatus::MalformedReply, a, u"token answer without a bearer token"_s);
        accessToken = SecretBytes(access);
        refreshToken = SecretBytes(json->value(u"refresh_token"_s).toString());
        return result<LoginResult>(EntStatus::Ok, a);
    }
    if (a.status != 400 && a.status != 401 && a.status != 403)
        return unexpected<LoginResult>(a);

    const QString description = json->value(u"error_description"_s).toString();
    const QString detail = u"HTTP %1 %2 %3"_s.arg(a.status).arg(error, description);
    EntStatus status = EntStatus::MalformedReply;
    if (error == u"access_denied"_s) {
        status = entStatusFromErrorKey(description);
        if (status == EntStatus::ServerMessage) // an unknown refusal is still a refusal
            status = EntStatus::AuthenticationFailed;
    } else if (error == u"invalid_request"_s) {
        // An empty identifier or password; the web form calls that authenticationFailed too.
        const bool missingCredential = description.contains(u"'username'"_s) || description.contains(u"'password'"_s);
        status = missingCredential ? EntStatus::AuthenticationFailed : EntStatus::InvalidClient;
    } else if (!error.isEmpty()) {
        status = entStatusFromErrorKey(error);
    }
    auto r = result<LoginResult>(status, a, detail);
    if (status == EntStatus::ServerMessage)
        r.serverMessage = description.isEmpty() ? error : description;
    return r;
}

enum class Route {
    Public,
    Secured,                  // no session: 302 to the login page (contract §1.2), or 401
    SecuredNotFoundNoSession, // /auth/user/requirements also answers 404 (or any 302) without a session (§3.15)
};

// A JSON GET: `fill` takes the object of a 200 and says whether it holds what the route promises.
template <typename R, typename Fill> R classifyJsonGet(const Answer& a, Route route, Fill fill)
{
    if (auto failure = transportFailure<R>(a))
        return *failure;
    const bool noSession = redirectsToLogin(a) || a.status == 401 ||
                           (route == Route::SecuredNotFoundNoSession && (a.status == 404 || isRedirect(a)));
    if (route != Route::Public && noSession)
        return result<R>(EntStatus::NotAuthenticated, a);
    if (a.status != 200)
        return unexpected<R>(a);
    const std::optional<QJsonObject> json = jsonObject(a);
    R r = result<R>(EntStatus::Ok, a);
    if (!json || !fill(*json, r))
        return result<R>(EntStatus::MalformedReply, a, u"not the expected JSON object"_s);
    return r;
}

// GET /auth/logout (contract §3.3): always a 302, with or without a session.
EntResult classifyLogout(const Answer& a)
{
    if (auto failure = transportFailure(a))
        return *failure;
    return isRedirect(a) ? result(EntStatus::Ok, a) : unexpected(a);
}

} // namespace

EntClientSettings EntClientSettings::fromConfig(const KioskConfig& config)
{
    EntClientSettings settings;
    settings.baseUrl = config.entUrl;
    settings.timeoutMs = config.requestTimeoutMs;
    settings.userAgent = config.userAgent();
    settings.oauthClientId = config.oauthClientId;
    settings.oauthClientSecret = config.oauthClientSecret;
    settings.oauthScope = config.oauthScope;
    settings.caBundle = config.caBundle;
    return settings;
}

EntClient::EntClient(EntClientSettings settings, QObject* parent)
    : QObject(parent), m_settings(std::move(settings)), m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_settings.caBundle.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_settings.caBundle, QSsl::Pem);
        if (extra.isEmpty())
            qCWarning(lcEnt) << "no PEM certificate in the configured CA bundle";
        m_ssl.addCaCertificates(extra);
    }
    rebuildNetwork();
}

EntClient::~EntClient()
{
    abortInFlight();
}

void EntClient::setLanguage(const QString& language)
{
    m_language = language;
}

QNetworkRequest EntClient::newRequest(const QString& path, const QByteArray& accept) const
{
    QUrl url = m_settings.baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", m_settings.userAgent.isEmpty() ? QByteArrayLiteral("leo-kiosk/" LEOKIOSK_VERSION)
                                                                      : m_settings.userAgent);
    request.setRawHeader("Accept-Language", m_language.isEmpty() ? QByteArrayLiteral("fr") : m_language.toLatin1());
    if (!accept.isEmpty())
        request.setRawHeader("Accept", accept);
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.bytes());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setSslConfiguration(m_ssl);
    return request;
}

QNetworkReply* EntClient::sendSecured(const QByteArray& verb,
                                      const QString& path,
                                      const QByteArray& body,
                                      const QByteArray& contentType)
{
    QNetworkRequest request = newRequest(path, acceptJson);
    if (const QByteArray token = xsrfToken(); !token.isEmpty())
        request.setRawHeader("X-XSRF-TOKEN", token);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return m_nam->sendCustomRequest(request, verb, body);
}

void EntClient::send(QNetworkReply* reply, std::function<void(QNetworkReply*)> onFinished, SecretBytes uploaded)
{
    watch(reply, m_settings.timeoutMs);
    m_inFlight.insert(reply);
    auto body = std::make_shared<SecretBytes>(std::move(uploaded));
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, body, generation = m_generation, onFinished = std::move(onFinished)] {
                body->wipe();
                reply->deleteLater();
                m_inFlight.remove(reply);
                if (generation == m_generation)
                    onFinished(reply);
            });
}

void EntClient::login(const QString& login, SecretBytes password, Callback<LoginResult> done)
{
    if (m_settings.oauthClientId.isEmpty())
        loginWithForm(login, std::move(password), std::move(done));
    else
        loginWithToken(login, std::move(password), std::move(done));
}

void EntClient::loginWithForm(const QString& login, SecretBytes password, Callback<LoginResult> done)
{
    FormEncoder form;
    form.add(u"email"_s, login).add(u"password"_s, password).add(u"callBack"_s, u"/"_s);
    password.wipe();
    SecretBytes body = form.take();
    QNetworkRequest request = newRequest(u"/auth/login"_s, acceptHtml);
    request.setHeader(QNetworkRequest::ContentTypeHeader, formContentType);
    QNetworkReply* reply = m_nam->post(request, body.bytes());
    send(
        reply, [done = std::move(done)](QNetworkReply* r) { done(classifyFormLogin(readAnswer(r))); }, std::move(body));
}

void EntClient::loginWithToken(const QString& login, SecretBytes password, Callback<LoginResult> done)
{
    FormEncoder form;
    form.add(u"grant_type"_s, u"password"_s)
        .add(u"username"_s, login)
        .add(u"password"_s, password)
        .add(u"scope"_s, m_settings.oauthScope);
    password.wipe();
    SecretBytes body = form.take();
    SecretBytes client(m_settings.oauthClientId + u':' + m_settings.oauthClientSecret);
    QNetworkRequest request = newRequest(u"/auth/oauth2/token"_s, acceptJson);
    request.setHeader(QNetworkRequest::ContentTypeHeader, formContentType);
    request.setRawHeader("Authorization", "Basic " + client.bytes().toBase64());
    QNetworkReply* reply = m_nam->post(request, body.bytes());
    send(
        reply,
        [this, done = std::move(done)](QNetworkReply* r) {
            done(classifyToken(readAnswer(r), m_accessToken, m_refreshToken));
        },
        std::move(body));
}

void EntClient::fetchUserInfo(Callback<UserInfoResult> done)
{
    send(m_nam->get(newRequest(u"/auth/oauth2/userinfo"_s, acceptJson)),
         [done = std::move(done)](QNetworkReply* reply) {
             done(classifyJsonGet<UserInfoResult>(readAnswer(reply), Route::Secured,
                                                  [](const QJsonObject& json, UserInfoResult& r) {
                                                      r.user = UserInfo::fromJson(json);
                                                      return r.user.isValid();
                                                  }));
         });
}

void EntClient::fetchRequirements(Callback<RequirementsResult> done)
{
    send(m_nam->get(newRequest(u"/auth/user/requirements"_s, acceptJson)),
         [done = std::move(done)](QNetworkReply* reply) {
             done(classifyJsonGet<RequirementsResult>(readAnswer(reply), Route::SecuredNotFoundNoSession,
                                                      [](const QJsonObject& json, RequirementsResult& r) {
                                                          r.requirements = Requirements::fromJson(json);
                                                          return true;
                                                      }));
         });
}

void EntClient::fetchContext(Callback<ContextResult> done)
{
    send(m_nam->get(newRequest(u"/auth/context"_s, acceptJson)), [done = std::move(done)](QNetworkReply* reply) {
        done(classifyJsonGet<ContextResult>(readAnswer(reply), Route::Public,
                                            [](const QJsonObject& json, ContextResult& r) {
                                                r.context = json;
                                                return true;
                                            }));
    });
}

void EntClient::logout(Callback<EntResult> done)
{
    send(m_nam->get(newRequest(u"/auth/logout"_s, acceptHtml)),
         [done = std::move(done)](QNetworkReply* reply) { done(classifyLogout(readAnswer(reply))); });
}

void EntClient::endOtherSessions(Callback<EntResult> done)
{
    send(sendSecured(QByteArrayLiteral("DELETE"), u"/auth/sessions"_s, {}, {}),
         [done = std::move(done)](QNetworkReply* reply) {
             const Answer a = readAnswer(reply);
             if (auto failure = transportFailure(a))
                 return done(*failure);
             if (redirectsToLogin(a) || a.status == 401)
                 return done(result(EntStatus::NotAuthenticated, a));
             if (a.status == 200)
                 return done(result(EntStatus::Ok, a));
             auto r = unexpected(a);
             if (const auto json = jsonObject(a); json && a.status == 403) // invalid.xsrf.token
                 r = result(EntStatus::ServerMessage, a, json->value(u"error"_s).toString());
             done(r);
         });
}

void EntClient::logoutAndReset(Callback<EntResult> done)
{
    abortInFlight();
    QNetworkReply* reply = m_nam->get(newRequest(u"/auth/logout"_s, acceptHtml));
    watch(reply, qMin(m_settings.timeoutMs, maxLogoutMs));
    // The retired manager keeps the cookies only for this one request, then goes with it.
    QNetworkAccessManager* retired = m_nam.release();
    retired->setParent(this);
    connect(reply, &QNetworkReply::finished, retired, [reply, retired, done = std::move(done)] {
        const EntResult r = classifyLogout(readAnswer(reply));
        retired->deleteLater();
        if (done)
            done(r);
    });
    m_accessToken.wipe();
    m_refreshToken.wipe();
    rebuildNetwork();
}

void EntClient::reset()
{
    abortInFlight();
    // Later, not now: reset() may run inside a finished() handler of one of this manager's replies.
    m_nam.release()->deleteLater();
    m_accessToken.wipe();
    m_refreshToken.wipe();
    rebuildNetwork();
}

void EntClient::abortInFlight()
{
    ++m_generation;
    const QSet<QNetworkReply*> replies = std::exchange(m_inFlight, {});
    for (QNetworkReply* reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void EntClient::rebuildNetwork()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setCookieJar(new QNetworkCookieJar(m_nam.get())); // in memory only; no disk cache is ever set
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

bool EntClient::hasSession() const
{
    if (!m_accessToken.isEmpty())
        return true;
    return holdsSessionCookie(m_nam->cookieJar()->cookiesForUrl(m_settings.baseUrl));
}

QNetworkCookieJar* EntClient::cookieJar() const
{
    return m_nam->cookieJar();
}

QByteArray EntClient::xsrfToken() const
{
    const QList<QNetworkCookie> cookies = m_nam->cookieJar()->cookiesForUrl(m_settings.baseUrl);
    for (const QNetworkCookie& cookie : cookies) {
        if (cookie.name() == "XSRF-TOKEN")
            return cookie.value();
    }
    return {};
}

int EntClient::requestsInFlight() const
{
    return int(m_inFlight.size());
}
