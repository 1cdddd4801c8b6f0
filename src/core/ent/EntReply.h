#pragma once

#include "core/ent/EntClient.h"
#include "core/ent/EntStatus.h"
#include "core/secrets/SecretBytes.h"

#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QUrl>

#include <optional>

namespace LeoKiosk {

Q_DECLARE_LOGGING_CATEGORY(lcEnt)

// Internal to EntClient: how a finished reply is read and classified (ENT protocol §1.3, §13). Not for the GUI.
namespace EntReply {

inline const QByteArray acceptJson = QByteArrayLiteral("application/json");
inline const QByteArray acceptHtml = QByteArrayLiteral("text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");
inline const QByteArray formContentType = QByteArrayLiteral("application/x-www-form-urlencoded; charset=UTF-8");
inline const QByteArray jsonContentType = QByteArrayLiteral("application/json; charset=utf-8");

// What the kiosk saw happen to a reply beyond its error code.
enum class Cause { None, Timeout, TooLarge, Tls, PinMismatch };

// One finished reply, read once.
struct Answer
{
    Cause cause = Cause::None;
    QString causeDetail; // PinMismatch: the keys the ENT presented
    CertificateDate certificateDate = CertificateDate::Valid; // Tls: refused for its dates alone
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0; // 0: no HTTP answer at all
    QUrl location;  // resolved against the request URL
    QList<QNetworkCookie> cookies;
    QByteArray contentType;
    SecretBytes body; // a token answer holds secrets
};

Answer read(QNetworkReply* reply);

// The total-duration timeout, the size cap and the TLS flag. SSL errors are never ignored: the handshake fails.
// With `spkiPins`, a TLS connection whose chain holds none of the pinned keys is cut before the request is sent
// (QNetworkReply::encrypted), and a reply that came over such a connection anyway (a pooled one) fails.
void watch(QNetworkReply* reply, int timeoutMs, const QList<QByteArray>& spkiPins = {});

// What a finished reply says of the ENT's presence: nullopt when the kiosk itself cancelled it (a wipe), true when
// the ENT answered (HTTP status below 502), false when it was not reached (refused, timeout, TLS, 502-504).
std::optional<bool> reachedEnt(const QNetworkReply* reply);

template <typename R = EntResult> R result(EntStatus status, const Answer& a, const QString& detail = {})
{
    R r;
    r.status = status;
    r.httpStatus = a.status;
    r.detail = detail.isEmpty() ? QStringLiteral("HTTP %1").arg(a.status) : detail;
    return r;
}

// The common part of a result as a call's own result type.
template <typename R> R widen(const EntResult& common)
{
    R r;
    static_cast<EntResult&>(r) = common;
    return r;
}

// Failures below HTTP: no status line, or the kiosk cut the reply short.
std::optional<EntResult> transportFailure(const Answer& a);

template <typename R> std::optional<R> transportFailure(const Answer& a)
{
    if (const std::optional<EntResult> failure = transportFailure(a))
        return widen<R>(*failure);
    return std::nullopt;
}

// What no route of the contract answers with.
template <typename R = EntResult> R unexpected(const Answer& a, const QString& detail = {})
{
    return result<R>(a.status >= 500 ? EntStatus::ServerError : EntStatus::MalformedReply, a, detail);
}

std::optional<QJsonObject> jsonObject(const Answer& a);
bool isRedirect(const Answer& a);
bool holdsSessionCookie(const QList<QNetworkCookie>& cookies);
// 403 {"error":"invalid.xsrf.token"}: the XSRF filter refused a cookie write (ENT protocol §2.4). It comes first, so a
// cookie whose session has ended gets it too (§17 item 1).
bool isXsrfRefusal(const Answer& a);

enum class Route {
    Public,
    Secured,                  // no session: 302 to the login page (ENT protocol §1.2, §17 item 1), or 401
    SecuredNotFoundNoSession, // GET mailstate also answers 404 without a session
};

// On a secured route, what the filter chain answers instead of the route (ENT protocol §1.2, §17): MfaRequired for a
// 302 to /auth/validate-mfa; NotAuthenticated for a 401 and for any other redirect but the forced password change's —
// the login page may be anywhere (auth loginUri, authLocations) or have lost its host ("http:8009/…"), so "not signed
// in" is every redirect a route does not answer on success. Else nullopt.
std::optional<EntResult> notAuthenticated(const Answer& a, Route route);

// A 4xx, typically {"error":"…"} (403 invalid.xsrf.token, ENT protocol §2.4): ServerMessage. The server's text becomes
// serverMessage only when it reads as a sentence; a bare key (invalid.xsrf.token) goes to the detail, so the user
// gets EntMessages' generic refusal. A sentence never goes to the detail: it may quote what the user typed.
EntResult refusal(const Answer& a);

// A POST/PUT/DELETE on a secured route: the failure (transport, no session, refusal, out of contract), or nullopt
// for a 200 that the caller reads.
std::optional<EntResult> securedWriteFailure(const Answer& a);

// A JSON GET: `fill` takes the object of a 200 and says whether it holds what the route promises.
template <typename R, typename Fill> R classifyJsonGet(const Answer& a, Route route, Fill fill)
{
    if (auto failure = transportFailure<R>(a))
        return *failure;
    if (auto failure = notAuthenticated(a, route))
        return widen<R>(*failure);
    if (a.status != 200)
        return unexpected<R>(a);
    const std::optional<QJsonObject> json = jsonObject(a);
    R r = result<R>(EntStatus::Ok, a);
    if (!json || !fill(*json, r))
        return result<R>(EntStatus::MalformedReply, a, QStringLiteral("not the expected JSON object"));
    return r;
}

// POST /auth/login (ENT protocol §3.2, §13.7a).
LoginResult classifyFormLogin(const Answer& a);
// POST /auth/oauth2/token, password or refresh_token grant (ENT protocol §3.4). The tokens go to the out parameters on
// success only (a refresh answer without a refresh_token keeps the one held), with expires_in (0: not said).
LoginResult
classifyToken(const Answer& a, SecretBytes& accessToken, SecretBytes& refreshToken, qint64& expiresInS);
// GET /auth/logout (ENT protocol §3.3): always a 302, with or without a session.
EntResult classifyLogout(const Answer& a);

// forgot-password, forgot-id (ENT protocol §3.8, §3.9, §8, §12): any 200, and a 400 that is empty or JSON (a refusal of
// the current or pre-4.12.16 kind), are "accepted": the kiosk shows one neutral sentence whatever the account.
// Only what says the ENT was not reached (transport, 5xx, an answer of another kind) is a failure.
EntResult classifyRecoveryRequest(const Answer& a);

// reset, changePassword, activation (ENT protocol §3.2, §3.11, §3.13): a redirect, or a final HTML page, is success; a
// 200 JSON {"error":{"message":…}} is a failure with the server's translated text in serverMessage (the messages the
// ENT joins with <br /> come one per line). On a secured route success is recognised positively: only a redirect to
// `successPath` (the callback sent); any other redirect is the filter's (notAuthenticated).
EntResult classifyPasswordForm(const Answer& a, Route route, const QString& successPath = {});
// A change with the current password (changePassword, /auth/reset with oldPassword): the ENT answers reset.error for a
// wrong current password and for a banned login alike (ENT protocol §17 item 12): CurrentPasswordRefused.
EntResult changeRefusal(EntResult result);
// GET /auth/user/requirements: 404 is "nothing required", as the ENT's mobile app reads it (the route is missing
// before ENT Core 4.7, and answers 404 when its lookup fails, ENT protocol §3.17, §17 item 2).
RequirementsResult classifyRequirements(const Answer& a);
// A secured HTML page fetched for its XSRF-TOKEN cookie (ENT protocol §2.4, §17 item 3): Ok for 200; the filter's
// answer (notAuthenticated) or the transport failure; ServerMessage for any other (a page this ENT lacks).
EntResult classifyXsrfPage(const Answer& a);

// The translated messages of an auth form error, <br /> split, HTML-unescaped; empty if `json` has no error.
QStringList formErrorMessages(const QJsonObject& json);

PasswordChannelsResult classifyPasswordChannels(const Answer& a);
CodeMatchResult classifyCodeMatch(const Answer& a);
ForgotIdResult classifyForgotId(const Answer& a);
ActivationResult classifyActivation(const Answer& a);
RenewalCodeResult classifyRenewalCode(const Answer& a);
// GET /directory/class/:classId/users (ENT protocol §18.3): the rows, a 401 as notAllowed.
ClassMembersResult classifyClassMembers(const Answer& a);
// A secured write whose 200 says nothing more (DELETE /auth/sessions, PUT mailstate): the body is not read.
EntResult classifySecuredCommand(const Answer& a);
MailCodeResult classifyMailCode(const Answer& a);

} // namespace EntReply

} // namespace LeoKiosk
