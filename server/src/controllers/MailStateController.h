#pragma once

namespace LeoEnt {
struct HttpResponse;
}

namespace LeoEnt {

class IncomingRequest;
class MailValidations;
class Router;
class SessionCookies;
class SessionStore;
class Translator;
struct Caller;

// The directory module's recovery address routes (ENT protocol §16.2-§16.5), secured (cookie + X-XSRF-TOKEN,
// or a bearer token with the directory scope): GET /directory/user/mailstate (the address and its state),
// PUT (a code mailed to a new address; 200 with no body) and POST (the code judged; 200 with the state, and a new
// oneSessionId cookie for a cookie caller, the session re-created under a new id).
class MailStateController final
{
public:
    struct Parts
    {
        MailValidations& validations;
        SessionStore& sessions;
        const SessionCookies& cookies;
        const Translator& translator;
        int waitS; // waitInSeconds
    };

    explicit MailStateController(const Parts& parts);

    void addRoutes(Router& router);

private:
    void state(const Caller& caller, HttpResponse& response);
    void requestChange(const IncomingRequest& request, const Caller& caller, HttpResponse& response);
    void submitCode(const IncomingRequest& request, const Caller& caller, HttpResponse& response);

    Parts m_parts;
};

} // namespace LeoEnt
