#include "app/ServerApplication.h"

#include "common/Failure.h"
#include "common/SafeRedirect.h"
#include "common/Translator.h"
#include "controllers/AccountController.h"
#include "controllers/DirectoryController.h"
#include "controllers/ActivationController.h"
#include "controllers/AuthController.h"
#include "controllers/CodeAsPassword.h"
#include "controllers/MailStateController.h"
#include "controllers/OAuthTokenController.h"
#include "controllers/RecoveryController.h"
#include "controllers/UserInfoController.h"
#include "domain/AccountActivation.h"
#include "domain/AddressThrottle.h"
#include "domain/CredentialChecker.h"
#include "domain/IdentifierRecovery.h"
#include "domain/LoginThrottle.h"
#include "domain/MailValidations.h"
#include "domain/PasswordChange.h"
#include "domain/PasswordPolicy.h"
#include "domain/PasswordRecovery.h"
#include "domain/RecoveryLimiter.h"
#include "http/AuthFilter.h"
#include "http/LoginRedirect.h"
#include "http/HttpServer.h"
#include "http/Router.h"
#include "http/SessionCookies.h"
#include "mail/DeliveryWorker.h"
#include "mail/MessageQueue.h"
#include "mail/OutboxFolder.h"
#include "mail/RecoveryMessages.h"
#include "mail/SmsGateway.h"
#include "mail/SmtpTransport.h"
#include "security/CookieSigner.h"
#include "security/PasswordHasher.h"
#include "security/SecretSource.h"
#include "store/OAuthClientRegistry.h"
#include "store/OneTimeCodes.h"
#include "store/PasswordHistory.h"
#include "store/SessionStore.h"
#include "store/Store.h"
#include "store/TokenStore.h"
#include "store/UserDirectory.h"
#include "views/ActivationPageHtml.h"
#include "views/ResetPageHtml.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <chrono>
#include <initializer_list>
#include <stdexcept>
#include <thread>

namespace LeoEnt {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "leo.ent.server")

namespace {

std::unique_ptr<MessageTransport> mailTransport(const ServerConfig& config)
{
    if (config.smtpUrl.isEmpty()) {
        qCInfo(lcServer, "mail: no relay, messages are written to %s", qUtf8Printable(config.outbox));
        return std::make_unique<OutboxFolder>(config.outbox);
    }
    qCInfo(lcServer, "mail: through the SMTP relay of [mail] smtp_url");
    return std::make_unique<SmtpTransport>(SmtpTransport::Settings{
        config.smtpUrl, config.smtpStartTls, config.smtpUsername,
        SecretSource::load(config.smtpPasswordFile, config.smtpPasswordEnv, u"the SMTP password"_s), config.smtpCaFile,
        config.mailFrom, config.mailTimeoutS});
}

std::unique_ptr<MessageTransport> smsTransport(const ServerConfig& config)
{
    if (!config.smsConfigured())
        return nullptr;
    const QByteArray token = SecretSource::load(config.smsTokenFile, config.smsTokenEnv, u"the SMS gateway token"_s);
    if (token.isEmpty() || std::any_of(token.begin(), token.end(), [](char c) { return c < 0x21 || c == 0x7f; }))
        fail(u"the SMS gateway token must be one word of printable characters"_s);
    return std::make_unique<SmsGateway>(config.smsGatewayUrl, token, config.mailTimeoutS);
}

RecoveryLimiter::Policy limiterPolicy(const ServerConfig& config)
{
    return {config.recoveryLoginMax,
            config.recoveryLoginWindowS,
            config.recoveryAddressMax,
            config.recoveryAddressWindowS,
            AddressList::parse(config.recoveryAllowList).value_or(AddressList()),
            config.recoveryAccountMax,
            config.recoveryAccountWindowS};
}

} // namespace

// What every later step shares: the module's texts, the public origin that redirects and links are built from,
// and the password rule.
struct ServerApplication::Site final
{
    Site(const ServerConfig& config, const QUrl& publicUrl)
        : translator(config.englishAsEntCore ? Translator::English::EntCore : Translator::English::Complete),
          redirect(publicUrl), passwordPolicy(config.passwordRegex, config.passwordRuleFr, config.passwordRuleEn)
    {
    }

    Translator translator;
    SafeRedirect redirect;
    PasswordPolicy passwordPolicy;
};

// Step 1, open the stores: the database and the tables the later steps read and write.
struct ServerApplication::Stores final
{
    Stores(const ServerConfig& config, const QByteArray& key)
        : store(config.database, key), users(store),
          sessions(store, config.idleTimeoutS, config.absoluteTimeoutS, config.xsrfOnAuth),
          tokens(store, config.accessTokenTtlS, config.refreshTokenTtlS), clients(store),
          resetCodes(store, OneTimeCodes::Kind::Reset, config.resetCodeLifetimeS, config.resetCodeMaxTries),
          activationCodes(store, OneTimeCodes::Kind::Activation, 0, config.resetCodeMaxTries)
    {
    }

    Store store;
    UserDirectory users;
    SessionStore sessions;
    TokenStore tokens;
    OAuthClientRegistry clients;
    OneTimeCodes resetCodes;
    OneTimeCodes activationCodes;
};

// Step 2, start mail: the messages, their queue in the store and the worker that delivers them (its thread starts
// with run()).
struct ServerApplication::Mail final
{
    Mail(const ServerConfig& config, const Site& site, Stores& stores)
        : messages(config, site.translator, site.redirect),
          queue(stores.store, {1000LL * config.mailRetryBaseS, 1000LL * config.mailRetryMaxS}),
          delivery(queue, mailTransport(config), smsTransport(config))
    {
    }
    ~Mail() { delivery.stop(); } // finishes the message in hand before the queue goes

    RecoveryMessages messages;
    MessageQueue queue;
    DeliveryWorker delivery;
};

// Step 3, build the services: the rules of sign-in, recovery, activation and password change (domain/).
struct ServerApplication::Services final
{
    Services(const ServerConfig& config, const Site& site, Stores& stores, Mail& mail)
        : throttle(stores.store,
                   {config.maxRetry, std::chrono::seconds(config.banBaseDelayS),
                    std::chrono::seconds(config.banMaxDelayS), config.lockAfter}),
          addresses({config.addressMaxFailures, std::chrono::seconds(config.addressWindowS),
                     AddressList::parse(config.addressAllowList).value_or(AddressList())}),
          credentials(stores.users, hasher, throttle, addresses, config.checkFederatedLogin),
          history(stores.store, hasher, config.passwordHistoryLength),
          limiter(stores.store.secretKey("recovery_limit_key"), limiterPolicy(config)),
          recovery(stores.store, stores.resetCodes, limiter, mail.messages, mail.delivery, config.mailGiveUpAfterS,
                   config.checkFederatedLogin),
          identifiers(stores.store, limiter, mail.messages, mail.delivery, config.mailGiveUpAfterS),
          change({stores.store, stores.users, site.passwordPolicy, hasher, history, stores.resetCodes, credentials,
                  mail.messages, mail.delivery, config.mailGiveUpAfterS}),
          activation({stores.store, stores.activationCodes, site.passwordPolicy, hasher, throttle, config.cgu,
                      config.mandatoryMail, config.mandatoryPhone}),
          mailValidations(stores.store,
                          mail.messages,
                          mail.delivery,
                          {config.mailCodeLifetimeS, config.mailCodeMaxTries, config.mailMaxRequests,
                           config.mailWindowS, config.mailGiveUpAfterS})
    {
    }

    PasswordHasher hasher;
    LoginThrottle throttle;
    AddressThrottle addresses;
    CredentialChecker credentials;
    PasswordHistory history;
    RecoveryLimiter limiter;
    PasswordRecovery recovery;
    IdentifierRecovery identifiers;
    PasswordChange change;
    AccountActivation activation;
    MailValidations mailValidations;
};

// Step 4, register the routes: the cookies, the pages, the filter of secured routes and one controller per group
// of ENT routes, all registered on the router.
struct ServerApplication::Routes final
{
    Routes(const ServerConfig& config,
           const Site& site,
           Stores& stores,
           Services& services,
           HttpServer& http,
           const QUrl& publicUrl)
        : signer(stores.store.cookieSigningKey()), cookies(signer, publicUrl.scheme() == "https"_L1),
          resetPage(site.translator, site.passwordPolicy),
          activationPage(site.translator, site.passwordPolicy, config.cgu, config.mandatoryMail, config.mandatoryPhone),
          activationCodeAsPassword(
              CodeAsPassword::activationCode(stores.activationCodes, stores.users, activationPage, site.translator)),
          resetCodeAsPassword(CodeAsPassword::resetCode(stores.resetCodes, site.redirect)),
          loginRedirect({config.loginUri, config.callbackParam, config.loginRedirectPort8009}, site.redirect),
          filter(cookies, stores.sessions, stores.tokens, stores.users, site.redirect, loginRedirect,
                 {config.mfaTypes, config.mfaProtectedUrls}),
          auth(config,
                                                                                             site.passwordPolicy,
                                                                                             site.translator,
                                                                                             services.credentials,
                                                                                             stores.sessions,
                                                                                             cookies,
                                                                                             site.redirect,
                                                                                             filter,
                                                                                             stores.tokens),
          oauth(services.credentials, services.addresses, stores.clients, stores.tokens), userInfo(config, filter),
          recovery({config.smsConfigured(), site.translator, services.recovery, services.identifiers, services.change,
                    stores.resetCodes, resetPage, cookies, filter, site.redirect}),
          activation({config, site.translator, services.activation, stores.activationCodes, activationPage,
                      stores.sessions, cookies, site.redirect}),
          account({stores.store, stores.users, stores.resetCodes, site.translator, config.checkFederatedLogin}),
          directory(stores.users), mailState({services.mailValidations, stores.sessions, cookies, site.translator, config.mailWaitS}),
          router(filter)
    {
        // ENT Core's order (ENT protocol §3.2): the activation code, then the reset code.
        for (CodeAsPassword* reading : {&activationCodeAsPassword, &resetCodeAsPassword}) {
            auth.addCodeAsPassword(*reading);
            oauth.addCodeAsPassword(*reading);
        }
        auth.addRoutes(router);
        oauth.addRoutes(router);
        userInfo.addRoutes(router);
        recovery.addRoutes(router);
        activation.addRoutes(router);
        account.addRoutes(router);
        directory.addRoutes(router);
        mailState.addRoutes(router);
        http.setHandler(
            [this](const HttpRequest& request, HttpResponse& response) { router.dispatch(request, response); });
    }

    CookieSigner signer;
    SessionCookies cookies;
    ResetPageHtml resetPage;
    ActivationPageHtml activationPage;
    CodeAsPassword activationCodeAsPassword;
    CodeAsPassword resetCodeAsPassword;
    LoginRedirect loginRedirect;
    AuthFilter filter;
    AuthController auth;
    OAuthTokenController oauth;
    UserInfoController userInfo;
    RecoveryController recovery;
    ActivationController activation;
    AccountController account;
    DirectoryController directory;
    MailStateController mailState;
    Router router;
};

ServerApplication::ServerApplication(const ServerConfig& config, const QByteArray& databaseKey) : m_config(config)
{
    bind();
    const QUrl publicUrl = m_config.publicUrl.isEmpty() ? m_url : m_config.publicUrl;
    m_site = std::make_unique<Site>(m_config, publicUrl);
    m_stores = std::make_unique<Stores>(m_config, databaseKey);
    m_mail = std::make_unique<Mail>(m_config, *m_site, *m_stores);
    m_services = std::make_unique<Services>(m_config, *m_site, *m_stores, *m_mail);
    m_routes = std::make_unique<Routes>(m_config, *m_site, *m_stores, *m_services, *m_http, publicUrl);
}

// Taken down in the reverse order of the steps: nothing goes before what uses it.
ServerApplication::~ServerApplication()
{
    m_routes.reset();
    m_services.reset();
    m_mail.reset();
    m_stores.reset();
    m_site.reset();
}

// The socket, bound before anything else so that a busy port fails fast and port 0 is known.
void ServerApplication::bind()
{
    if (!m_config.listensOnLoopback() && !m_config.tls())
        fail(u"refusing to serve plain HTTP on "_s + m_config.listenAddress +
             u", which is not a loopback address: set [server] tls_cert and tls_key"_s);
    HttpServer::Limits limits;
    limits.threads = m_config.threads;
    limits.maxBodyBytes = m_config.maxBodyBytes;
    limits.maxHeaderBytes = m_config.maxHeaderBytes;
    limits.requestTimeout = std::chrono::seconds(m_config.requestTimeoutS);
    limits.idleTimeout = std::chrono::seconds(m_config.requestTimeoutS);
    limits.maxConnections = m_config.maxConnections;
    limits.maxConnectionsPerAddress = m_config.maxConnectionsPerAddress;
    limits.unlimitedAddresses = AddressList::parse(m_config.addressAllowList).value_or(AddressList());
    m_http = std::make_unique<HttpServer>(std::move(limits));
    if (m_config.tls()) {
        QFile certificate(m_config.tlsCert);
        QFile key(m_config.tlsKey);
        if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            fail(u"cannot load the TLS certificate or key ([server] tls_cert, tls_key)"_s);
        m_http->setTls(certificate.readAll(), key.readAll());
    }
    int port = -1;
    try {
        port = m_http->listen(m_config.listenAddress, m_config.port);
    } catch (const std::exception& e) {
        fail(u"cannot listen on "_s + m_config.listenAddress + u':' + QString::number(m_config.port) + u": "_s +
             QString::fromLocal8Bit(e.what()));
    }

    m_url.setScheme(m_config.tls() ? u"https"_s : u"http"_s);
    m_url.setHost(m_config.listenAddress);
    m_url.setPort(port);
}

bool ServerApplication::run()
{
    // Started here rather than at construction: the caller blocks the stop signals before run(), and threads
    // inherit that mask.
    m_mail->delivery.start();
    return m_http->run();
}

void ServerApplication::stop()
{
    m_http->stop();
}

} // namespace LeoEnt
