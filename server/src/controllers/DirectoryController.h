#pragma once

#include <QString>

namespace LeoEnt {
struct HttpResponse;
}

namespace LeoEnt {

class IncomingRequest;
class Router;
class UserDirectory;
struct Caller;
struct UserRecord;

// The directory module's GET /directory/class/:classId/users (ENT protocol §18.3): the members of a class, for a
// teacher or personnel member of that class or the local administrator (ADML) of its school.
class DirectoryController final
{
public:
    explicit DirectoryController(UserDirectory& users);

    void addRoutes(Router& router);

    // ENT Core's DirectoryResourcesProvider for a class (§18.3): the ADML of the class's school, or a Teacher or
    // Personnel account that is a member of the class. This server grants every teacher and personnel account the
    // workflow right `classAdmin` that ENT Core also asks for.
    static bool mayReadClass(const UserRecord& caller, const QString& classId, const QString& classSchoolId);

private:
    void classUsers(const IncomingRequest& request, const Caller& caller, HttpResponse& response);

    UserDirectory& m_users;
};

} // namespace LeoEnt
