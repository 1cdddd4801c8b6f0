#include "controllers/DirectoryController.h"

#include "common/OrderedJson.h"
#include "http/Caller.h"
#include "http/FormData.h"
#include "http/HttpReply.h"
#include "http/HttpResponse.h"
#include "http/IncomingRequest.h"
#include "http/Router.h"
#include "store/UserDirectory.h"

#include <QJsonArray>

namespace LeoEnt {

using namespace Qt::StringLiterals;

DirectoryController::DirectoryController(UserDirectory& users) : m_users(users) {}

void DirectoryController::addRoutes(Router& router)
{
    router.getSecured("/directory/class/", "/users", "/directory/class/:classId/users", u"directory"_s,
                      [this](const IncomingRequest& request, const Caller& caller, HttpResponse& response) {
                          classUsers(request, caller, response);
                      });
}

bool DirectoryController::mayReadClass(const UserRecord& caller, const QString& classId, const QString& classSchoolId)
{
    if (caller.adminLocal && !caller.schoolId.isEmpty() && caller.schoolId == classSchoolId)
        return true;
    return caller.isStaff() && caller.inClass(classId);
}

// ENT Core's ClassController.findUsers (DefaultClassService.findUsers): every member of the class, by profile then
// last name, with the fields the real route answers; `type` (repeatable) keeps only those profiles. Refused by the
// resource filter (an unknown class included): 401 with no body, as web-utils' Renders.unauthorized answers.
void DirectoryController::classUsers(const IncomingRequest& request, const Caller& caller, HttpResponse& response)
{
    const QString classId = request.pathMatch(1);
    const std::optional<QString> school = m_users.schoolOfClass(classId);
    if (!school || !mayReadClass(caller.user, classId, *school))
        return HttpReply::empty(response, 401);
    const FormData query = request.query();
    const QStringList types = query.texts("type");
    QList<OrderedJson> members;
    for (const UserRecord& user : m_users.classMembers(classId)) {
        const QString type = Profiles::name(user.profile);
        if (!types.isEmpty() && !types.contains(type))
            continue;
        // The activation code itself is kept only as a hash here; a non-null value says "not yet activated".
        members.append(OrderedJson()
                           .add(u"id"_s, user.id)
                           .add(u"lastName"_s, user.lastName)
                           .add(u"firstName"_s, user.firstName)
                           .add(u"displayName"_s, user.displayName())
                           .add(u"login"_s, user.login) // no aliases here: the login
                           .add(u"originalLogin"_s, user.login)
                           .add(u"hasEmail"_s, !user.email.isEmpty())
                           .add(u"activationCode"_s, user.activationPending ? QJsonValue(u"********"_s)
                                                                            : QJsonValue(QJsonValue::Null))
                           .add(u"birthDate"_s, QJsonValue(QJsonValue::Null))
                           .add(u"lastLogin"_s, QJsonValue(QJsonValue::Null))
                           .add(u"type"_s, type)
                           .add(u"blocked"_s, user.blocked)
                           .add(u"source"_s, u"MANUAL"_s)
                           .add(u"relativeList"_s, QJsonArray()));
    }
    HttpReply::jsonArray(response, 200, members);
}

} // namespace LeoEnt
