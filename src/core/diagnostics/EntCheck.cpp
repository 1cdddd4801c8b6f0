#include "core/diagnostics/EntCheck.h"

#include "core/ent/EntClient.h"
#include "core/ent/SpkiPins.h"

#include <QJsonObject>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

SecretBytes copyOf(const SecretBytes& secret)
{
    SecretBytes copy;
    copy.append(secret.bytes());
    return copy;
}

} // namespace

EntCheck::EntCheck(const KioskConfig& config, QTextStream& out, QObject* parent)
    : QObject(parent), m_config(config), m_out(out)
{
}

EntCheck::~EntCheck() = default;

void EntCheck::setTestAccount(const QString& login, SecretBytes password)
{
    m_testLogin = login;
    m_testPassword = std::move(password);
}

void EntCheck::run(std::function<void(bool)> done)
{
    m_done = std::move(done);
    m_out << "ENT: GET " << m_config.entUrl.resolved(QUrl(u"/auth/context"_s)).toString() << " … ";
    m_out.flush();
    delete m_client;
    m_client = new EntClient(EntClientSettings::fromConfig(m_config), this);
    const bool https = m_config.entUrl.scheme() == u"https"_s;
    const bool pinned = https && !m_config.entSpkiPins.isEmpty();
    m_client->fetchContext([this, https, pinned](const ContextResult& result) {
        if (!result.ok()) {
            m_out << "failed\n  " << EntMessages::text(result) << '\n';
            if (SpkiPins::isMismatch(result))
                m_out << "  TLS: pin mismatch: the certificate chain holds none of the ent_spki_pins keys\n";
            if (!result.detail.isEmpty())
                m_out << "  detail: " << result.detail << '\n';
            m_out.flush();
            return finish(false);
        }
        m_out << "answers (HTTP " << result.httpStatus << ")\n";
        m_out << "  TLS: " << (https ? "certificate verified" : "not used (plain HTTP, loopback only)")
              << (pinned ? ", pin matched" : "") << '\n';
        const QString rule = result.context.value(u"passwordRegex"_s).toString();
        m_out << "  password rule (passwordRegex): " << (rule.isEmpty() ? u"(none)"_s : rule) << '\n';
        m_out.flush();
        if (!m_config.usesOAuth())
            return finish(true);
        checkClient();
    });
}

void EntCheck::checkClient()
{
    m_out << "OAuth client " << m_config.oauthClientId << ": POST /auth/oauth2/token (refresh_token grant, no account) … ";
    m_out.flush();
    m_client->checkClient([this](const EntResult& result) {
        if (result.status == EntStatus::InvalidClient) {
            m_out << "refused (invalid_client): the ENT does not know this oauth_client_id with this "
                     "oauth_client_secret\n";
            m_out.flush();
            m_registrationRefused = true;
            return finish(false);
        }
        if (!result.ok()) {
            m_out << "failed\n  " << EntMessages::text(result) << "\n  detail: " << result.detail << '\n';
            m_out.flush();
            return finish(false);
        }
        m_out << "id and secret accepted\n";
        m_scopes = m_config.oauthScope.split(u' ', Qt::SkipEmptyParts);
        if (m_testLogin.isEmpty()) {
            m_out << "  scopes (" << m_scopes.join(u' ')
                  << "): not proved; give a test account with --check-account LOGIN (its password on standard "
                     "input) to prove each\n";
            m_out.flush();
            return finish(true);
        }
        proveScopes();
    });
}

void EntCheck::proveScopes()
{
    m_out << "  scopes with the test account " << m_testLogin << ": password grant, scope \"" << m_scopes.join(u' ')
          << "\" … ";
    m_out.flush();
    m_client->loginWithScope(m_testLogin, copyOf(m_testPassword), m_scopes.join(u' '),
                             [this](const LoginResult& result) {
                                 if (result.ok()) {
                                     m_out << "granted\n";
                                     m_out.flush();
                                     return proveRoutes();
                                 }
                                 if (result.status != EntStatus::InvalidClient) {
                                     m_out << "refused\n  " << EntMessages::text(result) << "\n  detail: "
                                           << result.detail << '\n';
                                     m_out.flush();
                                     return finish(false);
                                 }
                                 // invalid_grant after the account was accepted: a scope not registered for the
                                 // client (OAuthDataHandler.createOrUpdateAuthInfo). Which one: each alone.
                                 m_out << "refused (invalid_grant): a scope is not registered for this client\n";
                                 m_out.flush();
                                 proveEachScopeAlone(0, true);
                             });
}

void EntCheck::proveEachScopeAlone(int index, bool allRegistered)
{
    if (index >= m_scopes.size()) {
        m_registrationRefused = true;
        return finish(false);
    }
    const QString scope = m_scopes.at(index);
    m_client->loginWithScope(
        m_testLogin, copyOf(m_testPassword), scope, [this, index, scope, allRegistered](const LoginResult& result) {
            m_out << "    " << scope << ": "
                  << (result.ok() ? "registered" : "NOT registered for this client: register it on the ENT, or "
                                                   "remove it from oauth_scope")
                  << '\n';
            m_out.flush();
            m_client->logoutAndReset();
            proveEachScopeAlone(index + 1, allRegistered && result.ok());
        });
}

void EntCheck::proveRoutes()
{
    // What each scope is for at the kiosk, asked with the token just granted.
    m_client->fetchUserInfo([this](const UserInfoResult& info) {
        m_out << "    userinfo: " << (info.ok() ? u"GET /auth/oauth2/userinfo answers"_s
                                                : QString(u"GET /auth/oauth2/userinfo refused: "_s + info.detail))
              << '\n';
        m_client->fetchRequirements([this, userinfo = info.ok()](const RequirementsResult& requirements) {
            const bool auth = requirements.ok();
            m_out << "    auth: "
                  << (!auth                                ? QString(u"GET /auth/user/requirements refused: "_s + requirements.detail)
                      : requirements.httpStatus == 404 ? u"not proved (this ENT has no /auth/user/requirements)"_s
                                                       : u"GET /auth/user/requirements answers"_s)
                  << '\n';
            if (!m_scopes.contains(u"directory"_s)) {
                m_out << "    directory: not asked: Mon compte cannot show the recovery e-mail address\n";
                m_out.flush();
                m_client->logoutAndReset();
                m_registrationRefused = !(userinfo && auth);
                return finish(userinfo && auth);
            }
            m_client->mailState([this, userinfo, auth](const MailStateResult& mail) {
                const bool directory = mail.ok() || mail.status == EntStatus::MfaRequired;
                m_out << "    directory: "
                      << (directory ? u"GET /directory/user/mailstate answers"_s
                                    : QString(u"GET /directory/user/mailstate refused: "_s + mail.detail))
                      << '\n';
                m_out.flush();
                m_client->logoutAndReset();
                m_registrationRefused = !(userinfo && auth && directory);
                finish(userinfo && auth && directory);
            });
        });
    });
}

void EntCheck::finish(bool passed)
{
    m_testPassword.wipe();
    if (m_done)
        std::exchange(m_done, {})(passed);
}

} // namespace LeoKiosk
