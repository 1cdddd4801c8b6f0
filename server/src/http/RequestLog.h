#pragma once

#include <QByteArrayView>

namespace LeoEnt {

// One log line per request, with the route template instead of the path, and nothing else from the request:
// no login, password, token, e-mail or query ever reaches the log. A request is served by a single thread from
// start to log, so the route and the start time are kept per thread.
namespace RequestLog {

void begin();                     // a request has been parsed
void setRoute(const char* route); // the route template that serves it
void write(QByteArrayView method, int status);

} // namespace RequestLog

} // namespace LeoEnt
