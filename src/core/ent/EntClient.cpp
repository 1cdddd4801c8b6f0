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

void EntClient::sendSecured(const QByteArray& verb,
                            const QString& path,
                            SecretBytes body,
                            const QByteArray& contentType,
                            std::function<void(QNetworkReply*)> onFinished)
{
    QNetworkRequest request = newRequest(path, acceptJson);
    if (const QByteArray token = xsrfToken(); !token.isEmpty())
        request.setRawHeader("X-XSRF-TOKEN", token);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    // PUT /auth/cgu/revalidate and DELETE /auth/sessions carry nothing and are idempotent; every other write has a body
    // and goes out once.
    QNetworkReply* reply =
        body.isEmpty() ? m_nam->sendCustomRequest(request, verb) : sendOnce(request, verb, std::move(body));
    send(reply, std::move(onFinished));
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
        loginWithToken(login, std::move(password), std::move(done));
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

void EntClient::loginWithToken(const QString& login, SecretBytes password, Callback<LoginResult> done)
{
    FormEncoder form;
    form.add(u"grant_type"_s, u"password"_s)
        .add(u"username"_s, login)
        .add(u"password"_s, password)
        .add(u"scope"_s, m_settings.oauthScope);
    password.wipe();
    SecretBytes client(m_settings.oauthClientId + u':' + m_settings.oauthClientSecret);
    QNetworkRequest request = newRequest(u"/auth/oauth2/token"_s, acceptJson);
    request.setHeader(QNetworkRequest::ContentTypeHeader, formContentType);
    request.setRawHeader("Authorization", "Basic " + client.bytes().toBase64());
    send(sendOnce(request, QByteArrayLiteral("POST"), form.take()), [this, done = std::move(done)](QNetworkReply* r) {
        done(classifyToken(read(r), m_accessToken, m_refreshToken));
    });
}

void EntClient::fetchUserInfo(Callback<UserInfoResult> done)
{
    send(m_nam->get(newRequest(u"/auth/oauth2/userinfo"_s, acceptJson)),
         [done = std::move(done)](QNetworkReply* reply) {
             done(classifyJsonGet<UserInfoResult>(read(reply), Route::Secured,
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
             done(classifyJsonGet<RequirementsResult>(read(reply), Route::SecuredNotFoundNoSession,
                                                      [](const QJsonObject& json, RequirementsResult& r) {
                                                          r.requirements = Requirements::fromJson(json);
                                                          return true;
                                                      }));
         });
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
                [done = std::move(done)](QNetworkReply* reply) { done(classifySecuredCommand(read(reply))); });
}

void EntClient::acceptTerms(Callback<EntResult> done)
{
    sendSecured(QByteArrayLiteral("PUT"), u"/auth/cgu/revalidate"_s, {}, {},
                [done = std::move(done)](QNetworkReply* reply) { done(classifySecuredCommand(read(reply))); });
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

void EntClient::submitPasswordForm(const QString& path, SecretBytes form, bool secured, Callback<EntResult> done)
{
    const Route route = secured ? Route::Secured : Route::Public;
    auto classify = [route, done = std::move(done)](QNetworkReply* reply) {
        done(classifyPasswordForm(read(reply), route));
    };
    if (secured)
        sendSecured(QByteArrayLiteral("POST"), path, std::move(form), formContentType, std::move(classify));
    else
        postPublic(path, std::move(form), formContentType, std::move(classify));
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
    submitPasswordForm(u"/auth/reset"_s, form.take(), false, reported(Flow::ChangePassword, std::move(done)));
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
                [done = std::move(done)](QNetworkReply* reply) { done(classifyRenewalCode(read(reply))); });
}

void EntClient::changePassword(const QString& login,
                               SecretBytes oldPassword,
                               SecretBytes password,
                               SecretBytes confirmation,
                               Callback<EntResult> done)
{
    // The callback is ENT's own for this page (ENT protocol §3.10): a success then never looks like the 302 to
    // /auth/login that means "not signed in".
    FormEncoder form = passwordChangeForm(login, std::move(oldPassword), std::move(password), std::move(confirmation),
                                          u"/userbook/mon-compte"_s);
    submitPasswordForm(u"/auth/changePassword"_s, form.take(), true, reported(Flow::ChangePassword, std::move(done)));
}

void EntClient::mailState(Callback<MailStateResult> done)
{
    send(m_nam->get(newRequest(u"/directory/user/mailstate"_s, acceptJson)),
         [done = std::move(done)](QNetworkReply* reply) {
             done(classifyJsonGet<MailStateResult>(read(reply), Route::SecuredNotFoundNoSession,
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
                jsonContentType,
                [done = std::move(done)](QNetworkReply* reply) { done(classifySecuredCommand(read(reply))); });
}

void EntClient::submitMailCode(const QString& code, Callback<MailCodeResult> done)
{
    done = reported(Flow::MailChange, std::move(done));
    sendSecured(QByteArrayLiteral("POST"), u"/directory/user/mailstate"_s,
                jsonBody({{u"key"_s, QString(code).remove(u' ')}}), jsonContentType,
                [done = std::move(done)](QNetworkReply* reply) { done(classifyMailCode(read(reply))); });
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

} // namespace LeoKiosk
