#pragma once

namespace LeoEnt {
struct HttpResponse;
}

namespace LeoEnt {

class AuthFilter;
class Router;
struct Caller;
struct ServerConfig;

// The secured routes about the signed-in user: /auth/oauth2/userinfo (GET and POST, v1.0 representation,
// ENT protocol §3.5) and GET /auth/user/requirements (not there with auth/requirements_route=false, as before ENT
// Core 4.7: 404).
class UserInfoController final
{
public:
    UserInfoController(const ServerConfig& config, const AuthFilter& filter);

    void addRoutes(Router& router);

private:
    static void userInfo(const Caller& caller, HttpResponse& response);
    void requirements(const Caller& caller, HttpResponse& response) const;

    const ServerConfig& m_config;
    const AuthFilter& m_filter;
};

} // namespace LeoEnt
