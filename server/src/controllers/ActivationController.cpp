#include "controllers/ActivationController.h"

#include "common/OrderedJson.h"
#include "common/SafeRedirect.h"
#include "common/Translator.h"
#include "config/ServerConfig.h"
#include "controllers/CodeMatch.h"
#include "domain/AccountActivation.h"
#include "http/HttpReply.h"
#include "http/IncomingRequest.h"
#include "http/Router.h"
#include "http/SessionCookies.h"
#include "security/SecretWipe.h"
#include "store/OneTimeCodes.h"
#include "store/SessionStore.h"
#include "views/ActivationPageHtml.h"
#include "views/HtmlPage.h"

#include <QJsonObject>
#include <QStringList>

#include "http/HttpResponse.h"

namespace LeoEnt {

using namespace Qt::StringLiterals;

ActivationController::ActivationController(const Parts& parts) : m_parts(parts) {}

void ActivationController::addRoutes(Router& router)
{
    router.get("/auth/activation",
               [this](const IncomingRequest& request, HttpResponse& response) { page(request, response); });
    router.post("/auth/activation/match", [this](const IncomingRequest& request, HttpResponse& response) {
        CodeMatch::answer(m_parts.codes, request, response);
    });
    router.post("/auth/activation",
                [this](const IncomingRequest& request, HttpResponse& response) { activate(request, response); });
    router.get("/auth/cgu",
               [this](const IncomingRequest& request, HttpResponse& response) { terms(request, response); });
}

void ActivationController::page(const IncomingRequest& request, HttpResponse& response) const
{
    const FormData query = request.query();
    // As ENT Core's GET /auth/activation: the login and the code from the query, nothing of the account.
    const ActivationPageHtml::Fields fields{
        m_parts.translator.languageOf(request), query.text("login"), query.text("activationCode"), {}, {}, {}};
    HttpReply::html(response, 200, m_parts.page.render(fields), HtmlPage::contentSecurityPolicy());
}

void ActivationController::activate(const IncomingRequest& request, HttpResponse& response)
{
    const FormData form = request.form();
    const QString language = m_parts.translator.languageOf(request);
    AccountActivation::Request activation{form.text("login"),
                                          form.text("activationCode"),
                                          form.bytes("password"),
                                          form.bytes("confirmPassword"),
                                          form.text("acceptCGU") == "true"_L1,
                                          form.text("mail").trimmed(),
                                          form.text("phone").trimmed()};
    AccountActivation::Result result;
    if (form.isValid())
        result = m_parts.activation.activate(activation);
    else
        result.errors.append(u"auth.activation.error.code.invalid"_s);
    wipe(activation.password);
    wipe(activation.confirmPassword);

    if (!result.userId.isEmpty() && !m_parts.config.activationAutoLogin) // ENT Core: no session, to its login page
        return HttpReply::redirect(response, m_parts.redirect.absolute("/auth/login"));
    if (!result.userId.isEmpty()) { // activationAutoLogin, as ENT Core's deployment template has it
        const SessionStore::Session session = m_parts.sessions.create(result.userId);
        m_parts.cookies.setSignedIn(response, session, false);
        HttpReply::redirect(response, m_parts.redirect.location({}));
        return;
    }
    QStringList messages;
    for (const QString& key : result.errors)
        messages.append(m_parts.translator.text(language, key));
    if (form.text("view") == "page"_L1) { // the activation page of a browser without script: the page again
        const ActivationPageHtml::Fields fields{language,         activation.login, activation.code,
                                                messages.join(u'\n'), activation.mail,  activation.phone};
        return HttpReply::html(response, 200, m_parts.page.render(fields), HtmlPage::contentSecurityPolicy());
    }
    OrderedJson body;
    // ENT Core answers the refused terms with the bare key, untranslated (ENT protocol §3.16); every other list of
    // problems translated and joined with <br />.
    body.add(u"error"_s,
             QJsonObject{{u"message"_s, result.cguRefused ? result.errors.first() : messages.join(u"<br />"_s)}});
    if (form.contains("activationCode"))
        body.add(u"activationCode"_s, activation.code);
    if (form.contains("login"))
        body.add(u"login"_s, activation.login);
    if (m_parts.config.cgu)
        body.add(u"cgu"_s, true);
    HttpReply::json(response, 200, body);
}

void ActivationController::terms(const IncomingRequest& request, HttpResponse& response) const
{
    const QString language = m_parts.translator.languageOf(request);
    QString text = language == "fr"_L1 ? m_parts.config.termsFr : m_parts.config.termsEn;
    if (text.isEmpty())
        text = m_parts.translator.text(language, u"auth.cgu.text"_s);
    text.replace("\\n"_L1, "\n"_L1);
    const QString title = m_parts.translator.text(language, u"auth.cgu.title"_s);
    if (request.header("Accept").contains("application/json")) {
        return HttpReply::json(response, 200,
                               OrderedJson().add(u"language"_s, language).add(u"title"_s, title).add(u"text"_s, text));
    }
    QString content = u"<h1>"_s + HtmlPage::escape(title) + u"</h1>\n"_s;
    for (const QString& paragraph : text.split(u'\n', Qt::SkipEmptyParts))
        content += u"<p>"_s + HtmlPage::escape(paragraph.trimmed()) + u"</p>\n"_s;
    HttpReply::html(response, 200, HtmlPage::document(language, title, uR"( class="cgu")"_s, content),
                    HtmlPage::contentSecurityPolicy());
}

} // namespace LeoEnt
