#pragma once

#include "http/Caller.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

namespace LeoEnt {

class AuthFilter;
class IncomingRequest;
struct HttpRequest;
struct HttpResponse;

// The table of routes, each named in the request log by its template, and the dispatch of a request to its route.
// Secured routes go through the AuthFilter first.
class Router final
{
public:
    using Handler = std::function<void(const IncomingRequest&, HttpResponse&)>;
    using SecuredHandler = std::function<void(const IncomingRequest&, const Caller&, HttpResponse&)>;

    explicit Router(AuthFilter& filter);

    void get(const char* path, Handler handler);
    // Every path made of `prefix` (ending with '/') and one more non-empty segment without '/', logged as `logAs`,
    // e.g. "/auth/reset/" and "/auth/reset/:resetCode"; the segment, percent-decoded, is IncomingRequest::pathMatch(1).
    void get(const char* prefix, const char* logAs, Handler handler);
    void post(const char* path, Handler handler);
    // `scope`: what a bearer token's scope must contain (ENT protocol §3.5).
    void getSecured(const char* path, const QString& scope, const SecuredHandler& handler);
    void postSecured(const char* path, const QString& scope, const SecuredHandler& handler);
    void putSecured(const char* path, const QString& scope, const SecuredHandler& handler);
    void deleteSecured(const char* path, const QString& scope, const SecuredHandler& handler);
    // Every path made of `prefix` (ending with '/'), one non-empty segment without '/' and `suffix` (starting with
    // '/'), e.g. "/directory/class/" + ":classId" + "/users"; the segment is IncomingRequest::pathMatch(1).
    void getSecured(const char* prefix, const char* suffix, const char* logAs, const QString& scope,
                    const SecuredHandler& handler);

    // The route of the request's method (HEAD is served as GET) and path; 404 with an empty body when none.
    void dispatch(const HttpRequest& request, HttpResponse& response) const;

private:
    struct Route
    {
        QByteArray method;
        QByteArray path; // or the prefix
        bool prefix;
        QByteArray suffix; // prefix routes: what follows the segment
        const char* logAs;
        Handler handler;
    };

    void add(const char* method, const char* path, bool prefix, const char* logAs, Handler handler,
             const char* suffix = "");
    Handler secured(const QString& scope, const SecuredHandler& handler);

    AuthFilter& m_filter;
    std::vector<Route> m_routes;
};

} // namespace LeoEnt
