#pragma once

namespace LeoEnt {
struct HttpResponse;
}

namespace LeoEnt {

class Router;
struct Caller;

// The secured routes about the signed-in user: /auth/oauth2/userinfo (GET and POST, v1.0 representation,
// ENT protocol §3.5) and GET /auth/user/requirements.
class UserInfoController final
{
public:
    void addRoutes(Router& router);

private:
    static void userInfo(const Caller& caller, HttpResponse& response);
    static void requirements(const Caller& caller, HttpResponse& response);
};

} // namespace LeoEnt
