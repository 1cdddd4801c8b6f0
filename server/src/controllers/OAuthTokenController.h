#pragma once

#include "store/OAuthClientRegistry.h"

#include <vector>

namespace LeoEnt {
struct HttpResponse;
}

namespace LeoEnt {

class AddressThrottle;
class CredentialChecker;
class CodeAsPassword;
class FormData;
class IncomingRequest;
class Router;
class TokenStore;

// POST /auth/oauth2/token: the password and refresh_token grants, with ENT Core's errors (ENT protocol §3.4).
class OAuthTokenController final
{
public:
    OAuthTokenController(CredentialChecker& credentials,
                         AddressThrottle& addresses,
                         OAuthClientRegistry& clients,
                         TokenStore& tokens);
    ~OAuthTokenController();
    OAuthTokenController(const OAuthTokenController&) = delete;
    OAuthTokenController& operator=(const OAuthTokenController&) = delete;

    void addRoutes(Router& router);
    void addCodeAsPassword(CodeAsPassword& reading); // not owned; tried in the order added, after a refusal

private:
    void token(const IncomingRequest& request, HttpResponse& response);
    void passwordGrant(const OAuthClientRegistry::Client& client,
                       const FormData& form,
                       const QString& clientAddress,
                       HttpResponse& response);
    void refreshGrant(const OAuthClientRegistry::Client& client,
                      const FormData& form,
                      const QString& clientAddress,
                      HttpResponse& response);

    CredentialChecker& m_credentials;
    AddressThrottle& m_addresses;
    OAuthClientRegistry& m_clients;
    TokenStore& m_tokens;
    std::vector<CodeAsPassword*> m_codesAsPassword;
};

} // namespace LeoEnt
