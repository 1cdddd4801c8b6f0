#include "core/ent/EntStatus.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

// Case, apostrophe style, spacing and the final full stop vary between deployments and themes; the words do not.
QString normalized(const QString& text)
{
    QString s = text.toCaseFolded();
    s.replace(QChar(0x2019), u'\'');
    s.replace(QChar(0x00A0), u' ');
    s.replace(QChar(0x202F), u' ');
    s = s.simplified();
    while (s.endsWith(u'.') || s.endsWith(u' '))
        s.chop(1);
    return s;
}

const QHash<QString, EntStatus>& knownErrors()
{
    static const QHash<QString, EntStatus> table = [] {
        // Keys of ENT protocol §3.2 and §3.4 with the French (fr.json) and English (en.json) texts behind them.
        const QList<std::pair<QString, EntStatus>> entries{
            {u"auth.error.authenticationFailed"_s, EntStatus::AuthenticationFailed},
            {u"L'identifiant ou le mot de passe est incorrect."_s, EntStatus::AuthenticationFailed},
            {u"Invalid login or password"_s, EntStatus::AuthenticationFailed},
            {u"auth.error.ban"_s, EntStatus::Banned},
            {u"Pour des raisons de sécurité, votre compte est bloqué temporairement suite à un trop grand nombre "
             u"de tentatives de connexion. Veuillez réessayer ultérieurement."_s,
             EntStatus::Banned},
            {u"auth.error.blockedUser"_s, EntStatus::BlockedUser},
            {u"L'administrateur de votre établissement a bloqué votre accès à votre réseau éducatif. "
             u"Veuillez le contacter."_s,
             EntStatus::BlockedUser},
            {u"auth.error.blockedProfileType"_s, EntStatus::BlockedProfile},
            {u"L'accès à votre réseau éducatif est temporairement bloqué pour votre profil d'utilisateur."_s,
             EntStatus::BlockedProfile},
            {u"auth.error.global"_s, EntStatus::PlatformUnavailable},
            {u"Votre réseau éducatif est momentanément indisponible, notre équipe fait le maximum pour résoudre "
             u"ces perturbations le plus rapidement possible."_s,
             EntStatus::PlatformUnavailable},
            {u"auth.error.otpDisabled"_s, EntStatus::OtpDisabled},
            {u"Mode d'authentification non autorisé"_s, EntStatus::OtpDisabled},
            {u"auth.error.activation.code"_s, EntStatus::ActivationCodeTyped},
            {u"auth.error.password.reset"_s, EntStatus::ResetCodeTyped},
            // OAuth2 error types and descriptions (ENT protocol §3.4): the kiosk's client registration is at fault.
            {u"invalid_client"_s, EntStatus::InvalidClient},
            {u"invalid_grant"_s, EntStatus::InvalidClient},
            {u"unsupported_grant_type"_s, EntStatus::InvalidClient},
            {u"Credential is invalid."_s, EntStatus::InvalidClient},
            {u"Refresh token is invalid."_s, EntStatus::InvalidClient},
            {u"quota_overflow"_s, EntStatus::QuotaOverflow},
        };
        QHash<QString, EntStatus> byText;
        for (const auto& [text, status] : entries)
            byText.insert(normalized(text), status);
        return byText;
    }();
    return table;
}

// The kiosk's date and time as the person reading the message would write them.
QString kioskClock()
{
    return QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
}

} // namespace

EntStatus entStatusFromErrorKey(const QString& keyOrText)
{
    return knownErrors().value(normalized(keyOrText), EntStatus::ServerMessage);
}

QString EntMessages::text(const EntResult& result)
{
    switch (result.status) {
    case EntStatus::Ok:
        return QString();
    case EntStatus::Unreachable:
        return tr("The ENT cannot be reached. Check the network connection or try again in a moment.");
    case EntStatus::Timeout:
        return tr("The ENT did not answer in time. Please try again in a moment.");
    case EntStatus::TlsError:
        switch (result.certificateDate) {
        case CertificateDate::NotYetValid:
            return tr("By this kiosk's clock (%1), the ENT's certificate is not valid yet: the kiosk's date or time "
                      "is wrong. Please tell the IT staff.")
                .arg(kioskClock());
        case CertificateDate::Expired:
            return tr("By this kiosk's clock (%1), the ENT's certificate has expired: the kiosk's date or time is "
                      "probably wrong. Please tell the IT staff.")
                .arg(kioskClock());
        case CertificateDate::Valid:
            break;
        }
        return tr("The connection to the ENT is not secure (certificate problem). Please tell the IT staff.");
    case EntStatus::MalformedReply:
        return tr("The ENT sent an answer that the kiosk does not understand. Please try again or tell the IT "
                  "staff.");
    case EntStatus::ServerError:
        return tr("The ENT has a technical problem. Please try again later.");
    case EntStatus::NotAuthenticated:
        return tr("You are not signed in, or your session has ended. Please sign in again.");
    case EntStatus::AuthenticationFailed:
        return tr("The identifier or the password is incorrect.");
    case EntStatus::Banned:
        return tr("For security reasons, your account is temporarily blocked after too many sign-in attempts. "
                  "Please try again later.");
    case EntStatus::BlockedUser:
        return tr("Your school's administrator has blocked your access to your educational network. Please "
                  "contact them.");
    case EntStatus::BlockedProfile:
        return tr("Access to your educational network is temporarily blocked for your user profile.");
    case EntStatus::PlatformUnavailable:
        return tr("Your educational network is temporarily unavailable. The team is doing its utmost to fix it as "
                  "quickly as possible.");
    case EntStatus::OtpDisabled:
        return tr("This sign-in method is not allowed.");
    case EntStatus::ActivationCodeTyped:
        return tr("You typed an activation code: your account is not activated yet. Activate it on the ENT "
                  "website first.");
    case EntStatus::ResetCodeTyped:
        return tr("You typed a password reset code. Choose your new password.");
    case EntStatus::QuotaOverflow:
        return tr("Too many people are connected to the ENT right now. Please try again in a few minutes.");
    case EntStatus::InvalidClient:
        return tr("The kiosk is not correctly registered with the ENT. Please tell the IT staff.");
    case EntStatus::ServerMessage:
        if (!result.serverMessage.trimmed().isEmpty())
            return result.serverMessage.trimmed();
        return tr("The ENT refused the request.");
    }
    return tr("The ENT refused the request.");
}

} // namespace LeoKiosk
