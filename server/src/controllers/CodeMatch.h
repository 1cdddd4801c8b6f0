#pragma once

namespace LeoEnt {
struct HttpResponse;
}

namespace LeoEnt {

class IncomingRequest;
class OneTimeCodes;

// POST /auth/reset/match and POST /auth/activation/match (ENT protocol §3.12, §3.2): JSON {"login","password":<code>},
// 200 {"match":bool}, 400 {"error":<parser message>} for bad JSON; a wrong code counts as a try.
namespace CodeMatch {

void answer(OneTimeCodes& codes, const IncomingRequest& request, HttpResponse& response);

} // namespace CodeMatch

} // namespace LeoEnt
