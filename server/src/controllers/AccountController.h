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
struct UserRecord;

// Secured routes of the auth module about an account (ENT protocol §2.3, §3.14, §3.15): DELETE /auth/sessions (sign out
// everywhere else), PUT /auth/cgu/revalidate (the terms accepted again), POST /auth/generatePasswordRenewalCode (a
// reset code a teacher of the pupil's class, or the ADML of its school, hands to the pupil).
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

    // Who may make a renewal code for `target` (ENT protocol §18.2).
    static bool mayMakeCode(const UserRecord& caller, const UserRecord& target);

private:
    void endOtherSessions(const Caller& caller, HttpResponse& response);
    void acceptTerms(const Caller& caller, HttpResponse& response);
    void renewalCode(const IncomingRequest& request, const Caller& caller, HttpResponse& response);

    Parts m_parts;
};

} // namespace LeoEnt
