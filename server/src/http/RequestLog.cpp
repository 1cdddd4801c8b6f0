#include "http/RequestLog.h"

#include <QLoggingCategory>

#include <array>
#include <chrono>
#include <optional>
#include <string_view>

namespace LeoEnt {

Q_LOGGING_CATEGORY(lcRequests, "leo.ent.requests")

namespace {

thread_local const char* currentRoute = nullptr;
thread_local std::optional<std::chrono::steady_clock::time_point> startedAt;

const char* knownMethod(QByteArrayView method)
{
    static constexpr std::array<const char*, 7> methods = {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"};
    for (const char* known : methods) {
        if (method == known)
            return known;
    }
    return "-";
}

} // namespace

namespace RequestLog {

void begin()
{
    currentRoute = nullptr;
    startedAt = std::chrono::steady_clock::now();
}

void setRoute(const char* route)
{
    currentRoute = route;
}

void write(QByteArrayView method, int status)
{
    const auto elapsed = startedAt ? std::chrono::steady_clock::now() - *startedAt : std::chrono::nanoseconds(0);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count();
    qCInfo(lcRequests, "%s %s %d %lldms", knownMethod(method), currentRoute ? currentRoute : "-", status,
           static_cast<long long>(ms));
    currentRoute = nullptr;
    startedAt.reset();
}

} // namespace RequestLog

} // namespace LeoEnt
