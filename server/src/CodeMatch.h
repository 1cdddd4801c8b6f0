#pragma once

namespace httplib {
struct Response;
}
class IncomingRequest;
class OneTimeCodes;

// POST /auth/reset/match and POST /auth/activation/match (contract §3.12, §3.2): JSON {"login","password":<code>},
// 200 {"match":bool}, 400 {"error":<parser message>} for bad JSON; a wrong code counts as a try.
namespace CodeMatch {

void answer(OneTimeCodes& codes, const IncomingRequest& request, httplib::Response& response);

} // namespace CodeMatch
