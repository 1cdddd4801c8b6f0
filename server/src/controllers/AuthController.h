#pragma once

#include "controllers/CodeAsPassword.h"

#include <memory>
#include <vector>

namespace LeoEnt {

class AuthFilter;
struct Caller;
class LoginPageHtml;
class PasswordPolicy;
class Router;
class SafeRedirect;
class SessionCookies;
class SessionStore;
class TokenStore;
class Translator;
struct ServerConfig;

// The public routes of the web sign-in: GET /auth/context, GET and POST /auth/login, GET /auth/logout; and the
// secured page GET /auth/revalidate-terms.
class AuthController final
{
public:
    AuthController(const ServerConfig& config,
                   const PasswordPolicy& passwordPolicy,
                   const Translator& translator,
                   CredentialChecker& credentials,
                   SessionStore& sessions,
                   const SessionCookies& cookies,
                   const SafeRedirect& redirect,
                   AuthFilter& filter,
                   TokenStore& tokens);
    ~AuthController();
    AuthController(const AuthController&) = delete;
    AuthController& operator=(const AuthController&) = delete;

    void addRoutes(Router& router);
    void addCodeAsPassword(CodeAsPassword& reading); // not owned; tried in the order added, after a refusal

private:
    void context(HttpResponse& response) const;
    void loginPage(const IncomingRequest& request, HttpResponse& response);
    void login(const IncomingRequest& request, HttpResponse& response);
    void logout(const IncomingRequest& request, HttpResponse& response);
    void revalidateTermsPage(const IncomingRequest& request, const Caller& caller, HttpResponse& response);
    void refuseLogin(const IncomingRequest& request,
                     HttpResponse& response,
                     const QString& errorKey,
                     const QString& callBack) const;

    const ServerConfig& m_config;
    const PasswordPolicy& m_passwordPolicy;
    const Translator& m_translator;
    CredentialChecker& m_credentials;
    SessionStore& m_sessions;
    const SessionCookies& m_cookies;
    const SafeRedirect& m_redirect;
    AuthFilter& m_filter;
    TokenStore& m_tokens;
    std::unique_ptr<LoginPageHtml> m_page;
    std::vector<CodeAsPassword*> m_codesAsPassword;
};

} // namespace LeoEnt
