#pragma once

#include "core/ent/EntResults.h"
#include "core/secrets/SecretBytes.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkCookieJar;
class QNetworkReply;
class QNetworkRequest;

namespace LeoKiosk {

struct KioskConfig;

namespace EntReply {
struct Answer;
}

struct EntClientSettings
{
    QUrl baseUrl;               // public ENT origin, e.g. https://ent.picardie.fr
    int timeoutMs = 10000;
    QByteArray userAgent;       // leo-kiosk/<version> (<site name>)
    QString oauthClientId;      // non-empty: OAuth2 password grant (ENT protocol §3.4)
    QString oauthClientSecret;
    QString oauthScope;
    QString caBundle;           // extra PEM CAs, added to the system ones
    QList<QByteArray> spkiPins; // SHA-256 of SubjectPublicKeyInfo; non-empty: one must be in the chain (https)

    static EntClientSettings fromConfig(const KioskConfig& config);
};

// Speaks ENT Core's auth API (ENT protocol §3, §13). Every call is asynchronous and answers exactly once through its
// callback on the client's thread, with a timeout; reset() aborts what is in flight and drops their callbacks.
// Cookies live only in an in-memory jar; bearer tokens only in memory.
class EntClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntClient)

public:
    explicit EntClient(EntClientSettings settings, QObject* parent = nullptr);
    ~EntClient() override;

    void setLanguage(const QString& language); // Accept-Language of every later request
    QString language() const { return m_language; }

    template <typename R> using Callback = std::function<void(const R&)>;

    // OAuth2 password grant when a client id is configured, else the web form (manual redirects, ENT protocol §3.2).
    // rememberMe/secureLocation are never sent: the kiosk sends neither.
    void login(const QString& login, SecretBytes password, Callback<LoginResult> done);
    // --check-config: the password grant asking for `scope` instead of the configured one (a test account's).
    void loginWithScope(const QString& login, SecretBytes password, const QString& scope, Callback<LoginResult> done);
    // --check-config: whether the ENT knows the configured OAuth client, with no account: a refresh_token grant with a
    // token that cannot exist answers invalid_grant to a client whose id and secret it accepts (Ok), invalid_client
    // otherwise (InvalidClient). ENT Core checks no grant type for refresh_token (ENT protocol §3.4).
    void checkClient(Callback<EntResult> done);
    void fetchUserInfo(Callback<UserInfoResult> done);
    void fetchRequirements(Callback<RequirementsResult> done);
    void fetchContext(Callback<ContextResult> done);
    // GET /auth/logout with manual redirects; 302 is success. Local state is NOT wiped here: see reset().
    void logout(Callback<EntResult> done);
    // DELETE /auth/sessions (ENT protocol §3.14): drops the user's other remembered sessions and ALL their OAuth tokens
    // (mobile app included), so only ever on an explicit choice. Sends X-XSRF-TOKEN.
    void endOtherSessions(Callback<EntResult> done);
    // PUT /auth/cgu/revalidate, as ENT Core's own front sends it when the user accepts the changed terms of use:
    // needRevalidateTerms clears (204, or 200 with a body on other versions). Sends X-XSRF-TOKEN.
    void acceptTerms(Callback<EntResult> done);

    // Password and identifier recovery (ENT protocol §3.7-§3.12, §6). Public routes: no session, no X-XSRF-TOKEN.
    // Logins are sent as given: normalise them first (KioskSession::normalizeLogin), as the ENT matches exactly.
    void passwordChannels(Callback<PasswordChannelsResult> done);
    // Ok means "show the neutral sentence" (ENT protocol §8): whether the account exists, has an address or got a
    // message is never told. Failures are only those that say the ENT was not reached or answered out of contract.
    void forgotPassword(const QString& login, RecoveryService service, Callback<EntResult> done);
    void matchResetCode(const QString& login, const QString& code, Callback<CodeMatchResult> done);
    // Success is Ok; a refusal is ServerMessage (or Banned...) with the ENT's translated text in serverMessage.
    void resetPassword(const QString& login,
                       const QString& code,
                       SecretBytes password,
                       SecretBytes confirmation,
                       Callback<EntResult> done);
    enum class PasswordChange { Voluntary, Forced };
    // The help and account flows that the journal counts (SessionJournal listens to flowFinished()).
    // StaffCode: a renewal code an adult made at the kiosk; StaffCodeReset: a new password set with one (reported by
    // the window, which knows the code was handed over: reportFlow()).
    enum class Flow { ForgotPassword, ForgotId, ResetPassword, ChangePassword, MailChange, StaffCode, StaffCodeReset };
    // POST /auth/reset with the current password instead of a code (ENT protocol §13.9). Forced: the forced-change flow
    // (forceChange=force); the ENT then ends every session, this one included, so the pupil signs in again.
    void changePasswordWithoutSession(const QString& login,
                                      SecretBytes oldPassword,
                                      SecretBytes password,
                                      SecretBytes confirmation,
                                      PasswordChange kind,
                                      Callback<EntResult> done);
    // firstName and structureId: empty for the first ask, then the pupil's answers when `structures` came back.
    void forgotId(const QString& mail,
                  RecoveryService service,
                  const QString& firstName,
                  const QString& structureId,
                  Callback<ForgotIdResult> done);

    // Activation (ENT protocol §3.2, §3.16): the account's first password. mail and phone are always sent: the ENT
    // stores what comes, so send back what readActivationPage() found unless the pupil changed it.
    // The ENT's activation page for this login and activation code, as its own front gets it (POST /auth/login with
    // the code as the password, whatever the sign-in mode): ActivationCodeTyped with activationAccount, the e-mail
    // and mobile the ENT holds.
    void readActivationPage(const QString& login, SecretBytes code, Callback<LoginResult> done);
    void matchActivationCode(const QString& login, const QString& code, Callback<CodeMatchResult> done);
    void activate(const QString& login,
                  const QString& code,
                  SecretBytes password,
                  SecretBytes confirmation,
                  bool acceptCgu,
                  const QString& mail,
                  const QString& phone,
                  Callback<ActivationResult> done);
    // Staff only (ENT protocol §3.15): a reset code for a pupil who shares a class. A refusal (401, 403) is
    // ServerMessage.
    void generateRenewalCode(const QString& login, Callback<RenewalCodeResult> done);
    // GET /directory/class/:classId/users (ENT protocol §18.3): the members of one of the adult's classes.
    void classMembers(const QString& classId, Callback<ClassMembersResult> done);
    // flowFinished() for a flow this client cannot tell by itself (StaffCodeReset).
    void reportFlow(Flow flow, const EntResult& result);

    // "Mon compte" (secured: cookie + X-XSRF-TOKEN, or a bearer token with the auth / directory scope).
    void changePassword(const QString& login,
                        SecretBytes oldPassword,
                        SecretBytes password,
                        SecretBytes confirmation,
                        Callback<EntResult> done);
    void mailState(Callback<MailStateResult> done);
    // PUT: the ENT mails a 6-digit code to `email`. Ok once it says so; it says nothing else (ENT protocol §16.4).
    void requestMailChange(const QString& email, Callback<EntResult> done);
    // POST: the ENT replaces the session cookie on every answer (ENT protocol §16.5); the jar takes the new one.
    void submitMailCode(const QString& code, Callback<MailCodeResult> done);

    // Aborts every request in flight (their callbacks are dropped), replaces the cookie jar and the network access
    // manager (connection, auth and TLS caches go with it), forgets tokens.
    void reset();
    // The session wipe: sends GET /auth/logout with the current cookies and token on the current network state,
    // which is detached and lives on only until that reply ends (or times out); then, before returning, does what
    // reset() does. `done` gets the logout's outcome later and is not dropped by a later reset().
    void logoutAndReset(Callback<EntResult> done = {});

    bool hasSession() const;              // a session cookie or an access token is held

    QNetworkCookieJar* cookieJar() const; // for diagnostics and tests
    QByteArray xsrfToken() const;         // the XSRF-TOKEN cookie the ENT set, copied into X-XSRF-TOKEN (ENT protocol §2.4)
    int requestsInFlight() const;

Q_SIGNALS:
    // Every finished reply that the kiosk did not cancel itself, dropped callbacks included: whether the ENT
    // answered (EntReply::reachedEnt). EntReachability listens.
    void entReached(bool reached);
    // A flow's call answered (not dropped by a reset): its outcome and how long the ENT took. Never the login, the
    // address or the code.
    void flowFinished(EntClient::Flow flow, const EntResult& result, std::chrono::milliseconds duration);

private:
    using AnswerHandler = std::function<void(const EntReply::Answer&)>;
    // Called with nullptr to go on, or with the answer that stops the call (it then classifies as the call's failure).
    using Proceed = std::function<void(const EntReply::Answer* stop)>;

    // `done`, preceded by flowFinished() with the time since this call.
    template <typename R> Callback<R> reported(Flow flow, Callback<R> done);
    QNetworkRequest newRequest(const QString& path, const QByteArray& accept) const;
    // GET on a secured route, with a bearer token refreshed first when it is about to expire.
    void getSecured(const QString& path, AnswerHandler onAnswer);
    // POST/PUT/DELETE on a secured route. With a bearer token: refreshed first when about to expire, then sent. With
    // the session cookie: adds X-XSRF-TOKEN from the cookie jar (ENT protocol §2.4, §13.5); when the jar has none
    // (xsrfOnAuth false, §17 item 3) a secured HTML page is fetched first for it, as the ENT's own pages get it, and a
    // 403 invalid.xsrf.token is answered by fetching that page (a session that has ended answers it with its login
    // redirect) and sending once more; a second 403 means the session cannot write: "not signed in".
    void sendSecured(const QByteArray& verb,
                     const QString& path,
                     SecretBytes body,
                     const QByteArray& contentType,
                     AnswerHandler onAnswer);
    void sendCookieWrite(const QByteArray& verb,
                         const QString& path,
                         std::shared_ptr<SecretBytes> body,
                         const QByteArray& contentType,
                         bool retried,
                         AnswerHandler onAnswer);
    // GET /auth/revalidate-terms (then /userbook/mon-compte if this ENT lacks it): SecurityHookRender sets XSRF-TOKEN
    // on a secured HTML page rendered for a session that has no token.
    void fetchXsrfToken(Proceed then, bool fallback = false);
    // The password grant's expires_in: the access token is refreshed (refresh_token grant, ENT protocol §3.4) before
    // use once most of it has passed. A refused refresh ends the session ("not signed in").
    void withFreshToken(Proceed then);
    void setTokenLifetime(qint64 expiresInS);
    void finishRefresh(const EntReply::Answer* stop);
    // Arms the timeout and answers through `onFinished` unless reset() came first; the request body (OneShotUpload,
    // which may hold a secret) is wiped when the reply ends.
    void send(QNetworkReply* reply, std::function<void(QNetworkReply*)> onFinished);
    // A request with a body (a password, a code, a change): it reaches the ENT at most once. Qt's silent resend on a
    // dropped or garbled connection is refused (OneShotUpload) and the reply fails instead, so that one tap is one
    // request and the user is told.
    QNetworkReply* sendOnce(QNetworkRequest request, const QByteArray& verb, SecretBytes body);
    // POST on a public route: no X-XSRF-TOKEN (ENT protocol §2.4). The body is wiped when the reply ends.
    void postPublic(const QString& path,
                    SecretBytes body,
                    const QByteArray& contentType,
                    std::function<void(QNetworkReply*)> onFinished);
    void matchCode(const QString& path, const QString& login, const QString& code, Callback<CodeMatchResult> done);
    // reset, changePassword: see EntReply::classifyPasswordForm.
    // `successPath`: on a secured route, the redirect that means success (the callback sent).
    void submitPasswordForm(const QString& path,
                            SecretBytes form,
                            bool secured,
                            Callback<EntResult> done,
                            const QString& successPath = {});
    void loginWithToken(const QString& login, SecretBytes password, const QString& scope, Callback<LoginResult> done);
    void loginWithForm(const QString& login, SecretBytes password, Callback<LoginResult> done);
    void abortInFlight();
    void rebuildNetwork();
    void initialiseTls();

    EntClientSettings m_settings;
    QString m_language{QStringLiteral("fr")};
    std::optional<QSslConfiguration> m_ssl; // https only: even a default QSslConfiguration loads the TLS backend
    std::unique_ptr<QNetworkAccessManager> m_nam;
    SecretBytes m_accessToken;
    SecretBytes m_refreshToken;
    QDeadlineTimer m_refreshAfter{QDeadlineTimer::Forever};
    std::vector<Proceed> m_refreshWaiters; // non-empty while a refresh is in flight
    quint64 m_generation = 0; // bumped by reset(); replies from an older generation are ignored
    QSet<QNetworkReply*> m_inFlight;
};

} // namespace LeoKiosk
