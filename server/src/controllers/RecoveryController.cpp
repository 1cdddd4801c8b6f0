#include "controllers/RecoveryController.h"

#include "common/OrderedJson.h"
#include "common/SafeRedirect.h"
#include "common/Translator.h"
#include "controllers/CodeMatch.h"
#include "domain/IdentifierRecovery.h"
#include "domain/PasswordChange.h"
#include "domain/PasswordRecovery.h"
#include "http/AuthFilter.h"
#include "http/Caller.h"
#include "http/HttpReply.h"
#include "http/IncomingRequest.h"
#include "http/Router.h"
#include "http/SessionCookies.h"
#include "security/SecretWipe.h"
#include "store/OneTimeCodes.h"
#include "views/HtmlPage.h"
#include "views/ResetPageHtml.h"

#include <QJsonArray>
#include <QJsonObject>

#include "http/HttpResponse.h"

namespace LeoEnt {

using namespace Qt::StringLiterals;

RecoveryController::RecoveryController(const Parts& parts) : m_parts(parts) {}

void RecoveryController::addRoutes(Router& router)
{
    router.get("/auth/password-channels",
               [this](const IncomingRequest&, HttpResponse& response) { channels(response); });
    router.post("/auth/forgot-password", [this](const IncomingRequest& request, HttpResponse& response) {
        forgotPassword(request, response);
    });
    router.post("/auth/forgot-id",
                [this](const IncomingRequest& request, HttpResponse& response) { forgotId(request, response); });
    router.get("/auth/reset/", "/auth/reset/:resetCode",
               [this](const IncomingRequest& request, HttpResponse& response) { resetPage(request, response); });
    router.post("/auth/reset/match", [this](const IncomingRequest& request, HttpResponse& response) {
        CodeMatch::answer(m_parts.codes, request, response);
    });
    router.post("/auth/reset",
                [this](const IncomingRequest& request, HttpResponse& response) { reset(request, response); });
    router.postSecured("/auth/changePassword", u"auth"_s,
                       [this](const IncomingRequest& request, const Caller& caller, HttpResponse& response) {
                           changePassword(request, caller, response);
                       });
}

namespace {

QString refusalKey(PasswordChange::Outcome outcome)
{
    switch (outcome) {
    case PasswordChange::Outcome::InvalidArgument:
        return u"auth.reset.invalid.argument"_s;
    case PasswordChange::Outcome::Banned:
        return u"auth.error.ban"_s;
    case PasswordChange::Outcome::Changed:
    case PasswordChange::Outcome::Refused:
        break;
    }
    return u"reset.error"_s;
}

// The outcome of the change a form asks for (refused when the form is not UTF-8); the passwords are wiped either way.
PasswordChange::Outcome judge(PasswordChange& passwords, const FormData& form, PasswordChange::Request& change)
{
    const PasswordChange::Outcome outcome =
        form.isValid() ? passwords.change(change) : PasswordChange::Outcome::InvalidArgument;
    wipe(change.oldPassword);
    wipe(change.password);
    wipe(change.confirmPassword);
    return outcome;
}

} // namespace

void RecoveryController::channels(HttpResponse& response) const
{
    HttpReply::json(response, 200, OrderedJson().add(u"mobile"_s, m_parts.smsAvailable));
}

// One answer, {}, for every login once the fields are valid: see PasswordRecovery.
void RecoveryController::forgotPassword(const IncomingRequest& request, HttpResponse& response)
{
    const IncomingRequest::JsonBody body = request.jsonBody();
    if (!body.isValid())
        return HttpReply::jsonError(response, 400, body.error);
    const QString login = body.object.value(u"login"_s).toString();
    const QString service = body.object.value(u"service"_s).toString();
    if (login.trimmed().isEmpty() || service.trimmed().isEmpty())
        return HttpReply::jsonError(response, 400, u"invalid.login"_s);
    PasswordRecovery::Channel channel = PasswordRecovery::Channel::Mail;
    if (service == "mobile"_L1 && m_parts.smsAvailable)
        channel = PasswordRecovery::Channel::Sms;
    else if (service != "mail"_L1)
        return HttpReply::jsonError(response, 400, u"invalid.service"_s);

    m_parts.recovery.request(login, channel, m_parts.translator.languageOf(request), request.remoteAddress());
    HttpReply::json(response, 200, OrderedJson());
}

// {} for every address but an ambiguous one (see IdentifierRecovery); a bare 400 for a missing address or a service
// that does not exist here, whatever the address (ENT Core answers that only for a known one).
void RecoveryController::forgotId(const IncomingRequest& request, HttpResponse& response)
{
    const IncomingRequest::JsonBody body = request.jsonBody();
    if (!body.isValid())
        return HttpReply::jsonError(response, 400, body.error);
    const QString mail = body.object.value(u"mail"_s).toString();
    if (mail.trimmed().isEmpty())
        return HttpReply::empty(response, 400);
    const QString service = body.object.value(u"service"_s).toString();
    IdentifierRecovery::Channel channel = IdentifierRecovery::Channel::Mail;
    if (service == "mobile"_L1 && m_parts.smsAvailable)
        channel = IdentifierRecovery::Channel::Sms;
    else if (service != "mail"_L1)
        return HttpReply::empty(response, 400);

    const QList<IdentifierRecovery::Structure> structures = m_parts.identifiers.request(
        {mail, body.object.value(u"firstName"_s).toString(), body.object.value(u"structureId"_s).toString(), channel,
         m_parts.translator.languageOf(request), request.remoteAddress()});
    OrderedJson answer;
    if (!structures.isEmpty()) {
        QJsonArray list;
        for (const IdentifierRecovery::Structure& structure : structures)
            list.append(QJsonObject{{u"structureId"_s, structure.id}, {u"structureName"_s, structure.name}});
        answer.add(u"structures"_s, list);
    }
    HttpReply::json(response, 200, answer);
}

void RecoveryController::resetPage(const IncomingRequest& request, HttpResponse& response) const
{
    const QString code = request.pathMatch(1);
    const ResetPageHtml::Fields fields{
        m_parts.translator.languageOf(request), ResetPageHtml::modeOf(code), code, request.query().text("login"), {}};
    HttpReply::html(response, 200, m_parts.page.render(fields), HtmlPage::contentSecurityPolicy());
}

void RecoveryController::reset(const IncomingRequest& request, HttpResponse& response)
{
    const FormData form = request.form();
    const QString language = m_parts.translator.languageOf(request);
    const std::optional<Caller> caller = m_parts.filter.fromSession(request);
    PasswordChange::Request change{form.text("login"),
                                   form.text("resetCode"),
                                   form.bytes("oldPassword"),
                                   form.bytes("password"),
                                   form.bytes("confirmPassword"),
                                   form.text("forceChange") == "force"_L1,
                                   caller ? caller->session : std::nullopt,
                                   language,
                                   {},
                                   {}};
    const PasswordChange::Outcome outcome = judge(m_parts.change, form, change);

    if (outcome == PasswordChange::Outcome::Changed) {
        if (!change.session || change.forced)
            m_parts.cookies.clearSession(response);
        HttpReply::redirect(response, m_parts.redirect.afterReset(change.forced ? QString() : form.text("callback")));
        return;
    }
    const QString message = m_parts.translator.text(language, refusalKey(outcome));
    if (form.text("view") == "page"_L1) { // the reset page of a browser without script: the page again
        const ResetPageHtml::Mode mode = form.contains("resetCode") ? ResetPageHtml::Mode::Code
                                         : change.forced            ? ResetPageHtml::Mode::ForcedChange
                                                                    : ResetPageHtml::Mode::CurrentPassword;
        const ResetPageHtml::Fields fields{language, mode, change.resetCode, change.login, message};
        return HttpReply::html(response, 200, m_parts.page.render(fields), HtmlPage::contentSecurityPolicy());
    }
    OrderedJson body;
    body.add(u"error"_s, QJsonObject{{u"message"_s, message}});
    if (form.contains("resetCode"))
        body.add(u"resetCode"_s, change.resetCode);
    HttpReply::json(response, 200, body);
}

// As POST /auth/reset with the current password, for the caller's own account: the caller's session or bearer token
// stays, the account's other sessions and OAuth2 tokens go (ENT protocol §2.3, §3.13), and a wrong current password
// counts towards the login's ban.
void RecoveryController::changePassword(const IncomingRequest& request,
                                        const Caller& caller,
                                        HttpResponse& response)
{
    const FormData form = request.form();
    const QString language = m_parts.translator.languageOf(request);
    PasswordChange::Request change{form.text("login"),
                                   {},
                                   form.bytes("oldPassword"),
                                   form.bytes("password"),
                                   form.bytes("confirmPassword"),
                                   false,
                                   caller.session,
                                   language,
                                   caller.user.login,
                                   caller.accessToken};
    const PasswordChange::Outcome outcome = judge(m_parts.change, form, change);
    if (outcome == PasswordChange::Outcome::Changed)
        return HttpReply::redirect(response, m_parts.redirect.afterReset(form.text("callback")));
    HttpReply::json(
        response, 200,
        OrderedJson().add(u"error"_s,
                          QJsonObject{{u"message"_s, m_parts.translator.text(language, refusalKey(outcome))}}));
}

} // namespace LeoEnt
