#include "core/ent/EntReply.h"

#include "core/ent/EntHtml.h"
#include "core/ent/SpkiPins.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEnt, "leokiosk.ent")

namespace {

constexpr qint64 maxReplyBytes = 1024 * 1024; // no auth answer comes near this; a bigger one is not the ENT
// What Qt may hold of a reply's body before the kiosk reads it: the network thread stops reading from the socket
// (TCP pushes back on the peer) until the kiosk has taken it, so an endless answer never piles up in memory.
constexpr qint64 replyReadBufferBytes = 64 * 1024;
constexpr auto bodyObjectName = "leokiosk.body";
const QByteArray sessionCookie = QByteArrayLiteral("oneSessionId");

// Kept on the reply until finished().
constexpr auto causeProperty = "leokiosk.cause";
constexpr auto causeDetailProperty = "leokiosk.causeDetail";
constexpr auto certificateDateProperty = "leokiosk.certificateDate";

// Whether the chain is out of its dates by the kiosk's clock: then the clock is what is wrong (or the ENT let its
// certificate expire). Other errors may come with it: Qt leaves a CA certificate out of the trust store once it has
// expired by the local clock, so a clock years ahead also makes the chain's issuer unknown.
CertificateDate certificateDateOf(const QList<QSslError>& errors)
{
    bool expired = false;
    for (const QSslError& error : errors) {
        if (error.error() == QSslError::CertificateNotYetValid)
            return CertificateDate::NotYetValid;
        if (error.error() == QSslError::CertificateExpired)
            expired = true;
    }
    return expired ? CertificateDate::Expired : CertificateDate::Valid;
}

void markCause(QNetworkReply* reply, EntReply::Cause why)
{
    if (reply->property(causeProperty).toInt() == int(EntReply::Cause::None))
        reply->setProperty(causeProperty, int(why));
}

// The body read so far, taken from Qt's buffer as it arrives (a token answer holds secrets: wiped with the reply).
struct ReplyBody final : QObject
{
    explicit ReplyBody(QObject* parent) : QObject(parent) { setObjectName(QLatin1StringView(bodyObjectName)); }
    SecretBytes bytes;
};

ReplyBody* bodyOf(const QNetworkReply* reply)
{
    return static_cast<ReplyBody*>(reply->findChild<QObject*>(QLatin1StringView(bodyObjectName),
                                                              Qt::FindDirectChildrenOnly));
}

// Cuts a reply whose body is, or is announced to be, over the limit: nothing more of it is read.
bool refuseTooLarge(QNetworkReply* reply, qint64 size)
{
    if (size <= maxReplyBytes)
        return false;
    qCWarning(lcEnt) << "the ENT's answer is larger than" << maxReplyBytes << "bytes: cut";
    markCause(reply, EntReply::Cause::TooLarge);
    reply->abort();
    return true;
}

// Moves what Qt holds of the body into `body`, unless that passes the limit (then the reply is aborted).
void drain(QNetworkReply* reply, ReplyBody* body)
{
    if (!reply->isOpen())
        return;
    while (reply->bytesAvailable() > 0) {
        if (refuseTooLarge(reply, body->bytes.bytes().size() + reply->bytesAvailable()))
            return;
        QByteArray chunk = reply->read(replyReadBufferBytes);
        body->bytes.append(chunk);
        SecretBytes::fromUtf8(std::move(chunk)); // wiped at once
    }
}

// Marks and cuts a reply whose TLS peer holds no pinned key; true if it did.
bool refuseUnpinned(QNetworkReply* reply, const QList<QByteArray>& pins)
{
    const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    if (SpkiPins::matches(pins, chain))
        return false;
    qCWarning(lcEnt) << "the ENT's certificate chain holds no pinned key:" << SpkiPins::describe(chain);
    reply->setProperty(causeDetailProperty, SpkiPins::mismatchDetail(chain));
    markCause(reply, EntReply::Cause::PinMismatch);
    return true;
}

bool isHtml(const EntReply::Answer& a)
{
    return a.contentType.toLower().contains("html") || a.body.bytes().trimmed().startsWith('<');
}

// An error key (no.match, invalid.xsrf.token) is safe in a diagnostic; a sentence may quote what was typed.
bool readsAsSentence(const QString& text)
{
    return text.trimmed().contains(u' ');
}

} // namespace

namespace EntReply {

Answer read(QNetworkReply* reply)
{
    Answer a;
    a.cause = Cause(reply->property(causeProperty).toInt());
    a.causeDetail = reply->property(causeDetailProperty).toString();
    a.certificateDate = CertificateDate(reply->property(certificateDateProperty).toInt());
    a.error = reply->error();
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->hasRawHeader("Location"))
        a.location = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    a.cookies = reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
    a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (ReplyBody* body = bodyOf(reply)) {
        if (Cause(reply->property(causeProperty).toInt()) == Cause::None)
            drain(reply, body);
        a.cause = Cause(reply->property(causeProperty).toInt());
        if (a.cause != Cause::TooLarge)
            a.body = std::move(body->bytes);
        body->bytes.wipe();
    } else if (reply->isOpen()) { // an aborted reply is closed
        a.body = SecretBytes::fromUtf8(reply->readAll());
    }
    return a;
}

void watch(QNetworkReply* reply, int timeoutMs, const QList<QByteArray>& spkiPins)
{
    reply->setProperty(causeProperty, int(Cause::None));
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    QObject::connect(timer, &QTimer::timeout, reply, [reply] {
        markCause(reply, Cause::Timeout);
        reply->abort();
    });
    // The size limit holds as the body arrives, with or without Content-Length: Qt keeps at most
    // replyReadBufferBytes of it, the rest is taken at once and counted.
    reply->setReadBufferSize(replyReadBufferBytes);
    auto* body = new ReplyBody(reply);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            refuseTooLarge(reply, length.toLongLong());
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, body] { drain(reply, body); });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        refuseTooLarge(reply, received);
    });
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError>& errors) {
        qCWarning(lcEnt) << "TLS errors with the ENT:" << errors;
        reply->setProperty(certificateDateProperty, int(certificateDateOf(errors)));
        markCause(reply, Cause::Tls);
    });
    if (!spkiPins.isEmpty() && reply->url().scheme() == u"https"_s) {
        // encrypted(): a new connection, before any byte of the request (a password, say) is sent on it.
        QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, spkiPins] {
            if (refuseUnpinned(reply, spkiPins))
                reply->abort();
        });
        // A reply served on a pooled connection gets no encrypted(); it still shows the chain it came over.
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, spkiPins] {
            const bool answered = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
            if (answered && Cause(reply->property(causeProperty).toInt()) == Cause::None)
                refuseUnpinned(reply, spkiPins);
        });
    }
    timer->start(timeoutMs);
}

std::optional<bool> reachedEnt(const QNetworkReply* reply)
{
    const Cause cause = Cause(reply->property(causeProperty).toInt());
    if (cause == Cause::Timeout || cause == Cause::Tls || cause == Cause::PinMismatch)
        return false;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid())
        return status.toInt() < 502 || status.toInt() > 504;
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return std::nullopt;
    return false;
}

std::optional<EntResult> transportFailure(const Answer& a)
{
    switch (a.cause) {
    case Cause::Timeout:
        return result(EntStatus::Timeout, a, u"no complete answer within the timeout"_s);
    case Cause::TooLarge:
        return result(EntStatus::MalformedReply, a, u"answer too large"_s);
    case Cause::Tls: {
        EntResult r = result(EntStatus::TlsError, a,
                             a.certificateDate == CertificateDate::NotYetValid ? u"certificate not valid yet"_s
                             : a.certificateDate == CertificateDate::Expired   ? u"certificate expired"_s
                                                                                : u"certificate rejected"_s);
        r.certificateDate = a.certificateDate;
        return r;
    }
    case Cause::PinMismatch:
        return result(EntStatus::TlsError, a, a.causeDetail);
    case Cause::None:
        break;
    }
    if (a.status != 0)
        return std::nullopt;
    const QString detail = u"network error %1"_s.arg(int(a.error));
    switch (a.error) {
    case QNetworkReply::TimeoutError:
        return result(EntStatus::Timeout, a, detail);
    case QNetworkReply::SslHandshakeFailedError:
        return result(EntStatus::TlsError, a, detail);
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return result(EntStatus::MalformedReply, a, detail);
    default: // refused, host not found, closed, proxy, network down...
        return result(EntStatus::Unreachable, a, detail);
    }
}

std::optional<QJsonObject> jsonObject(const Answer& a)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(a.body.bytes(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

bool isRedirect(const Answer& a)
{
    return a.status >= 300 && a.status < 400;
}

bool isXsrfRefusal(const Answer& a)
{
    if (a.status != 403)
        return false;
    const std::optional<QJsonObject> json = jsonObject(a);
    return json && json->value(u"error"_s).toString().trimmed() == u"invalid.xsrf.token"_s;
}

bool holdsSessionCookie(const QList<QNetworkCookie>& cookies)
{
    return std::any_of(cookies.cbegin(), cookies.cend(), [](const QNetworkCookie& cookie) {
        return cookie.name() == sessionCookie && !cookie.value().isEmpty();
    });
}

std::optional<EntResult> notAuthenticated(const Answer& a, Route route)
{
    if (route == Route::Public)
        return std::nullopt;
    const QString path = a.location.path();
    if (isRedirect(a) && path == u"/auth/validate-mfa"_s)
        return result(EntStatus::MfaRequired, a, u"HTTP %1 to the MFA page"_s.arg(a.status));
    if (isRedirect(a) && path.startsWith(u"/auth/reset/forceChangePassword"_s))
        return std::nullopt; // the forced change: the account, not the session
    const bool noSession =
        isRedirect(a) || a.status == 401 || (route == Route::SecuredNotFoundNoSession && a.status == 404);
    if (!noSession)
        return std::nullopt;
    // The location is named in the detail without its query (a callback), so that a login page elsewhere shows.
    return result(EntStatus::NotAuthenticated, a,
                  isRedirect(a) ? u"HTTP %1 to %2"_s.arg(a.status).arg(a.location.toString(QUrl::RemoveQuery))
                                : QString());
}

EntResult refusal(const Answer& a)
{
    const std::optional<QJsonObject> json = jsonObject(a);
    const QString error = json ? json->value(u"error"_s).toString().trimmed() : QString();
    if (readsAsSentence(error)) {
        EntResult r = result(EntStatus::ServerMessage, a, u"HTTP %1 with a message"_s.arg(a.status));
        r.serverMessage = error;
        return r;
    }
    return result(EntStatus::ServerMessage, a, error.isEmpty() ? QString() : u"HTTP %1 %2"_s.arg(a.status).arg(error));
}

std::optional<EntResult> securedWriteFailure(const Answer& a)
{
    if (auto failure = transportFailure(a))
        return failure;
    if (auto failure = notAuthenticated(a, Route::Secured))
        return failure;
    if (a.status >= 400 && a.status < 500)
        return refusal(a);
    if (a.status < 200 || a.status > 299) // ENT Core answers 200 with a body, or 204 (PUT /auth/cgu/revalidate)
        return unexpected(a);
    return std::nullopt;
}

LoginResult classifyFormLogin(const Answer& a)
{
    if (auto failure = transportFailure<LoginResult>(a))
        return *failure;
    if (isRedirect(a)) {
        static const QString resetPrefix = u"/auth/reset/"_s;
        const QString path = a.location.path();
        if (path.startsWith(resetPrefix)) {
            const QString code = path.mid(resetPrefix.size()).section(u'/', 0, 0);
            // "password" and "forceChangePassword" name pages, not codes (ENT protocol §3.10)
            if (!code.isEmpty() && code != u"password"_s && code != u"forceChangePassword"_s) {
                auto r = result<LoginResult>(EntStatus::ResetCodeTyped, a, u"redirect to the reset page"_s);
                r.resetCode = code;
                return r;
            }
        }
        if (holdsSessionCookie(a.cookies))
            return result<LoginResult>(EntStatus::Ok, a);
        return result<LoginResult>(EntStatus::MalformedReply, a, u"redirect without a session cookie"_s);
    }
    if (a.status != 200 || a.contentType.contains("json"))
        return unexpected<LoginResult>(a);

    const QString html = QString::fromUtf8(a.body.bytes());
    if (const QString message = EntHtml::ngInitError(html); !message.isEmpty()) {
        auto r = result<LoginResult>(entStatusFromErrorKey(message), a, u"login page with an error"_s);
        r.serverMessage = message;
        return r;
    }
    if (EntHtml::isActivationPage(html)) {
        auto r = result<LoginResult>(EntStatus::ActivationCodeTyped, a, u"activation page"_s);
        r.activationAccount = EntHtml::activationAccount(html);
        return r;
    }
    if (EntHtml::isLoginPage(html))
        return result<LoginResult>(EntStatus::AuthenticationFailed, a, u"login page without an error"_s);
    return result<LoginResult>(EntStatus::MalformedReply, a, u"unknown page"_s);
}

LoginResult classifyToken(const Answer& a, SecretBytes& accessToken, SecretBytes& refreshToken, qint64& expiresInS)
{
    if (auto failure = transportFailure<LoginResult>(a))
        return *failure;
    const std::optional<QJsonObject> json = jsonObject(a);
    const QString error = json ? json->value(u"error"_s).toString() : QString();
    if (a.status == 509 || error == u"quota_overflow"_s)
        return result<LoginResult>(EntStatus::QuotaOverflow, a);
    if (!json)
        return unexpected<LoginResult>(a, u"HTTP %1 without a JSON object"_s.arg(a.status));

    if (a.status == 200) {
        const QString access = json->value(u"access_token"_s).toString();
        const QString type = json->value(u"token_type"_s).toString();
        if (access.isEmpty() || type.compare(u"bearer"_s, Qt::CaseInsensitive) != 0)
            return result<LoginResult>(EntStatus::MalformedReply, a, u"token answer without a bearer token"_s);
        accessToken = SecretBytes(access);
        if (const QString refresh = json->value(u"refresh_token"_s).toString(); !refresh.isEmpty())
            refreshToken = SecretBytes(refresh);
        expiresInS = qMax<qint64>(0, json->value(u"expires_in"_s).toInteger());
        return result<LoginResult>(EntStatus::Ok, a);
    }
    if (a.status != 400 && a.status != 401 && a.status != 403)
        return unexpected<LoginResult>(a);

    const QString description = json->value(u"error_description"_s).toString();
    const QString detail = u"HTTP %1 %2 %3"_s.arg(a.status).arg(error, description);
    EntStatus status = EntStatus::MalformedReply;
    if (error == u"access_denied"_s) {
        status = entStatusFromErrorKey(description);
        if (status == EntStatus::ServerMessage) // an unknown refusal is still a refusal
            status = EntStatus::AuthenticationFailed;
    } else if (error == u"invalid_request"_s) {
        // An empty identifier or password; the web form calls that authenticationFailed too.
        const bool missingCredential = description.contains(u"'username'"_s) || description.contains(u"'password'"_s);
        status = missingCredential ? EntStatus::AuthenticationFailed : EntStatus::InvalidClient;
    } else if (!error.isEmpty()) {
        status = entStatusFromErrorKey(error);
    }
    auto r = result<LoginResult>(status, a, detail);
    if (status == EntStatus::ServerMessage)
        r.serverMessage = description.isEmpty() ? error : description;
    return r;
}

EntResult classifyLogout(const Answer& a)
{
    if (auto failure = transportFailure(a))
        return *failure;
    return isRedirect(a) ? result(EntStatus::Ok, a) : unexpected(a);
}

EntResult classifyRecoveryRequest(const Answer& a)
{
    if (auto failure = transportFailure(a))
        return *failure;
    if (a.status == 200)
        return result(EntStatus::Ok, a, u"accepted"_s);
    // The code itself is not kept: no.match, not.activated... would tell whether the account exists.
    if (a.status == 400 && (a.body.isEmpty() || jsonObject(a)))
        return result(EntStatus::Ok, a, u"refusal answered as accepted"_s);
    return unexpected(a);
}

QStringList formErrorMessages(const QJsonObject& json)
{
    const QJsonValue error = json.value(u"error"_s);
    const QString text = error.isObject() ? error.toObject().value(u"message"_s).toString() : error.toString();
    static const QRegularExpression lineBreak(u"<br\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption);
    QStringList messages;
    const QStringList parts = text.split(lineBreak);
    for (const QString& part : parts) {
        if (const QString message = EntHtml::unescape(part).trimmed(); !message.isEmpty())
            messages.append(message);
    }
    return messages;
}

EntResult classifyPasswordForm(const Answer& a, Route route, const QString& successPath)
{
    if (auto failure = transportFailure(a))
        return *failure;
    if (route != Route::Public && isRedirect(a)) {
        if (!successPath.isEmpty() && a.location.path() == successPath)
            return result(EntStatus::Ok, a, u"redirect to the callback"_s);
        if (a.location.path().startsWith(u"/auth/reset/forceChangePassword"_s))
            return result(EntStatus::MalformedReply, a, u"the ENT asks for the forced change first"_s);
    }
    if (auto failure = notAuthenticated(a, route))
        return *failure;
    if (route != Route::Public && a.status == 403)
        return refusal(a);
    if (isRedirect(a))
        return result(EntStatus::Ok, a);
    if (a.status != 200)
        return unexpected(a);
    if (const std::optional<QJsonObject> json = jsonObject(a)) {
        if (!json->contains(u"error"_s)) // the ENT's own front calls any answer without an error a success
            return result(EntStatus::Ok, a, u"JSON without an error"_s);
        const QStringList messages = formErrorMessages(*json);
        const EntStatus status =
            messages.size() == 1 ? entStatusFromErrorKey(messages.first()) : EntStatus::ServerMessage;
        EntResult r = result(status, a, u"form refused"_s);
        r.serverMessage = messages.join(u'\n');
        return r;
    }
    if (isHtml(a)) // a client that follows the redirect ends on a page: that is the success signal (ENT protocol §3.11)
        return result(EntStatus::Ok, a, u"final page"_s);
    return result(EntStatus::MalformedReply, a, u"200 neither JSON nor HTML"_s);
}

EntResult changeRefusal(EntResult r)
{
    if (r.status != EntStatus::ServerMessage)
        return r;
    // reset.error: its key, ENT Core's French text (the same words as auth.reset.invalid.argument, which the kiosk's own
    // checks rule out before sending) and its English text.
    const auto folded = [](QString text) {
        text = text.toCaseFolded();
        text.replace(QChar(0x2019), u'\'');
        text = text.simplified();
        while (text.endsWith(u'.'))
            text.chop(1);
        return text;
    };
    static const QStringList resetError{
        u"reset.error"_s,
        u"le formulaire contient des erreurs. veuillez vérifier que le nouveau mot de passe n'a pas déjà été utilisé "
        u"et que les deux saisies sont identiques"_s,
        u"reset error"_s};
    if (!resetError.contains(folded(r.serverMessage)))
        return r;
    r.status = EntStatus::CurrentPasswordRefused;
    r.serverMessage.clear();
    r.detail = u"reset.error on a change: the current one refused, or the login banned"_s;
    return r;
}

RequirementsResult classifyRequirements(const Answer& a)
{
    if (a.cause == Cause::None && a.status == 404) {
        auto r = result<RequirementsResult>(EntStatus::Ok, a, u"HTTP 404: nothing required"_s);
        return r;
    }
    return classifyJsonGet<RequirementsResult>(a, Route::Secured, [](const QJsonObject& json, RequirementsResult& r) {
        r.requirements = Requirements::fromJson(json);
        return true;
    });
}

EntResult classifyXsrfPage(const Answer& a)
{
    if (auto failure = transportFailure(a))
        return *failure;
    if (auto failure = notAuthenticated(a, Route::Secured))
        return *failure;
    if (a.status == 200)
        return result(EntStatus::Ok, a);
    return result(a.status >= 500 ? EntStatus::ServerError : EntStatus::ServerMessage, a);
}

PasswordChannelsResult classifyPasswordChannels(const Answer& a)
{
    if (auto failure = transportFailure<PasswordChannelsResult>(a))
        return *failure;
    if (a.status >= 500)
        return unexpected<PasswordChannelsResult>(a);
    // Before 4.12.16 the route wanted ?login= and answered masked contacts or a 400 (ENT protocol §12): no SMS offered
    // then.
    auto r = result<PasswordChannelsResult>(EntStatus::Ok, a);
    const std::optional<QJsonObject> json = a.status == 200 ? jsonObject(a) : std::nullopt;
    r.mobile = json && json->value(u"mobile"_s).isBool() && json->value(u"mobile"_s).toBool();
    return r;
}

CodeMatchResult classifyCodeMatch(const Answer& a)
{
    if (auto failure = transportFailure<CodeMatchResult>(a))
        return *failure;
    if (a.status != 200)
        return unexpected<CodeMatchResult>(a);
    const std::optional<QJsonObject> json = jsonObject(a);
    if (!json || !json->value(u"match"_s).isBool())
        return result<CodeMatchResult>(EntStatus::MalformedReply, a, u"no boolean match"_s);
    auto r = result<CodeMatchResult>(EntStatus::Ok, a);
    r.match = json->value(u"match"_s).toBool();
    return r;
}

ForgotIdResult classifyForgotId(const Answer& a)
{
    auto r = widen<ForgotIdResult>(classifyRecoveryRequest(a));
    const std::optional<QJsonObject> json = r.ok() && a.status == 200 ? jsonObject(a) : std::nullopt;
    if (!json)
        return r;
    QSet<QString> seen;
    const QJsonArray structures = json->value(u"structures"_s).toArray();
    for (const QJsonValue& value : structures) {
        const QJsonObject item = value.toObject();
        RecoveryStructure structure{item.value(u"structureId"_s).toString(), item.value(u"structureName"_s).toString()};
        if (structure.structureId.isEmpty() || structure.structureName.isEmpty() ||
            seen.contains(structure.structureId))
            continue;
        seen.insert(structure.structureId);
        r.structures.append(structure);
    }
    return r;
}

ActivationResult classifyActivation(const Answer& a)
{
    auto r = widen<ActivationResult>(classifyPasswordForm(a, Route::Public));
    r.signedIn = r.ok() && isRedirect(a) && holdsSessionCookie(a.cookies);
    return r;
}

RenewalCodeResult classifyRenewalCode(const Answer& a)
{
    // Here a 401 is the filter's "signed in but not allowed" (ENT protocol §1.2): a staff-only action asked by someone
    // else.
    if (a.status == 401) {
        auto refused = result<RenewalCodeResult>(EntStatus::ServerMessage, a, u"HTTP 401 not allowed"_s);
        refused.notAllowed = true;
        return refused;
    }
    if (auto failure = securedWriteFailure(a))
        return widen<RenewalCodeResult>(*failure);
    const std::optional<QJsonObject> json = jsonObject(a);
    const QString code = json ? json->value(u"renewalCode"_s).toString() : QString();
    if (code.isEmpty())
        return result<RenewalCodeResult>(EntStatus::MalformedReply, a, u"no renewal code"_s);
    auto r = result<RenewalCodeResult>(EntStatus::Ok, a);
    r.renewalCode = code;
    return r;
}

ClassMembersResult classifyClassMembers(const Answer& a)
{
    // A 401 is the resource filter's refusal here, as for the renewal code (ENT protocol §18.3, §18.4).
    if (a.status == 401) {
        auto refused = result<ClassMembersResult>(EntStatus::ServerMessage, a, u"HTTP 401 not allowed"_s);
        refused.notAllowed = true;
        return refused;
    }
    if (auto failure = transportFailure<ClassMembersResult>(a))
        return *failure;
    if (auto failure = notAuthenticated(a, Route::Secured))
        return widen<ClassMembersResult>(*failure);
    if (a.status != 200)
        return unexpected<ClassMembersResult>(a);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(a.body.bytes(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return result<ClassMembersResult>(EntStatus::MalformedReply, a, u"not a JSON array"_s);
    auto r = result<ClassMembersResult>(EntStatus::Ok, a);
    for (const QJsonValue& value : document.array()) {
        const QJsonObject row = value.toObject();
        ClassMember member;
        member.firstName = row.value(u"firstName"_s).toString();
        member.lastName = row.value(u"lastName"_s).toString();
        member.login = row.value(u"originalLogin"_s).toString();
        if (member.login.isEmpty())
            member.login = row.value(u"login"_s).toString();
        member.type = row.value(u"type"_s).toString();
        member.activated = row.value(u"activationCode"_s).isNull() || row.value(u"activationCode"_s).isUndefined();
        member.blocked = row.value(u"blocked"_s).toBool();
        if (!member.login.isEmpty())
            r.members.append(member);
    }
    return r;
}

EntResult classifySecuredCommand(const Answer& a)
{
    return securedWriteFailure(a).value_or(result(EntStatus::Ok, a));
}

MailCodeResult classifyMailCode(const Answer& a)
{
    if (auto failure = securedWriteFailure(a))
        return widen<MailCodeResult>(*failure);
    const std::optional<QJsonObject> json = jsonObject(a);
    const std::optional<MailValidation> validation = json ? MailValidation::fromJson(*json) : std::nullopt;
    if (!validation)
        return result<MailCodeResult>(EntStatus::MalformedReply, a, u"no known state"_s);
    auto r = result<MailCodeResult>(EntStatus::Ok, a);
    r.validation = *validation;
    return r;
}

} // namespace EntReply

} // namespace LeoKiosk
