#include "controllers/OAuthTokenController.h"

#include "common/OrderedJson.h"
#include "controllers/CodeAsPassword.h"
#include "domain/AddressThrottle.h"
#include "domain/CredentialChecker.h"
#include "http/HttpReply.h"
#include "http/IncomingRequest.h"
#include "http/Router.h"
#include "security/SecretWipe.h"
#include "store/OAuthClientRegistry.h"
#include "store/TokenStore.h"

#include "http/HttpResponse.h"

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

const QString passwordGrantType = u"password"_s;
constexpr qsizetype maxRefreshTokenLength = 256; // a UUID; anything longer is not looked up
const QString refreshGrantType = u"refresh_token"_s;

void oauthError(HttpResponse& response, int status, const QString& error, const QString& description = {})
{
    OrderedJson body;
    body.add(u"error"_s, error);
    if (!description.isEmpty())
        body.add(u"error_description"_s, description);
    HttpReply::json(response, status, body);
}

void missing(HttpResponse& response, const char* parameter)
{
    oauthError(response, 400, u"invalid_request"_s, u"'"_s + QString::fromLatin1(parameter) + u"' not found"_s);
}

void tokenResponse(HttpResponse& response, const TokenStore::Issued& issued)
{
    HttpReply::json(response, 200,
                    OrderedJson()
                        .add(u"token_type"_s, u"Bearer"_s)
                        .add(u"access_token"_s, issued.accessToken)
                        .add(u"refresh_token"_s, issued.refreshToken)
                        .add(u"expires_in"_s, issued.expiresIn)
                        .add(u"scope"_s, issued.scope));
}

} // namespace

OAuthTokenController::OAuthTokenController(CredentialChecker& credentials,
                                           AddressThrottle& addresses,
                                           OAuthClientRegistry& clients,
                                           TokenStore& tokens)
    : m_credentials(credentials), m_addresses(addresses), m_clients(clients), m_tokens(tokens)
{
}

OAuthTokenController::~OAuthTokenController() = default;

void OAuthTokenController::addCodeAsPassword(CodeAsPassword& reading)
{
    m_codesAsPassword.push_back(&reading);
}

void OAuthTokenController::addRoutes(Router& router)
{
    router.post("/auth/oauth2/token",
                [this](const IncomingRequest& request, HttpResponse& response) { token(request, response); });
}

// The checks come in the order of ENT Core's oauth2-server: grant type, client credentials present, grant
// parameters present, client valid for the grant, then the grant itself.
void OAuthTokenController::token(const IncomingRequest& request, HttpResponse& response)
{
    const FormData form = request.form();
    if (!form.isValid())
        return oauthError(response, 400, u"invalid_request"_s, u"malformed form"_s);
    const QString grantType = form.text("grant_type");
    if (!form.contains("grant_type"))
        return missing(response, "grant_type");
    if (grantType != passwordGrantType && grantType != refreshGrantType)
        return oauthError(response, 400, u"unsupported_grant_type"_s);

    const std::optional<IncomingRequest::ClientCredentials> basic = request.basicCredentials();
    if (!basic) {
        if (!form.contains("client_id"))
            return missing(response, "client_id");
        if (!form.contains("client_secret"))
            return missing(response, "client_secret");
    }
    const QList<const char*> required = grantType == passwordGrantType ? QList<const char*>{"username", "password"}
                                                                       : QList<const char*>{"refresh_token"};
    for (const char* parameter : required) {
        if (!form.contains(parameter))
            return missing(response, parameter);
    }

    // An address over its limit gets the ban's answer before any secret is checked (ENT protocol §3.4, §7).
    const QString address = request.remoteAddress();
    if (!m_addresses.admit(address))
        return oauthError(response, 401, u"access_denied"_s,
                          CredentialChecker::errorKey(CredentialChecker::Outcome::Banned));

    IncomingRequest::ClientCredentials credentials =
        basic.value_or(IncomingRequest::ClientCredentials{form.text("client_id"), form.text("client_secret")});
    const std::optional<OAuthClientRegistry::Client> client =
        m_clients.authenticate(credentials.id, credentials.secret);
    wipe(credentials.secret);
    // ENT Core skips the client's grant type check for refresh_token.
    if (!client || (grantType == passwordGrantType && !client->grantTypes.contains(passwordGrantType))) {
        m_addresses.failed(address);
        return oauthError(response, 401, u"invalid_client"_s);
    }

    if (grantType == passwordGrantType)
        passwordGrant(*client, form, address, response);
    else
        refreshGrant(*client, form, address, response);
}

void OAuthTokenController::passwordGrant(const OAuthClientRegistry::Client& client,
                                         const FormData& form,
                                         const QString& clientAddress,
                                         HttpResponse& response)
{
    const QString username = form.text("username");
    QByteArray password = form.bytes("password");
    const CredentialChecker::Result result = m_credentials.check(username, password, clientAddress);
    std::optional<QString> recognised;
    for (auto it = m_codesAsPassword.begin();
         result.outcome != CredentialChecker::Outcome::Accepted && !recognised && it != m_codesAsPassword.end(); ++it)
        recognised = (*it)->grantRefusal(username, password, result.outcome);
    wipe(password);
    if (recognised)
        return oauthError(response, 403, u"access_denied"_s, *recognised);
    if (result.outcome != CredentialChecker::Outcome::Accepted)
        return oauthError(response, 401, u"access_denied"_s, CredentialChecker::errorKey(result.outcome));

    const QStringList requested = form.text("scope").split(u' ', Qt::SkipEmptyParts);
    for (const QString& scope : requested) {
        if (!client.scopes.contains(scope))
            return oauthError(response, 401, u"invalid_grant"_s);
    }
    tokenResponse(response, m_tokens.issue(client.id, result.user->id, requested.join(u' ')));
}

// An expired or retired refresh token answers as an unknown one (ENT Core's wire format for a token not stored).
void OAuthTokenController::refreshGrant(const OAuthClientRegistry::Client& client,
                                        const FormData& form,
                                        const QString& clientAddress,
                                        HttpResponse& response)
{
    const QString token = form.text("refresh_token");
    const TokenStore::Refreshed refreshed =
        token.size() <= maxRefreshTokenLength ? m_tokens.refresh(client.id, token) : TokenStore::Refreshed();
    if (refreshed.status == TokenStore::Refreshed::Status::Ok)
        return tokenResponse(response, refreshed.token);
    m_addresses.failed(clientAddress);
    if (refreshed.status == TokenStore::Refreshed::Status::OtherClient)
        return oauthError(response, 401, u"invalid_client"_s);
    oauthError(response, 401, u"invalid_grant"_s, u"Refresh token is invalid."_s);
}

} // namespace LeoEnt
