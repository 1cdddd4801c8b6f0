#pragma once

#include "core/config/KioskConfig.h"
#include "core/ent/EntClient.h"
#include "core/ent/UserInfo.h"
#include "core/session/AuthContextCache.h"
#include "core/session/EntReachability.h"

#include <QObject>
#include <QPointer>

namespace LeoKiosk {

class SecretStore;

// The one owner of "the session". Sign-in goes through here; every way out (logout, idle, admin exit,
// crash restart) calls end(), which wipes what this object owns and then emits ended() so that the GUI wipes forms,
// clipboard and language. end() never waits for the server.
class KioskSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskSession)

public:
    // SessionLimit: session_max reached; Lapsed: the ENT answered "not signed in" (lapse()).
    enum class EndReason { Logout, Idle, AdminExit, Startup, SessionLimit, Lapsed };
    Q_ENUM(EndReason)

    static constexpr auto rememberedIdentifierKey = "remembered-identifier";

    KioskSession(const KioskConfig& config, SecretStore* secrets, QObject* parent = nullptr);
    ~KioskSession() override;

    EntClient& client() { return *m_client; }
    // The ENT's password rule and activation settings; outlives every session. Nothing is fetched until the app
    // asks (refreshAfter() once the window is up), so start-up never waits for the ENT.
    AuthContextCache& authContext() { return *m_context; }
    const KioskConfig& config() const { return m_config; }
    // Whether the ENT answers, from the session's requests and the context fetches; retries by itself.
    EntReachability& reachability() { return *m_reachability; }

    // login: typed identifier (normalised here: trimmed, spaces removed, lower-cased, as ENT's own front does).
    // remember: only honoured when config().rememberMeAvailable().
    void signIn(const QString& login, SecretBytes password, bool remember);
    // After a sign-in answered ActivationCodeTyped: the account to activate, until end() or the next attempt.
    QString pendingActivationLogin() const { return m_pendingActivationLogin; }
    // Its e-mail address and mobile as the ENT holds them (ENT protocol §3.16), found once known: from the sign-in's
    // activation page (web form), else after readActivationAccount(). Activation stores what it is sent, so these go
    // back unless the pupil changes them.
    const EntHtml::ActivationAccount& pendingActivationAccount() const { return m_pendingActivationAccount; }
    // Reads them the way the ENT's own front does (EntClient::readActivationPage) unless already known; answers
    // with activationAccountRead(): Ok once pendingActivationAccount() is found, else why not.
    void readActivationAccount(const QString& activationCode);
    // Activates pendingActivationLogin() (ENT protocol §3.2). If the ENT signs the account in (activationAutoLogin),
    // the session completes like signIn() and emits signedIn(); otherwise activated(): sign in with the new
    // password. A refusal emits activationFailed() and keeps the pending login for another try.
    void activate(const QString& activationCode,
                  SecretBytes password,
                  SecretBytes confirmation,
                  bool acceptCgu,
                  const QString& mail = QString(),
                  const QString& phone = QString());
    bool isBusy() const { return m_busy; }
    bool isSignedIn() const { return m_user.isValid(); }
    const UserInfo& user() const { return m_user; }
    const Requirements& requirements() const { return m_requirements; }

    // Reads the remembered identifier (desktop profile with allow_remember_me); answers with an empty string
    // otherwise. Asynchronous: the keychain may be slow.
    void loadRememberedIdentifier();

    void setLanguage(const QString& language);

    static QString normalizeLogin(const QString& typed);

public Q_SLOTS:
    void end(KioskSession::EndReason reason = KioskSession::EndReason::Logout);
    // The ENT no longer knows this session (NotAuthenticated: it ended there, or the token could not be refreshed):
    // end(Lapsed), then lapsed() with the identifier, so that the sign-in screen says so with it filled in.
    void lapse();

Q_SIGNALS:
    void busyChanged(bool busy);
    void signedIn(const UserInfo& user);
    void signInFailed(const LoginResult& result); // EntMessages::text(result) is the sentence to show
    void activated();                             // the account is active, but not signed in
    void activationFailed(const EntResult& result);
    void activationAccountRead(const EntResult& result);
    void rememberedIdentifierLoaded(const QString& login);
    void ended(KioskSession::EndReason reason);
    void lapsed(const QString& login); // after ended(Lapsed)
    // After ended(): the ENT's logout answered, failed or timed out (at once when no session was held). What
    // must not cut the logout short (restart_on_logout's exit) waits for this.
    void logoutFinished();

private:
    void setBusy(bool busy);
    void finishSignIn(const LoginResult& failure);
    // userinfo then requirements, as every way in ends; `done` gets Ok with user() and requirements() filled, or
    // the failure. Nothing is called once `attempt` is stale.
    void loadSignedInUser(quint64 attempt, std::function<void(const EntResult&)> done);
    void updateRememberedIdentifier(const QString& identifier); // empty: forget it
    void dropNetworkSession(); // best-effort server logout if a session is held; local network state wiped at once

    KioskConfig m_config;
    QPointer<SecretStore> m_secrets;
    EntClient* m_client = nullptr;
    AuthContextCache* m_context = nullptr;
    EntReachability* m_reachability = nullptr;
    UserInfo m_user;
    Requirements m_requirements;
    QString m_pendingActivationLogin;
    EntHtml::ActivationAccount m_pendingActivationAccount;
    bool m_busy = false;
    quint64 m_attempt = 0;
};

} // namespace LeoKiosk
