#include "controllers/AuthController.h"

#include "common/OrderedJson.h"
#include "common/SafeRedirect.h"
#include "common/Translator.h"
#include "config/ServerConfig.h"
#include "domain/PasswordPolicy.h"
#include "http/AuthFilter.h"
#include "http/Caller.h"
#include "http/HttpReply.h"
#include "http/IncomingRequest.h"
#include "http/Router.h"
#include "http/SessionCookies.h"
#include "security/SecretWipe.h"
#include "security/SecureRandom.h"
#include "store/SessionStore.h"
#include "store/TokenStore.h"
#include "views/HtmlPage.h"
#include "views/LoginPageHtml.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include "http/HttpResponse.h"

#include <algorithm>

namespace LeoEnt {

using namespace Qt::StringLiterals;

AuthController::AuthController(const ServerConfig& config,
                               const PasswordPolicy& passwordPolicy,
                               const Translator& translator,
                               CredentialChecker& credentials,
                               SessionStore& sessions,
                               const SessionCookies& cookies,
                               const SafeRedirect& redirect,
                               AuthFilter& filter,
                               TokenStore& tokens)
    : m_config(config), m_passwordPolicy(passwordPolicy), m_translator(translator), m_credentials(credentials),
      m_sessions(sessions), m_cookies(cookies), m_redirect(redirect), m_filter(filter), m_tokens(tokens),
      m_page(std::make_unique<LoginPageHtml>(translator))
{
}

AuthController::~AuthController() = default;

void AuthController::addRoutes(Router& router)
{
    router.get("/auth/context", [this](const IncomingRequest&, HttpResponse& response) { context(response); });
    router.get("/auth/login",
               [this](const IncomingRequest& request, HttpResponse& response) { loginPage(request, response); });
    router.post("/auth/login",
                [this](const IncomingRequest& request, HttpResponse& response) { login(request, response); });
    router.get("/auth/logout",
               [this](const IncomingRequest& request, HttpResponse& response) { logout(request, response); });
    router.getSecured("/auth/revalidate-terms", u"auth"_s,
                      [this](const IncomingRequest& request, const Caller& caller, HttpResponse& response) {
                          revalidateTermsPage(request, caller, response);
                      });
}

// ENT Core's page of changed terms (AuthController.revalidateTerms, a secured HTML view). Like every HTML view rendered
// for a cookie session, it passes SecurityHookRender.csrfToken: a session without an XSRF token (auth/xsrf_on_auth=false)
// gets one, the XSRF-TOKEN cookie the browser holds or a new one, and the cookie is set if the browser has none. Not
// for an XMLHttpRequest.
void AuthController::revalidateTermsPage(const IncomingRequest& request, const Caller& caller, HttpResponse& response)
{
    if (caller.session && caller.session->xsrfToken.isEmpty() && request.header("X-Requested-With") != "XMLHttpRequest") {
        const std::optional<QByteArray> cookie = SessionCookies::xsrfToken(request);
        const QString token = cookie && !cookie->isEmpty() ? QString::fromLatin1(*cookie) : SecureRandom::uuid();
        if (m_sessions.setXsrfToken(caller.session->id, token) && !cookie)
            m_cookies.setXsrf(response, token);
    }
    const QString language = m_translator.languageOf(request);
    const QString title = m_translator.text(language, u"auth.cgu.title"_s);
    const QString content = u"<main><h1>"_s + HtmlPage::escape(title) + u"</h1><p><a href=\"/auth/cgu\">"_s +
                            HtmlPage::escape(m_translator.text(language, u"auth.activation.cgu.read"_s)) +
                            u"</a></p></main>"_s;
    HttpReply::html(response, 200, HtmlPage::document(language, title, {}, content), HtmlPage::contentSecurityPolicy());
}

void AuthController::addCodeAsPassword(CodeAsPassword& reading)
{
    m_codesAsPassword.push_back(&reading);
}

void AuthController::context(HttpResponse& response) const
{
    // ENT Core sends its "mandatory" setting as configured: {} by default (ENT protocol §3.16).
    QJsonObject mandatory;
    if (m_config.mandatoryMail)
        mandatory.insert(u"mail"_s, true);
    if (m_config.mandatoryPhone)
        mandatory.insert(u"phone"_s, true);
    HttpReply::json(response, 200,
                    OrderedJson()
                        .add(u"callBack"_s, QString())
                        .add(u"cgu"_s, m_config.cgu)
                        .add(u"passwordRegex"_s, m_passwordPolicy.pattern())
                        .add(u"mandatory"_s, mandatory)
                        .add(u"passwordRegexI18n"_s, m_passwordPolicy.rules())
                        .add(u"passwordRegexI18nActivation"_s, m_passwordPolicy.rules())
                        .add(u"mfaConfig"_s, QJsonArray()));
}

void AuthController::loginPage(const IncomingRequest& request, HttpResponse& response)
{
    const FormData query = request.query();
    const QString callBack = query.contains("callBack") ? query.text("callBack") : query.text("callback");
    if (m_filter.fromSession(request)) {
        HttpReply::redirect(response, m_redirect.location(callBack));
        return;
    }
    const QString language = m_translator.languageOf(request);
    // Where the reset page sends a browser once the password is changed.
    const QString notice =
        query.text("passwordChanged") == "1"_L1 ? m_translator.text(language, u"auth.reset.done"_s) : QString();
    HttpReply::html(response, 200, m_page->render(language, {}, callBack, notice), m_page->contentSecurityPolicy());
}

void AuthController::login(const IncomingRequest& request, HttpResponse& response)
{
    const FormData form = request.form();
    const QString login = form.text("email");
    const QString callBack = form.text("callBack");
    QByteArray password = form.bytes("password");
    const CredentialChecker::Result result =
        form.isValid() ? m_credentials.check(login, password, request.remoteAddress()) : CredentialChecker::Result();

    if (result.outcome == CredentialChecker::Outcome::Accepted) {
        const SessionStore::Session session = m_sessions.create(result.user->id);
        m_cookies.setSignedIn(response, session, form.text("rememberMe") == "true"_L1);
        const QString details = form.text("details");
        HttpReply::redirect(
            response,
            m_redirect.location(callBack) +
                (details.isEmpty() ? QString() : u'#' + QString::fromLatin1(QUrl::toPercentEncoding(details))));
    } else {
        const bool handled =
            std::any_of(m_codesAsPassword.begin(), m_codesAsPassword.end(), [&](CodeAsPassword* reading) {
                return reading->answerForm(login, password, result.outcome, request, response);
            });
        if (!handled)
            refuseLogin(request, response, CredentialChecker::errorKey(result.outcome), callBack);
    }
    wipe(password);
}

void AuthController::refuseLogin(const IncomingRequest& request,
                                 HttpResponse& response,
                                 const QString& errorKey,
                                 const QString& callBack) const
{
    const QString language = m_translator.languageOf(request);
    HttpReply::html(response, 200, m_page->render(language, m_translator.text(language, errorKey), callBack),
                    m_page->contentSecurityPolicy());
}

// Stricter than ENT Core (ENT protocol §3.3): a bearer token is revoked with its authorisation (its refresh token and
// its other access tokens).
void AuthController::logout(const IncomingRequest& request, HttpResponse& response)
{
    if (const std::optional<QString> id = m_cookies.sessionId(request))
        m_sessions.drop(*id);
    if (const std::optional<QByteArray> bearer = request.bearerToken())
        m_tokens.revoke(QString::fromLatin1(*bearer));
    if (m_cookies.presented(request))
        m_cookies.clearSession(response);
    HttpReply::redirect(response, m_redirect.location(request.query().text("callback")));
}

} // namespace LeoEnt
