#include "http/Router.h"

#include "http/AuthFilter.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "http/IncomingRequest.h"
#include "http/RequestLog.h"

namespace LeoEnt {

Router::Router(AuthFilter& filter) : m_filter(filter) {}

void Router::add(const char* method, const char* path, bool prefix, const char* logAs, Handler handler,
                 const char* suffix)
{
    m_routes.push_back({QByteArray(method), QByteArray(path), prefix, QByteArray(suffix), logAs, std::move(handler)});
}

void Router::get(const char* path, Handler handler)
{
    add("GET", path, false, path, std::move(handler));
}

void Router::get(const char* prefix, const char* logAs, Handler handler)
{
    add("GET", prefix, true, logAs, std::move(handler));
}

void Router::post(const char* path, Handler handler)
{
    add("POST", path, false, path, std::move(handler));
}

void Router::getSecured(const char* path, const QString& scope, const SecuredHandler& handler)
{
    add("GET", path, false, path, secured(scope, handler));
}

void Router::postSecured(const char* path, const QString& scope, const SecuredHandler& handler)
{
    add("POST", path, false, path, secured(scope, handler));
}

void Router::putSecured(const char* path, const QString& scope, const SecuredHandler& handler)
{
    add("PUT", path, false, path, secured(scope, handler));
}

void Router::deleteSecured(const char* path, const QString& scope, const SecuredHandler& handler)
{
    add("DELETE", path, false, path, secured(scope, handler));
}

void Router::getSecured(const char* prefix, const char* suffix, const char* logAs, const QString& scope,
                        const SecuredHandler& handler)
{
    add("GET", prefix, true, logAs, secured(scope, handler), suffix);
}

void Router::dispatch(const HttpRequest& request, HttpResponse& response) const
{
    const QByteArray method = request.method == "HEAD" ? QByteArray("GET") : request.method;
    for (const Route& route : m_routes) {
        if (route.method != method)
            continue;
        if (!route.prefix && request.path == route.path) {
            RequestLog::setRoute(route.logAs);
            return route.handler(IncomingRequest(request, {QString::fromUtf8(request.path)}), response);
        }
        if (!route.prefix || !request.path.startsWith(route.path) || !request.path.endsWith(route.suffix))
            continue;
        const qsizetype length = request.path.size() - route.path.size() - route.suffix.size();
        if (length > 0 && !request.path.sliced(route.path.size(), length).contains('/')) {
            RequestLog::setRoute(route.logAs);
            return route.handler(IncomingRequest(request, {QString::fromUtf8(request.path),
                                                           QString::fromUtf8(request.path.sliced(route.path.size(),
                                                                                                 length))}),
                                 response);
        }
    }
    response.status = 404;
}

Router::Handler Router::secured(const QString& scope, const SecuredHandler& handler)
{
    return [this, scope, handler](const IncomingRequest& request, HttpResponse& response) {
        if (const std::optional<Caller> caller = m_filter.admit(request, response, scope))
            handler(request, *caller, response);
    };
}

} // namespace LeoEnt
