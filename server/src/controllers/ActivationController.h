#pragma once

namespace LeoEnt {
struct HttpResponse;
}

namespace LeoEnt {

class AccountActivation;
class ActivationPageHtml;
class IncomingRequest;
class OneTimeCodes;
class Router;
class SafeRedirect;
class SessionCookies;
class SessionStore;
class Translator;
struct ServerConfig;

// The public routes of account activation (ENT protocol §3.2, §3.15): GET /auth/activation (the page),
// POST /auth/activation/match, POST /auth/activation, and GET /auth/cgu, the terms of use the activation asks to
// accept (ENT Core's page; JSON when asked for with Accept: application/json, for a kiosk to show them).
class ActivationController final
{
public:
    struct Parts
    {
        const ServerConfig& config;
        const Translator& translator;
        AccountActivation& activation;
        OneTimeCodes& codes;
        const ActivationPageHtml& page;
        SessionStore& sessions;
        const SessionCookies& cookies;
        const SafeRedirect& redirect;
    };

    explicit ActivationController(const Parts& parts);

    void addRoutes(Router& router);

private:
    void page(const IncomingRequest& request, HttpResponse& response) const;
    void activate(const IncomingRequest& request, HttpResponse& response);
    void terms(const IncomingRequest& request, HttpResponse& response) const;

    Parts m_parts;
};

} // namespace LeoEnt
