#pragma once

namespace LeoEnt {
struct HttpResponse;
}

namespace LeoEnt {

class AuthFilter;
class IdentifierRecovery;
class IncomingRequest;
class PasswordChange;
class PasswordRecovery;
class OneTimeCodes;
class ResetPageHtml;
class Router;
class SafeRedirect;
class SessionCookies;
class Translator;
struct Caller;

// The routes of password and identifier recovery (ENT protocol §3.7-§3.13): GET /auth/password-channels,
// POST /auth/forgot-password, POST /auth/forgot-id, GET /auth/reset/<code>, POST /auth/reset/match,
// POST /auth/reset, and the secured POST /auth/changePassword.
class RecoveryController final
{
public:
    struct Parts
    {
        bool smsAvailable;
        const Translator& translator;
        PasswordRecovery& recovery;
        IdentifierRecovery& identifiers;
        PasswordChange& change;
        OneTimeCodes& codes;
        const ResetPageHtml& page;
        const SessionCookies& cookies;
        AuthFilter& filter;
        const SafeRedirect& redirect;
    };

    explicit RecoveryController(const Parts& parts);

    void addRoutes(Router& router);

private:
    void channels(HttpResponse& response) const;
    void forgotPassword(const IncomingRequest& request, HttpResponse& response);
    void forgotId(const IncomingRequest& request, HttpResponse& response);
    void resetPage(const IncomingRequest& request, HttpResponse& response) const;
    void reset(const IncomingRequest& request, HttpResponse& response);
    void changePassword(const IncomingRequest& request, const Caller& caller, HttpResponse& response);

    Parts m_parts;
};

} // namespace LeoEnt
