#pragma once

namespace LeoEnt {
struct HttpResponse;
}

namespace LeoEnt {

class IncomingRequest;
class OneTimeCodes;
class Router;
class Store;
class Translator;
class UserDirectory;
struct Caller;

// Secured routes of the auth module about an account (ENT protocol §2.3, §3.14, §3.15): DELETE /auth/sessions (sign out
// everywhere else), PUT /auth/cgu/revalidate (the terms accepted again), POST /auth/generatePasswordRenewalCode (a
// reset code a staff member hands to a pupil of their school).
class AccountController final
{
public:
    struct Parts
    {
        Store& store;
        UserDirectory& users;
        OneTimeCodes& resetCodes;
        const Translator& translator;
        bool checkFederatedLogin = false; // ENT Core's check-federated-login: no renewal code for a federated account
    };

    explicit AccountController(const Parts& parts);

    void addRoutes(Router& router);

private:
    void endOtherSessions(const Caller& caller, HttpResponse& response);
    void acceptTerms(const Caller& caller, HttpResponse& response);
    void renewalCode(const IncomingRequest& request, const Caller& caller, HttpResponse& response);

    Parts m_parts;
};

} // namespace LeoEnt
