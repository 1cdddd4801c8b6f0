#include "core/session/KioskSession.h"

#include "core/ent/EntReply.h"
#include "core/secrets/SecretStore.h"

#include <QRegularExpression>
#include <QTimer>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

QString rememberedKey()
{
    return QString::fromLatin1(KioskSession::rememberedIdentifierKey);
}

// A refusal decided here, before anything reaches the ENT.
template <typename Result> Result notSent(const QString& why)
{
    Result refused;
    refused.status = EntStatus::AuthenticationFailed;
    refused.detail = why;
    return refused;
}

} // namespace

KioskSession::KioskSession(const KioskConfig& config, SecretStore* secrets, QObject* parent)
    : QObject(parent), m_config(config), m_secrets(secrets),
      m_client(new EntClient(EntClientSettings::fromConfig(config), this)),
      m_context(new AuthContextCache(EntClientSettings::fromConfig(config), this)),
      m_reachability(new EntReachability(*m_context, this))
{
    m_client->setLanguage(m_config.defaultLanguage);
    m_reachability->watch(*m_client);
}

KioskSession::~KioskSession() = default;

QString KioskSession::normalizeLogin(const QString& typed)
{
    // \s in Unicode mode covers NBSP, narrow NBSP and the other spaces a virtual keyboard or a paste may bring.
    static const QRegularExpression spaces(u"[\\s\\x{200B}\\x{FEFF}]+"_s,
                                           QRegularExpression::UseUnicodePropertiesOption);
    QString login = typed;
    login.remove(spaces);
    return login.toLower();
}

void KioskSession::setLanguage(const QString& language)
{
    m_client->setLanguage(language);
}

void KioskSession::signIn(const QString& login, SecretBytes password, bool remember)
{
    const quint64 attempt = ++m_attempt;
    dropNetworkSession(); // every attempt starts afresh; a previous user's session ends on the server too
    m_user = UserInfo();
    m_requirements = Requirements();
    m_pendingActivationLogin.clear();
    m_pendingActivationAccount = {};

    const QString identifier = normalizeLogin(login);
    if (identifier.isEmpty() || password.isEmpty()) {
        setBusy(false);
        Q_EMIT signInFailed(notSent<LoginResult>(u"empty identifier or password, not sent"_s));
        return;
    }

    setBusy(true);
    const bool rememberIdentifier = remember && m_config.rememberMeAvailable();
    m_client->login(identifier, std::move(password), [=, this](const LoginResult& outcome) {
        if (attempt != m_attempt)
            return;
        if (outcome.status == EntStatus::ActivationCodeTyped) {
            m_pendingActivationLogin = identifier;
            m_pendingActivationAccount = outcome.activationAccount;
        }
        if (!outcome.ok())
            return finishSignIn(outcome);
        loadSignedInUser(attempt, [=, this](const EntResult& loaded) {
            if (!loaded.ok())
                return finishSignIn(EntReply::widen<LoginResult>(loaded));
            updateRememberedIdentifier(rememberIdentifier ? identifier : QString());
            setBusy(false);
            Q_EMIT signedIn(m_user);
        });
    });
}

void KioskSession::loadSignedInUser(quint64 attempt, std::function<void(const EntResult&)> done)
{
    m_client->fetchUserInfo([=, this](const UserInfoResult& info) {
        if (attempt != m_attempt)
            return;
        if (!info.ok())
            return done(info);
        m_client->fetchRequirements([=, this](const RequirementsResult& requirements) {
            if (attempt != m_attempt)
                return;
            if (requirements.ok()) {
                m_user = info.user;
                m_requirements = requirements.requirements;
            }
            done(requirements);
        });
    });
}

void KioskSession::activate(const QString& activationCode,
                            SecretBytes password,
                            SecretBytes confirmation,
                            bool acceptCgu,
                            const QString& mail,
                            const QString& phone)
{
    const quint64 attempt = ++m_attempt;
    dropNetworkSession();
    m_user = UserInfo();
    m_requirements = Requirements();
    if (m_pendingActivationLogin.isEmpty()) {
        setBusy(false);
        Q_EMIT activationFailed(notSent<EntResult>(u"no account waiting for activation, not sent"_s));
        return;
    }

    setBusy(true);
    const auto activatedOnly = [this] {
        dropNetworkSession();
        setBusy(false);
        Q_EMIT activated();
    };
    m_client->activate(m_pendingActivationLogin, activationCode, std::move(password), std::move(confirmation),
                       acceptCgu, mail, phone, [=, this](const ActivationResult& outcome) {
                           if (attempt != m_attempt)
                               return;
                           if (!outcome.ok()) {
                               dropNetworkSession();
                               setBusy(false);
                               Q_EMIT activationFailed(outcome);
                               return;
                           }
                           m_pendingActivationLogin.clear();
                           m_pendingActivationAccount = {};
                           if (!outcome.signedIn)
                               return activatedOnly();
                           // The account is active whatever happens next: a failure here only means "sign in".
                           loadSignedInUser(attempt, [=, this](const EntResult& loaded) {
                               if (!loaded.ok())
                                   return activatedOnly();
                               setBusy(false);
                               Q_EMIT signedIn(m_user);
                           });
                       });
}

void KioskSession::readActivationAccount(const QString& activationCode)
{
    const quint64 attempt = m_attempt;
    if (m_pendingActivationLogin.isEmpty() || m_pendingActivationAccount.found) {
        EntResult known;
        if (m_pendingActivationLogin.isEmpty())
            known = notSent<EntResult>(u"no account waiting for activation"_s);
        QTimer::singleShot(0, this, [=, this] {
            if (attempt == m_attempt)
                Q_EMIT activationAccountRead(known);
        });
        return;
    }
    setBusy(true);
    m_client->readActivationPage(
        m_pendingActivationLogin, SecretBytes(activationCode), [=, this](const LoginResult& outcome) {
            if (attempt != m_attempt)
                return;
            EntResult result = outcome;
            if (outcome.status == EntStatus::ActivationCodeTyped && outcome.activationAccount.found) {
                m_pendingActivationAccount = outcome.activationAccount;
                result = EntResult{};
                result.detail = u"activation page read"_s;
            } else if (outcome.ok() || outcome.status == EntStatus::ActivationCodeTyped) {
                // A session (the code was the password after all) or a page without the account: not activated here.
                dropNetworkSession();
                result.status = EntStatus::MalformedReply;
                result.detail = u"no activation page with the account"_s;
            }
            setBusy(false);
            Q_EMIT activationAccountRead(result);
        });
}

void KioskSession::finishSignIn(const LoginResult& failure)
{
    dropNetworkSession(); // whatever got half-way (a session cookie before userinfo failed, say)
    setBusy(false);
    Q_EMIT signInFailed(failure);
}

void KioskSession::updateRememberedIdentifier(const QString& identifier)
{
    if (!m_config.rememberMeAvailable() || !m_secrets)
        return;
    if (identifier.isEmpty())
        m_secrets->remove(rememberedKey(), {});
    else
        m_secrets->write(rememberedKey(), identifier.toUtf8(), {});
}

void KioskSession::loadRememberedIdentifier()
{
    if (!m_config.rememberMeAvailable() || !m_secrets) {
        QTimer::singleShot(0, this, [this] { Q_EMIT rememberedIdentifierLoaded(QString()); });
        return;
    }
    m_secrets->read(rememberedKey(),
                    [self = QPointer<KioskSession>(this)](SecretStore::Status status, const QByteArray& value) {
                        if (self)
                            Q_EMIT self->rememberedIdentifierLoaded(
                                status == SecretStore::Status::Ok ? QString::fromUtf8(value) : QString());
                    });
}

void KioskSession::end(KioskSession::EndReason reason)
{
    ++m_attempt;
    dropNetworkSession();
    m_user = UserInfo();
    m_requirements = Requirements();
    m_pendingActivationLogin.clear();
    m_pendingActivationAccount = {};
    m_client->setLanguage(m_config.defaultLanguage);
    // Nothing to forget in a keychain: the kiosk profile has no secret store at all (App::KioskApplication builds
    // none, so that no keychain prompt can ever open over the kiosk), and the desktop profile's remembered identifier
    // is the user's own choice, dropped when they untick « Se souvenir de moi ».
    setBusy(false);
    Q_EMIT ended(reason);
}

void KioskSession::lapse()
{
    const QString login = m_user.login; // end() wipes the user
    end(EndReason::Lapsed);
    Q_EMIT lapsed(login);
}

void KioskSession::dropNetworkSession()
{
    if (m_client->hasSession()) {
        m_client->logoutAndReset([self = QPointer<KioskSession>(this)](const EntResult&) {
            if (self)
                Q_EMIT self->logoutFinished();
        });
        return;
    }
    m_client->reset();
    QMetaObject::invokeMethod(this, &KioskSession::logoutFinished, Qt::QueuedConnection);
}

void KioskSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace LeoKiosk
