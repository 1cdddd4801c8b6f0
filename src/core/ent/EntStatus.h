#pragma once

#include <QCoreApplication>
#include <QString>

namespace LeoKiosk {

// Every outcome of a call to the ENT that the kiosk distinguishes (ENT protocol §3, §7, §13).
enum class EntStatus {
    Ok,
    // transport
    Unreachable,       // connection refused, host not found, network down
    Timeout,           // no complete answer within the configured request timeout
    TlsError,          // certificate or handshake failure
    MalformedReply,    // an answer the contract does not describe
    ServerError,       // 5xx
    NotAuthenticated,  // no session, in every form the ENT says it (ENT protocol §17 item 1): on a secured route a 302
                       // to any login page (/auth/login, auth loginUri, "http:8009/…"), a 401; on a cookie write a 403
                       // invalid.xsrf.token that a secured page does not cure
    // login outcomes
    AuthenticationFailed, // auth.error.authenticationFailed
    Banned,               // auth.error.ban
    BlockedUser,          // auth.error.blockedUser
    BlockedProfile,       // auth.error.blockedProfileType
    PlatformUnavailable,  // auth.error.global
    OtpDisabled,          // auth.error.otpDisabled
    ActivationCodeTyped,  // the password is a pending activation code (403 auth.error.activation.code or activation page)
    ResetCodeTyped,       // the password is a valid reset code (302 /auth/reset/<code>, 403 auth.error.password.reset)
    QuotaOverflow,        // 509 quota_overflow
    InvalidClient,        // 401 invalid_client / invalid_grant: the kiosk's OAuth registration is wrong
    MfaRequired,          // 302 to /auth/validate-mfa (ENT protocol §17 item 13): to be finished on the ENT website
    CurrentPasswordRefused, // reset.error on a change with the current password: wrong, or the login banned (§17 #12)
    ServerMessage,        // a failure whose only description is the server's own translated text
};

// With TlsError: the ENT's certificate was refused only for its dates, judged by the kiosk's own clock. A kiosk whose
// clock is wrong (no RTC battery, no NTP) fails every TLS handshake this way.
enum class CertificateDate { Valid, NotYetValid, Expired };

struct EntResult
{
    EntStatus status = EntStatus::Ok;
    CertificateDate certificateDate = CertificateDate::Valid; // TlsError only
    int httpStatus = 0;
    QString serverMessage; // translated text or key the server sent, if any (already HTML-unescaped)
    QString detail;        // technical detail for diagnostics (never shown, never contains secrets)

    bool ok() const { return status == EntStatus::Ok; }
};

// Maps an ENT error key (auth.error.*) or its known French/English text to a status; ServerMessage if unknown.
EntStatus entStatusFromErrorKey(const QString& keyOrText);

// One clear, translated sentence for the user (uses the ENT's own wording where it has one, ENT protocol §10).
class EntMessages final
{
    Q_DECLARE_TR_FUNCTIONS(EntMessages)
public:
    static QString text(const EntResult& result);
    // One line of a form refusal (the ENT joins them with <br />, ENT protocol §3.16): the kiosk's sentence for a key
    // it knows or for the text ENT Core gives that key in French or English (a theme may reword it), a generic
    // sentence for any other bare key (never shown raw), else the ENT's own text.
    static QString formLine(const QString& line);
};

} // namespace LeoKiosk
