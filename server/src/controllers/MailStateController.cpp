#include "controllers/MailStateController.h"

#include "common/MailAddress.h"
#include "common/OrderedJson.h"
#include "common/Translator.h"
#include "domain/MailValidations.h"
#include "http/Caller.h"
#include "http/HttpReply.h"
#include "http/IncomingRequest.h"
#include "http/Router.h"
#include "http/SessionCookies.h"
#include "security/SecretWipe.h"
#include "store/SessionStore.h"

#include <QJsonObject>

#include "http/HttpResponse.h"

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

QString stateName(MailValidations::State state)
{
    switch (state) {
    case MailValidations::State::Pending:
        return u"pending"_s;
    case MailValidations::State::Valid:
        return u"valid"_s;
    case MailValidations::State::Outdated:
        break;
    }
    return u"outdated"_s;
}

// ENT Core's schemas forbid any other property.
bool onlyHas(const QJsonObject& object, const QString& key)
{
    return object.size() == 1 && object.contains(key);
}

} // namespace

MailStateController::MailStateController(const Parts& parts) : m_parts(parts) {}

void MailStateController::addRoutes(Router& router)
{
    router.getSecured(
        "/directory/user/mailstate", u"directory"_s,
        [this](const IncomingRequest&, const Caller& caller, HttpResponse& response) { state(caller, response); });
    router.putSecured("/directory/user/mailstate", u"directory"_s,
                      [this](const IncomingRequest& request, const Caller& caller, HttpResponse& response) {
                          requestChange(request, caller, response);
                      });
    router.postSecured("/directory/user/mailstate", u"directory"_s,
                       [this](const IncomingRequest& request, const Caller& caller, HttpResponse& response) {
                           submitCode(request, caller, response);
                       });
}

// The state "formatted" (ENT protocol §16.1): no code, the state as a string, ttl in seconds left; valid only when
// there is one.
void MailStateController::state(const Caller& caller, HttpResponse& response)
{
    const UserRecord& user = caller.user;
    QJsonValue formatted;
    if (const std::optional<MailValidations::Snapshot> snapshot = m_parts.validations.read(user.id)) {
        QJsonObject object{{u"state"_s, stateName(snapshot->state)}};
        if (!snapshot->valid.isEmpty())
            object.insert(u"valid"_s, snapshot->valid);
        if (!snapshot->pending.isEmpty())
            object.insert(u"pending"_s, snapshot->pending);
        if (snapshot->ttlS)
            object.insert(u"ttl"_s, *snapshot->ttlS);
        if (snapshot->tries)
            object.insert(u"tries"_s, *snapshot->tries);
        formatted = object;
    }
    HttpReply::json(response, 200,
                    OrderedJson()
                        .add(u"email"_s, user.email.isEmpty() ? QJsonValue() : QJsonValue(user.email))
                        .add(u"emailState"_s, formatted)
                        .add(u"firstName"_s, user.firstName)
                        .add(u"lastName"_s, user.lastName)
                        .add(u"displayName"_s, user.displayName())
                        .add(u"waitInSeconds"_s, m_parts.waitS));
}

void MailStateController::requestChange(const IncomingRequest& request,
                                        const Caller& caller,
                                        HttpResponse& response)
{
    const IncomingRequest::JsonBody body = request.jsonBody();
    if (!body.isValid())
        return HttpReply::jsonError(response, 400, body.error);
    const QJsonValue email = body.object.value(u"email"_s);
    if (!email.isString() || !MailAddress::isValid(email.toString()))
        return HttpReply::jsonError(response, 400, u"invalid.email"_s);
    if (!onlyHas(body.object, u"email"_s))
        return HttpReply::jsonError(response, 400, u"unexpected.property"_s);
    const QString language = m_parts.translator.languageOf(request);
    if (!m_parts.validations.request(caller.user, email.toString(), language))
        return HttpReply::jsonError(response, 400, m_parts.translator.text(language, u"mailstate.too.many"_s));
    HttpReply::empty(response, 200);
}

void MailStateController::submitCode(const IncomingRequest& request, const Caller& caller, HttpResponse& response)
{
    const IncomingRequest::JsonBody body = request.jsonBody();
    if (!body.isValid())
        return HttpReply::jsonError(response, 400, body.error);
    const QJsonValue value = body.object.value(u"key"_s);
    if (!value.isString() || value.toString().size() != 6)
        return HttpReply::jsonError(response, 400, u"invalid.key"_s);
    if (!onlyHas(body.object, u"key"_s))
        return HttpReply::jsonError(response, 400, u"unexpected.property"_s);
    QString key = value.toString();
    const MailValidations::Snapshot snapshot =
        m_parts.validations.submit(caller.user, key, m_parts.translator.languageOf(request));
    wipe(key);

    if (caller.session) {
        if (const std::optional<SessionStore::Session> renewed = m_parts.sessions.rotate(*caller.session))
            m_parts.cookies.setRenewed(response, *renewed);
    }
    OrderedJson answer;
    answer.add(u"state"_s, stateName(snapshot.state)).add(u"valid"_s, snapshot.valid);
    if (snapshot.state != MailValidations::State::Valid) {
        if (snapshot.tries)
            answer.add(u"tries"_s, *snapshot.tries);
        if (snapshot.ttlS)
            answer.add(u"ttl"_s, *snapshot.ttlS);
    }
    HttpReply::json(response, 200, answer);
}

} // namespace LeoEnt
