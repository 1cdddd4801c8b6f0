#include "core/ent/EntClient.h"

#include "core/config/KioskConfig.h"
#include "core/ent/EntReply.h"
#include "core/ent/FormEncoder.h"
#include "core/ent/OneShotUpload.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSslCertificate>

namespace LeoKiosk {

using namespace Qt::StringLiterals;
using namespace EntReply;

namespace {

constexpr int maxLogoutMs = 5000; // the wipe never waits for it, but the detached state should go soon

// A compact UTF-8 JSON body (ENT protocol §13.3), wiped with the request.
SecretBytes jsonBody(const QJsonObject& object)
{
    return SecretBytes::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// What the ENT answers a secured route without a session (ENT protocol §1.2), for a call the kiosk knows cannot
// succeed: a refused token refresh, a session whose writes the XSRF filter keeps refusing.
Answer noSession(const QUrl& base)
{
    Answer a;
    a.status = 302;
    a.location = base.resolved(QUrl(u"/auth/login"_s));
    return a;
}

QString serviceName(RecoveryService service)
{
    return service == RecoveryService::Mobile ? u"mobile"_s : u"mail"_s;
}

// The form of a password change with the current password (POST /auth/reset ENT protocol §13.9, /auth/changePassword
// §3.13), in the order ENT Core's own front sends it; the secrets are wiped once encoded.
FormEncoder passwordChangeForm(const QString& login,
                               SecretBytes oldPassword,
                               SecretBytes password,
                               SecretBytes confirmation,
                               const QString& callback)
{
    FormEncoder form;
    form.add(u"login"_s, login)
        .add(u"oldPassword"_s, oldPassword)
        .add(u"password"_s, password)
        .add(u"confirmPassword"_s, confirmation)
        .add(u"callback"_s, callback);
    oldPassword.wipe();
    password.wipe();
    confirmation.wipe();
    return form;
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
    settings.spkiPins = config.entSpkiPins;
    return settings;
}

EntClient::EntClient(EntClientSettings settings, QObject* parent)
    : QObject(parent), m_settings(std::move(settings))
{
    // Only an https ENT needs the TLS backend; loading it for a loopback test ENT would cost start-up time and memory.
    if (m_settings.baseUrl.scheme() == u"https"_s)
        initialiseTls();
    rebuildNetwork();
}

void EntClient::initialiseTls()
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl->setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_settings.caBundle.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_settings.caBundle, QSsl::Pem);
        if (extra.isEmpty())
            qCWarning(lcEnt) << "no PEM certificate in the configured CA bundle";
        m_ssl->addCaCertificates(extra);
    }
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
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    return request;
}

void EntClient::getSecured(const QString& path, AnswerHandler onAnswer)
{
    withFreshToken([this, path, onAnswer = std::move(onAnswer)](const Answer* stop) {
        if (stop)
            return onAnswer(*stop);
        send(m_nam->get(newRequest(path, acceptJson)), [onAnswer](QNetworkReply* reply) { onAnswer(read(reply)); });
    });
}

void EntClient::sendSecured(const QByteArray& verb,
                            const QString& path,
                            SecretBytes body,
                            const QByteArray& contentType,
                            AnswerHandler onAnswer)
{
    auto held = std::make_shared<SecretBytes>(std::move(body));
    if (m_accessToken.isEmpty())
        return sendCookieWrite(verb, path, std::move(held), contentType, false, std::move(onAnswer));
    withFreshToken([=, this](const Answer* stop) {
        if (stop) {
            held->wipe();
            return onAnswer(*stop);
        }
        QNetworkRequest request = newRequest(path, acceptJson);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        // PUT /auth/cgu/revalidate and DELETE /auth/sessions carry nothing and are idempotent; every other write has a
        // body and goes out once.
        QNetworkReply* reply =
            held->isEmpty() ? m_nam->sendCustomRequest(request, verb) : sendOnce(request, verb, std::move(*held));
        send(reply, [onAnswer](QNetworkReply* r) { onAnswer(read(r)); });
    });
}

void EntClient::sendCookieWrite(const QByteArray& verb,
                                const QString& path,
                                std::shared_ptr<SecretBytes> body,
                                const QByteArray& contentType,
                                bool retried,
                                AnswerHandler onAnswer)
{
    const auto post = [=, this] {
        QNetworkRequest request = newRequest(path, acceptJson);
        if (const QByteArray token = xsrfToken(); !token.isEmpty())
            request.setRawHeader("X-XSRF-TOKEN", token);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        // The XSRF filter refuses before the route runs, so the one retry sends nothing twice to the route: a copy of
        // the body is kept for it until the first answer, then wiped.
        auto again = std::make_shared<SecretBytes>();
        if (!retried)
            again->append(body->bytes());
        QNetworkReply* reply =
            body->isEmpty() ? m_nam->sendCustomRequest(request, verb) : sendOnce(request, verb, std::move(*body));
        send(reply, [=, this](QNetworkReply* r) {
            const Answer a = read(r);
            if (!isXsrfRefusal(a)) {
                again->wipe();
                return onAnswer(a);
            }
            if (retried) { // a token from the ENT's own page, refused again: this session cannot write
                again->wipe();
                return onAnswer(noSession(m_settings.baseUrl));
            }
            fetchXsrfToken([=, this](const Answer* stop) {
                if (stop) {
                    again->wipe();
                    return onAnswer(*stop);
                }
                sendCookieWrite(verb, path, again, contentType, true, onAnswer);
            });
        });
    };
    if (!retried && xsrfToken().isEmpty() && hasSession()) {
        return fetchXsrfToken([=](const Answer* stop) {
            if (!stop)
                return post();
            body->wipe();
            onAnswer(*stop);
        });
    }
    post();
}

void EntClient::fetchXsrfToken(Proceed then, bool fallback)
{
    const QString page = fallback ? u"/userbook/mon-compte"_s : u"/auth/revalidate-terms"_s;
    send(m_nam->get(newRequest(page, acceptHtml)), [this, fallback, then = std::move(then)](QNetworkReply* reply) {
        const Answer a = read(reply);
        const EntResult answered = classifyXsrfPage(a);
        if (answered.ok() || !xsrfToken().isEmpty())
            return then(nullptr);
        if (answered.status == EntStatus::ServerMessage) { // a page this ENT lacks: the other one, then the write as it is
            if (!fallback)
                return fetchXsrfToken(then, true);
            return then(nullptr);
        }
        then(&a); // not signed in, MFA, not reached
    });
}

void EntClient::setTokenLifetime(qint64 expiresInS)
{
    if (expiresInS <= 0) {
        m_refreshAfter = QDeadlineTimer(QDeadlineTimer::Forever);
        return;
    }
    const qint64 margin = qMin<qint64>(30, expiresInS / 4);
    m_refreshAfter = QDeadlineTimer((expiresInS - margin) * 1000);
}

void EntClient::withFreshToken(Proceed then)
{
    if (m_accessToken.isEmpty() || m_refreshToken.isEmpty() || !m_refreshAfter.hasExpired())
        return then(nullptr);
    m_refreshWaiters.push_back(std::move(then));
    if (m_refreshWaiters.size() > 1)
        return; // one refresh at a time: a refresh token is used once
    FormEncoder form;
    form.add(u"grant_type"_s, u"refresh_token"_s).add(u"refresh_token"_s, m_refreshToken);
    SecretBytes client(m_settings.oauthClientId + u':' + m_settings.oauthClientSecret);
    QNetworkRequest request = newRequest(u"/auth/oauth2/token"_s, acceptJson);
    request.setHeader(QNetworkRequest::ContentTypeHeader, formContentType);
    request.setRawHeader("Authorization", "Basic " + client.bytes().toBase64());
    send(sendOnce(request, QByteArrayLiteral("POST"), form.take()), [this](QNetworkReply* r) {
        const Answer a = read(r);
        qint64 expiresInS = 0;
        const LoginResult refreshed = classifyToken(a, m_accessToken, m_refreshToken, expiresInS);
        if (refreshed.ok()) {
            setTokenLifetime(expiresInS);
            return finishRefresh(nullptr);
        }
        if (transportFailure(a))
            return finishRefresh(&a); // not reached: the tokens stay for a later try
        qCInfo(lcEnt) << "the ENT refused to refresh the access token:" << refreshed.detail;
        m_accessToken.wipe();
        m_refreshToken.wipe();
        m_refreshAfter = QDeadlineTimer(QDeadlineTimer::Forever);
        const Answer ended = noSession(m_settings.baseUrl);
        finishRefresh(&ended);
    });
}

void EntClient::finishRefresh(const Answer* stop)
{
    const std::vector<Proceed> waiting = std::exchange(m_refreshWaiters, {});
    for (const Proceed& then : waiting)
        then(stop);
}

QNetworkReply* EntClient::sendOnce(QNetworkRequest request, const QByteArray& verb, SecretBytes body)
{
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.bytes().size());
    auto* upload = new OneShotUpload(std::move(body));
    QNetworkReply* reply = m_nam->sendCustomRequest(request, verb, upload);
    upload->setParent(reply);
    return reply;
}

void EntClient::send(QNetworkReply* reply, std::function<void(QNetworkReply*)> onFinished)
{
    watch(reply, m_settings.timeoutMs, m_settings.spkiPins);
    m_inFlight.insert(reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, generation = m_generation, onFinished = std::move(onFinished)] {
                if (auto* upload = reply->findChild<OneShotUpload*>(QString(), Qt::FindDirectChildrenOnly))
                    upload->wipe();
                reply->deleteLater();
                m_inFlight.remove(reply);
                if (const std::optional<bool> reached = EntReply::reachedEnt(reply))
                    Q_EMIT entReached(*reached);
                if (generation == m_generation)
                    onFinished(reply);
            });
}

void EntClient::login(const QString& login, SecretBytes password, Callback<LoginResult> done)
{
    if (m_settings.oauthClientId.isEmpty())
        loginWithForm(login, std::move(password), std::move(done));
    else
        loginWithToken(login, std::move(password), m_settings.oauthScope, std::move(done));
}

void EntClient::loginWithScope(const QString& login,
                               SecretBytes password,
                               const QString& scope,
                               Callback<LoginResult> done)
{
    loginWithToken(login, std::move(password), scope, std::move(done));
}

void EntClient::checkClient(Callback<EntResult> done)
{
    FormEncoder form;
    form.add(u"grant_type"_s, u"refresh_token"_s).add(u"refresh_token"_s, u"leo-kiosk-check-config"_s);
    SecretBytes client(m_settings.oauthClientId + u':' + m_settings.oauthClientSecret);
    QNetworkRequest request = newRequest(u"/auth/oauth2/token"_s, acceptJson);
    request.setHeader(QNetworkRequest::ContentTypeHeader, formContentType);
    request.setRawHeader("Authorization", "Basic " + client.bytes().toBase64());
    send(sendOnce(request, QByteArrayLiteral("POST"), form.take()), [done = std::move(done)](QNetworkReply* r) {
        const Answer a = read(r);
        if (auto failure = transportFailure(a))
            return done(*failure);
        const std::optional<QJsonObject> json = jsonObject(a);
        const QString error = json ? json->value(u"error"_s).toString() : QString();
        if (error == u"invalid_grant"_s)
            return done(result(EntStatus::Ok, a, u"client accepted"_s));
        if (error == u"invalid_client"_s)
            return done(result(EntStatus::InvalidClient, a, u"HTTP %1 invalid_client"_s.arg(a.status)));
        done(unexpected(a, u"HTTP %1 %2"_s.arg(a.status).arg(error)));
    });
}

void EntClient::loginWithForm(const QString& login, SecretBytes password, Callback<LoginResult> done)
{
    FormEncoder form;
    form.add(u"email"_s, login).add(u"password"_s, password).add(u"callBack"_s, u"/"_s);
    password.wipe();
    QNetworkRequest request = newRequest(u"/auth/login"_s, acceptHtml);
    request.setHeader(QNetworkRequest::ContentTypeHeader, formContentType);
    send(sendOnce(request, QByteArrayLiteral("POST"), form.take()),
         [done = std::move(done)](QNetworkReply* r) { done(classifyFormLogin(read(r))); });
}

void EntClient::loginWithToken(const QString& login,
                               SecretBytes password,
                               const QString& scope,
                               Callback<LoginResult> done)
{
    FormEncoder form;
    form.add(u"grant_type"_s, u"password"_s)
        .add(u"username"_s, login)
        .add(u"password"_s, password)
        .add(u"scope"_s, scope);
    password.wipe();
    SecretBytes client(m_settings.oauthClientId + u':' + m_settings.oauthClientSecret);
    QNetworkRequest request = newRequest(u"/auth/oauth2/token"_s, acceptJson);
    request.setHeader(QNetworkRequest::ContentTypeHeader, formContentType);
    request.setRawHeader("Authorization", "Basic " + client.bytes().toBase64());
    send(sendOnce(request, QByteArrayLiteral("POST"), form.take()), [this, done = std::move(done)](QNetworkReply* r) {
        qint64 expiresInS = 0;
        const LoginResult result = classifyToken(read(r), m_accessToken, m_refreshToken, expiresInS);
        if (result.ok())
            setTokenLifetime(expiresInS);
        done(result);
    });
}

void EntClient::fetchUserInfo(Callback<UserInfoResult> done)
{
    getSecured(u"/auth/oauth2/userinfo"_s, [done = std::move(done)](const Answer& a) {
        done(classifyJsonGet<UserInfoResult>(a, Route::Secured, [](const QJsonObject& json, UserInfoResult& r) {
            r.user = UserInfo::fromJson(json);
            return r.user.isValid();
        }));
    });
}

void EntClient::fetchRequirements(Callback<RequirementsResult> done)
{
    getSecured(u"/auth/user/requirements"_s,
               [done = std::move(done)](const Answer& a) { done(classifyRequirements(a)); });
}

void EntClient::fetchContext(Callback<ContextResult> done)
{
    send(m_nam->get(newRequest(u"/auth/context"_s, acceptJson)), [done = std::move(done)](QNetworkReply* reply) {
        done(classifyJsonGet<ContextResult>(read(reply), Route::Public, [](const QJsonObject& json, ContextResult& r) {
            r.context = json;
            return true;
        }));
    });
}

void EntClient::logout(Callback<EntResult> done)
{
    send(m_nam->get(newRequest(u"/auth/logout"_s, acceptHtml)),
         [done = std::move(done)](QNetworkReply* reply) { done(classifyLogout(read(reply))); });
}

void EntClient::endOtherSessions(Callback<EntResult> done)
{
    sendSecured(QByteArrayLiteral("DELETE"), u"/auth/sessions"_s, {}, {},
                [done = std::move(done)](const Answer& a) { done(classifySecuredCommand(a)); });
}

void EntClient::acceptTerms(Callback<EntResult> done)
{
    sendSecured(QByteArrayLiteral("PUT"), u"/auth/cgu/revalidate"_s, {}, {},
                [done = std::move(done)](const Answer& a) { done(classifySecuredCommand(a)); });
}

void EntClient::postPublic(const QString& path,
                           SecretBytes body,
                           const QByteArray& contentType,
                           std::function<void(QNetworkReply*)> onFinished)
{
    QNetworkRequest request = newRequest(path, acceptJson);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    send(sendOnce(request, QByteArrayLiteral("POST"), std::move(body)), std::move(onFinished));
}

void EntClient::passwordChannels(Callback<PasswordChannelsResult> done)
{
    send(m_nam->get(newRequest(u"/auth/password-channels"_s, acceptJson)),
         [done = std::move(done)](QNetworkReply* reply) { done(classifyPasswordChannels(read(reply))); });
}

template <typename R> EntClient::Callback<R> EntClient::reported(Flow flow, Callback<R> done)
{
    QElapsedTimer since;
    since.start();
    return [self = QPointer<EntClient>(this), flow, since, done = std::move(done)](const R& result) {
        if (self)
            Q_EMIT self->flowFinished(flow, result, std::chrono::milliseconds(since.elapsed()));
        done(result);
    };
}

void EntClient::forgotPassword(const QString& login, RecoveryService service, Callback<EntResult> done)
{
    done = reported(Flow::ForgotPassword, std::move(done));
    const QJsonObject body{{u"login"_s, login}, {u"service"_s, serviceName(service)}};
    postPublic(u"/auth/forgot-password"_s, jsonBody(body), jsonContentType,
               [done = std::move(done)](QNetworkReply* reply) { done(classifyRecoveryRequest(read(reply))); });
}

void EntClient::matchCode(const QString& path,
                          const QString& login,
                          const QString& code,
                          Callback<CodeMatchResult> done)
{
    // The field that carries the code is named "password" (ENT protocol §3.12).
    const QJsonObject body{{u"login"_s, login}, {u"password"_s, code}};
    postPublic(path, jsonBody(body), jsonContentType,
               [done = std::move(done)](QNetworkReply* reply) { done(classifyCodeMatch(read(reply))); });
}

void EntClient::matchResetCode(const QString& login, const QString& code, Callback<CodeMatchResult> done)
{
    matchCode(u"/auth/reset/match"_s, login, code, std::move(done));
}

void EntClient::submitPasswordForm(
    const QString& path, SecretBytes form, bool secured, Callback<EntResult> done, const QString& successPath)
{
    if (secured) {
        sendSecured(QByteArrayLiteral("POST"), path, std::move(form), formContentType,
                    [successPath, done = std::move(done)](const Answer& a) {
                        done(classifyPasswordForm(a, Route::Secured, successPath));
                    });
        return;
    }
    postPublic(path, std::move(form), formContentType,
               [done = std::move(done)](QNetworkReply* reply) { done(classifyPasswordForm(read(reply), Route::Public)); });
}

void EntClient::resetPassword(
    const QString& login, const QString& code, SecretBytes password, SecretBytes confirmation, Callback<EntResult> done)
{
    FormEncoder form;
    form.add(u"login"_s, login)
        .add(u"resetCode"_s, code)
        .add(u"password"_s, password)
        .add(u"confirmPassword"_s, confirmation)
        .add(u"callback"_s, u"/auth/login"_s);
    password.wipe();
    confirmation.wipe();
    submitPasswordForm(u"/auth/reset"_s, form.take(), false, reported(Flow::ResetPassword, std::move(done)));
}

void EntClient::changePasswordWithoutSession(const QString& login,
                                             SecretBytes oldPassword,
                                             SecretBytes password,
                                             SecretBytes confirmation,
                                             PasswordChange kind,
                                             Callback<EntResult> done)
{
    FormEncoder form = passwordChangeForm(login, std::move(oldPassword), std::move(password), std::move(confirmation),
                                          u"/auth/login"_s);
    if (kind == PasswordChange::Forced)
        form.add(u"forceChange"_s, u"force"_s);
    submitPasswordForm(u"/auth/reset"_s, form.take(), false,
                       [reportedDone = reported(Flow::ChangePassword, std::move(done))](const EntResult& r) {
                           reportedDone(changeRefusal(r));
                       });
}

void EntClient::forgotId(const QString& mail,
                         RecoveryService service,
                         const QString& firstName,
                         const QString& structureId,
                         Callback<ForgotIdResult> done)
{
    done = reported(Flow::ForgotId, std::move(done));
    QJsonObject body{{u"mail"_s, mail}, {u"service"_s, serviceName(service)}};
    if (!firstName.isEmpty())
        body.insert(u"firstName"_s, firstName);
    if (!structureId.isEmpty())
        body.insert(u"structureId"_s, structureId);
    postPublic(u"/auth/forgot-id"_s, jsonBody(body), jsonContentType,
               [done = std::move(done)](QNetworkReply* reply) { done(classifyForgotId(read(reply))); });
}

void EntClient::matchActivationCode(const QString& login, const QString& code, Callback<CodeMatchResult> done)
{
    matchCode(u"/auth/activation/match"_s, login, code, std::move(done));
}

void EntClient::readActivationPage(const QString& login, SecretBytes code, Callback<LoginResult> done)
{
    loginWithForm(login, std::move(code), std::move(done));
}

void EntClient::activate(const QString& login,
                         const QString& code,
                         SecretBytes password,
                         SecretBytes confirmation,
                         bool acceptCgu,
                         const QString& mail,
                         const QString& phone,
                         Callback<ActivationResult> done)
{
    FormEncoder form;
    form.add(u"login"_s, login)
        .add(u"activationCode"_s, code)
        .add(u"password"_s, password)
        .add(u"confirmPassword"_s, confirmation);
    if (acceptCgu)
        form.add(u"acceptCGU"_s, u"true"_s);
    // Both always, as the ENT's own page sends them: the ENT stores exactly what comes (ENT protocol §3.16).
    form.add(u"mail"_s, mail).add(u"phone"_s, phone);
    password.wipe();
    confirmation.wipe();
    postPublic(u"/auth/activation"_s, form.take(), formContentType,
               [done = std::move(done)](QNetworkReply* reply) { done(classifyActivation(read(reply))); });
}

void EntClient::generateRenewalCode(const QString& login, Callback<RenewalCodeResult> done)
{
    FormEncoder form;
    form.add(u"login"_s, login);
    sendSecured(QByteArrayLiteral("POST"), u"/auth/generatePasswordRenewalCode"_s, form.take(), formContentType,
                [done = reported(Flow::StaffCode, std::move(done))](const Answer& a) { done(classifyRenewalCode(a)); });
}

void EntClient::reportFlow(Flow flow, const EntResult& result)
{
    Q_EMIT flowFinished(flow, result, std::chrono::milliseconds(0));
}

void EntClient::classMembers(const QString& classId, Callback<ClassMembersResult> done)
{
    // No query (newRequest sets the path alone): the rows are filtered on their `type` here.
    getSecured(u"/directory/class/"_s + classId + u"/users"_s, [done = std::move(done)](const Answer& a) { done(classifyClassMembers(a)); });
}

void EntClient::changePassword(const QString& login,
                               SecretBytes oldPassword,
                               SecretBytes password,
                               SecretBytes confirmation,
                               Callback<EntResult> done)
{
    // The callback is ENT's own for this page (ENT protocol §3.10), and success is the redirect to it, recognised by its
    // path: any other redirect is the filter's "not signed in", wherever its login page is (§17 item 1).
    const QString callback = u"/userbook/mon-compte"_s;
    FormEncoder form =
        passwordChangeForm(login, std::move(oldPassword), std::move(password), std::move(confirmation), callback);
    submitPasswordForm(
        u"/auth/changePassword"_s, form.take(), true,
        [reportedDone = reported(Flow::ChangePassword, std::move(done))](const EntResult& r) {
            reportedDone(changeRefusal(r));
        },
        callback);
}

void EntClient::mailState(Callback<MailStateResult> done)
{
    getSecured(u"/directory/user/mailstate"_s, [done = std::move(done)](const Answer& a) {
        done(classifyJsonGet<MailStateResult>(a, Route::SecuredNotFoundNoSession,
                                              [](const QJsonObject& json, MailStateResult& r) {
                                                  const std::optional<MailState> state = MailState::fromJson(json);
                                                  if (state)
                                                      r.mailState = *state;
                                                  return state.has_value();
                                              }));
    });
}

void EntClient::requestMailChange(const QString& email, Callback<EntResult> done)
{
    sendSecured(QByteArrayLiteral("PUT"), u"/directory/user/mailstate"_s, jsonBody({{u"email"_s, email}}),
                jsonContentType, [done = std::move(done)](const Answer& a) { done(classifySecuredCommand(a)); });
}

void EntClient::submitMailCode(const QString& code, Callback<MailCodeResult> done)
{
    done = reported(Flow::MailChange, std::move(done));
    sendSecured(QByteArrayLiteral("POST"), u"/directory/user/mailstate"_s,
                jsonBody({{u"key"_s, QString(code).remove(u' ')}}), jsonContentType,
                [done = std::move(done)](const Answer& a) { done(classifyMailCode(a)); });
}

void EntClient::logoutAndReset(Callback<EntResult> done)
{
    abortInFlight();
    QNetworkReply* reply = m_nam->get(newRequest(u"/auth/logout"_s, acceptHtml));
    watch(reply, qMin(m_settings.timeoutMs, maxLogoutMs), m_settings.spkiPins);
    // The retired manager keeps the cookies only for this one request, then goes with it.
    QNetworkAccessManager* retired = m_nam.release();
    retired->setParent(this);
    connect(reply, &QNetworkReply::finished, retired, [reply, retired, done = std::move(done)] {
        const EntResult r = classifyLogout(read(reply));
        retired->deleteLater();
        if (done)
            done(r);
    });
    m_accessToken.wipe();
    m_refreshToken.wipe();
    m_refreshAfter = QDeadlineTimer(QDeadlineTimer::Forever);
    rebuildNetwork();
}

void EntClient::reset()
{
    abortInFlight();
    // Later, not now: reset() may run inside a finished() handler of one of this manager's replies.
    m_nam.release()->deleteLater();
    m_accessToken.wipe();
    m_refreshToken.wipe();
    m_refreshAfter = QDeadlineTimer(QDeadlineTimer::Forever);
    rebuildNetwork();
}

void EntClient::abortInFlight()
{
    ++m_generation;
    m_refreshWaiters.clear(); // their refresh is aborted with the rest
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

} // namespace LeoKiosk
