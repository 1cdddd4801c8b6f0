#include "EntServer.h"

#include "AuthController.h"
#include "AuthFilter.h"
#include "CookieSigner.h"
#include "CredentialChecker.h"
#include "HttpReply.h"
#include "LoginThrottle.h"
#include "OAuthClientRegistry.h"
#include "OAuthTokenController.h"
#include "PasswordHasher.h"
#include "PasswordPolicy.h"
#include "RequestLog.h"
#include "Router.h"
#include "SafeRedirect.h"
#include "SessionCookies.h"
#include "SessionStore.h"
#include "Store.h"
#include "TokenStore.h"
#include "Translator.h"
#include "UserDirectory.h"
#include "UserInfoController.h"

#include <QLoggingCategory>

#include <httplib.h>

#include <chrono>
#include <stdexcept>
#include <thread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "leo.ent.server")

struct EntServer::Parts
{
    Parts(const ServerConfig& config, const QByteArray& key, const QUrl& publicUrl, httplib::Server& http)
        : store(config.database, key), users(store),
          throttle({config.maxRetry, std::chrono::seconds(config.banWindowS),
                    std::chrono::seconds(config.banBaseDelayS), std::chrono::seconds(config.banMaxDelayS)}),
          credentials(users, hasher, throttle), sessions(store, config.idleTimeoutS, config.absoluteTimeoutS),
          tokens(store, config.accessTokenTtlS), clients(store), signer(store.cookieSigningKey()),
          cookies(signer, publicUrl.scheme() == "https"_L1), redirect(publicUrl),
          passwordPolicy(config.passwordRegex, config.passwordRuleFr, config.passwordRuleEn),
          filter(cookies, sessions, tokens, users, redirect),
          auth(config, passwordPolicy, translator, credentials, sessions, cookies, redirect, filter),
          oauth(credentials, clients, tokens), router(http, filter)
    {
        auth.addRoutes(router);
        oauth.addRoutes(router);
        userInfo.addRoutes(router);
    }

    Store store;
    UserDirectory users;
    PasswordHasher hasher;
    LoginThrottle throttle;
    CredentialChecker credentials;
    SessionStore sessions;
    TokenStore tokens;
    OAuthClientRegistry clients;
    CookieSigner signer;
    SessionCookies cookies;
    SafeRedirect redirect;
    Translator translator;
    PasswordPolicy passwordPolicy;
    AuthFilter filter;
    AuthController auth;
    OAuthTokenController oauth;
    UserInfoController userInfo;
    Router router;
};

EntServer::EntServer(const ServerConfig& config, const QByteArray& databaseKey) : m_config(config)
{
    if (!m_config.listensOnLoopback() && !m_config.tls())
        throw std::runtime_error(("refusing to serve plain HTTP on " + m_config.listenAddress.toStdString() +
                                  ", which is not a loopback address: set [server] tls_cert and tls_key"));
    if (m_config.tls()) {
        m_http = std::make_unique<httplib::SSLServer>(m_config.tlsCert.toLocal8Bit().constData(),
                                                      m_config.tlsKey.toLocal8Bit().constData());
        if (!m_http->is_valid())
            throw std::runtime_error("cannot load the TLS certificate or key ([server] tls_cert, tls_key)");
    } else {
        m_http = std::make_unique<httplib::Server>();
    }

    const int threads = m_config.threads;
    m_http->new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    m_http->set_payload_max_length(static_cast<size_t>(m_config.maxBodyBytes));
    m_http->set_read_timeout(10);
    m_http->set_write_timeout(10);
    m_http->set_keep_alive_timeout(5);
    m_http->set_keep_alive_max_count(100);
    m_http->set_default_headers({{"X-Content-Type-Options", "nosniff"}});
    m_http->set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
        RequestLog::begin();
        return httplib::Server::HandlerResponse::Unhandled;
    });
    m_http->set_logger(RequestLog::write);
    m_http->set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr error) {
        try {
            std::rethrow_exception(error);
        } catch (const std::exception& e) {
            qCWarning(lcServer, "request failed: %s", e.what());
        } catch (...) {
            qCWarning(lcServer, "request failed");
        }
        HttpReply::jsonError(response, 500, u"internal.error"_s);
    });

    const std::string address = m_config.listenAddress.toStdString();
    const int port = m_config.port == 0 ? m_http->bind_to_any_port(address)
                                        : (m_http->bind_to_port(address, m_config.port) ? m_config.port : -1);
    if (port <= 0)
        throw std::runtime_error("cannot listen on " + address + ":" + std::to_string(m_config.port));

    m_url.setScheme(m_config.tls() ? u"https"_s : u"http"_s);
    m_url.setHost(m_config.listenAddress);
    m_url.setPort(port);
    m_parts = std::make_unique<Parts>(m_config, databaseKey, m_config.publicUrl.isEmpty() ? m_url : m_config.publicUrl,
                                      *m_http);
}

EntServer::~EntServer() = default;

bool EntServer::run()
{
    const bool listened = m_stopRequested || m_http->listen_after_bind();
    m_finished = true;
    return listened;
}

void EntServer::stop()
{
    m_stopRequested = true;
    // httplib ignores stop() until its accept loop runs: wait for it, unless run() has returned or never starts.
    while (!m_finished) {
        if (m_http->is_running()) {
            m_http->stop();
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}
