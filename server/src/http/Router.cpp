#include "http/Router.h"

#include "http/AuthFilter.h"
#include "http/IncomingRequest.h"
#include "http/RequestLog.h"

#include <httplib.h>

namespace LeoEnt {

namespace {

auto logged(const char* path, Router::Handler handler)
{
    return [path, handler = std::move(handler)](const httplib::Request& request, httplib::Response& response) {
        RequestLog::setRoute(path);
        handler(IncomingRequest(request), response);
    };
}

} // namespace

Router::Router(httplib::Server& server, AuthFilter& filter) : m_server(server), m_filter(filter) {}

void Router::get(const char* path, Handler handler)
{
    m_server.Get(path, logged(path, std::move(handler)));
}

void Router::get(const char* pattern, const char* logAs, Handler handler)
{
    m_server.Get(pattern, logged(logAs, std::move(handler)));
}

void Router::post(const char* path, Handler handler)
{
    m_server.Post(path, logged(path, std::move(handler)));
}

void Router::getSecured(const char* path, const QString& scope, const SecuredHandler& handler)
{
    get(path, secured(scope, handler));
}

void Router::postSecured(const char* path, const QString& scope, const SecuredHandler& handler)
{
    post(path, secured(scope, handler));
}

void Router::putSecured(const char* path, const QString& scope, const SecuredHandler& handler)
{
    m_server.Put(path, logged(path, secured(scope, handler)));
}

void Router::deleteSecured(const char* path, const QString& scope, const SecuredHandler& handler)
{
    m_server.Delete(path, logged(path, secured(scope, handler)));
}

Router::Handler Router::secured(const QString& scope, const SecuredHandler& handler)
{
    return [this, scope, handler](const IncomingRequest& request, httplib::Response& response) {
        if (const std::optional<Caller> caller = m_filter.admit(request, response, scope))
            handler(request, *caller, response);
    };
}

} // namespace LeoEnt
