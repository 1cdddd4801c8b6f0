#pragma once

#include "http/Caller.h"

#include <QString>

#include <functional>

namespace httplib {
class Server;
struct Response;
} // namespace httplib

namespace LeoEnt {

class AuthFilter;
class IncomingRequest;

// Registers routes on the HTTP server, each named in the request log by its template. Secured routes go
// through the AuthFilter first.
class Router final
{
public:
    using Handler = std::function<void(const IncomingRequest&, httplib::Response&)>;
    using SecuredHandler = std::function<void(const IncomingRequest&, const Caller&, httplib::Response&)>;

    Router(httplib::Server& server, AuthFilter& filter);

    void get(const char* path, Handler handler);
    // A route whose pattern has groups (IncomingRequest::pathMatch), logged as `logAs`, e.g. "/auth/reset/:code".
    void get(const char* pattern, const char* logAs, Handler handler);
    void post(const char* path, Handler handler);
    // `scope`: what a bearer token's scope must contain (ENT protocol §3.5).
    void getSecured(const char* path, const QString& scope, const SecuredHandler& handler);
    void postSecured(const char* path, const QString& scope, const SecuredHandler& handler);
    void putSecured(const char* path, const QString& scope, const SecuredHandler& handler);
    void deleteSecured(const char* path, const QString& scope, const SecuredHandler& handler);

private:
    Handler secured(const QString& scope, const SecuredHandler& handler);

    httplib::Server& m_server;
    AuthFilter& m_filter;
};

} // namespace LeoEnt
