#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace LeoEnt {

// An answer as the controllers build it; HttpServer sends it. Header names are compared without case.
struct HttpResponse
{
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;

    void setHeader(std::string_view name, std::string value); // replaces any header of that name
    void addHeader(std::string name, std::string value);      // one more (Set-Cookie)
    void setContent(std::string content, std::string contentType);
    std::string header(std::string_view name) const; // the first of that name; empty when none
};

} // namespace LeoEnt
