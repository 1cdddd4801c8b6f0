#include "controllers/UserInfoController.h"

#include "common/OrderedJson.h"
#include "config/ServerConfig.h"
#include "http/AuthFilter.h"
#include "http/Caller.h"
#include "http/HttpReply.h"
#include "http/IncomingRequest.h"
#include "http/Router.h"

#include <QJsonArray>

#include "http/HttpResponse.h"

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonArray listOf(const QString& text)
{
    return text.isEmpty() ? QJsonArray() : QJsonArray{text};
}

// What ENT Core's session puts in classNames (libs AuthManager.generateSessionInfos): the class's external id, which
// the feeder builds as the structure's external id, "$", the class's name (AAF StudentImportProcessing). The v1.0
// adapter that answers by default drops realClassesNames, the names alone (ENT protocol §3.5, §17 item 7); this
// server answers only that representation. A school here has no feeder id: its id stands for it.
QString classExternalId(const UserRecord& user)
{
    return user.className.isEmpty() ? QString() : user.schoolId + u'$' + user.className;
}

// Every class of the account (a teacher may have several), ids or external ids, the first class first.
QJsonArray classList(const UserRecord& user, bool externalIds)
{
    QJsonArray list;
    for (qsizetype i = 0; i < user.classIds.size(); ++i)
        list.append(externalIds ? user.schoolId + u'$' + user.classNames.at(i) : user.classIds.at(i));
    return list;
}

} // namespace

UserInfoController::UserInfoController(const ServerConfig& config, const AuthFilter& filter)
    : m_config(config), m_filter(filter)
{
}

void UserInfoController::addRoutes(Router& router)
{
    const auto userInfoRoute = [](const IncomingRequest&, const Caller& caller, HttpResponse& response) {
        userInfo(caller, response);
    };
    router.getSecured("/auth/oauth2/userinfo", u"userinfo"_s, userInfoRoute);
    router.postSecured("/auth/oauth2/userinfo", u"userinfo"_s, userInfoRoute);
    if (!m_config.requirementsRoute)
        return;
    router.getSecured("/auth/user/requirements", u"auth"_s,
                      [this](const IncomingRequest&, const Caller& caller, HttpResponse& response) {
                          requirements(caller, response);
                      });
}

void UserInfoController::userInfo(const Caller& caller, HttpResponse& response)
{
    const UserRecord& user = caller.user;
    OrderedJson body;
    body.add(u"userId"_s, user.id)
        .add(u"login"_s, user.login)
        .add(u"username"_s, user.displayName())
        .add(u"firstName"_s, user.firstName)
        .add(u"lastName"_s, user.lastName)
        .add(u"type"_s, Profiles::entCode(user.profile))
        .add(u"email"_s, orNull(user.email))
        .add(u"mobile"_s, orNull(user.mobile))
        .add(u"structures"_s, listOf(user.schoolId))
        .add(u"structureNames"_s, listOf(user.schoolName))
        .add(u"classes"_s, classList(user, false))
        .add(u"classNames"_s, classList(user, true))
        .add(u"forceChangePassword"_s, user.forceChangePassword)
        .add(u"needRevalidateTerms"_s, user.needRevalidateTerms)
        .add(u"hasPw"_s, !user.passwordHash.isEmpty())
        .add(u"federated"_s, user.federated);
    if (caller.isOAuthClient()) {
        // What ENT Core's v1.0 adapter shows an OAuth2 client: no ids or lists, the first class and school by name.
        for (const QString& key : {u"classNames"_s, u"structureNames"_s, u"structures"_s, u"classes"_s, u"federated"_s})
            body.remove(key);
        if (!user.className.isEmpty())
            body.add(u"classId"_s, classExternalId(user));
        if (!user.schoolName.isEmpty())
            body.add(u"schoolName"_s, user.schoolName);
    }
    HttpReply::json(response, 200, body);
}

void UserInfoController::requirements(const Caller& caller, HttpResponse& response) const
{
    OrderedJson body;
    body.add(u"forceChangePassword"_s, caller.user.forceChangePassword)
        .add(u"needRevalidateTerms"_s, caller.user.needRevalidateTerms)
        .add(u"needRevalidateEmail"_s, false)
        .add(u"needRevalidateMobile"_s, false)
        .add(u"needMfa"_s, m_filter.needsMfa(caller.user));
    // AuthController.userRequirements: the protected URLs, for an ADML or ADMC only.
    if (caller.user.adminLocal)
        body.add(u"mfaProtectedUrls"_s, QJsonArray::fromStringList(m_filter.mfa().protectedUrls));
    HttpReply::json(response, 200, body);
}

} // namespace LeoEnt
