#include "core/ent/EntStatus.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

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

QString EntMessages::formLine(const QString& line)
{
    // The keys of ENT Core's activation and password forms (AuthController.activeAccountSubmit, PhoneValidation), with
    // the texts of its fr.json and en.json, and of the reference server's bundles.
    enum class Line {
        Cgu, LoginMissing, CodeMissing, PasswordMissing, PasswordMismatch, PasswordFormat, MailMandatory, MailFormat,
        MailBlocked, PhoneMandatory, PhoneEmpty, PhoneFormat, PhoneNumber, PhoneNotMobile, PhonePremium, CodeInvalid,
        Duplicated
    };
    static const QHash<QString, Line> lines = [] {
        const QList<std::pair<QString, Line>> entries{
            {u"invalid.cgu"_s, Line::Cgu},
            {u"auth.activation.error.cgu"_s, Line::Cgu},
            {u"Vous devez accepter les conditions générales d'utilisation"_s, Line::Cgu},
            {u"You must accept the terms and conditions"_s, Line::Cgu},
            {u"auth.activation.error.login.missing"_s, Line::LoginMissing},
            {u"L'identifiant est requis."_s, Line::LoginMissing},
            {u"auth.activation.error.code.missing"_s, Line::CodeMissing},
            {u"Le code d'activation est requis."_s, Line::CodeMissing},
            {u"auth.activation.error.password.missing"_s, Line::PasswordMissing},
            {u"Le mot de passe est requis."_s, Line::PasswordMissing},
            {u"auth.activation.error.password.mismatch"_s, Line::PasswordMismatch},
            {u"Les deux mots de passe ne concordent pas."_s, Line::PasswordMismatch},
            {u"Passwords do not match."_s, Line::PasswordMismatch},
            {u"auth.activation.error.password.format"_s, Line::PasswordFormat},
            {u"Le mot de passe ne respecte pas les contraintes de sécurité."_s, Line::PasswordFormat},
            {u"Password does not meet security requirements."_s, Line::PasswordFormat},
            {u"auth.activation.error.email.mandatory"_s, Line::MailMandatory},
            {u"L'adresse email est obligatoire."_s, Line::MailMandatory},
            {u"Email address is required."_s, Line::MailMandatory},
            {u"auth.activation.error.email.format"_s, Line::MailFormat},
            {u"Le format de l'adresse email est invalide."_s, Line::MailFormat},
            {u"Email address format is invalid."_s, Line::MailFormat},
            {u"auth.activation.error.email.blocked"_s, Line::MailBlocked},
            {u"Cette adresse email n'est pas autorisée."_s, Line::MailBlocked},
            {u"auth.activation.error.phone.mandatory"_s, Line::PhoneMandatory},
            {u"Le numéro de téléphone mobile est obligatoire."_s, Line::PhoneMandatory},
            {u"Mobile phone number is required."_s, Line::PhoneMandatory},
            {u"phone.validation.error.empty"_s, Line::PhoneEmpty},
            {u"Le numéro de téléphone est requis."_s, Line::PhoneEmpty},
            {u"phone.validation.error.invalid.format"_s, Line::PhoneFormat},
            {u"Le format du numéro de téléphone est invalide."_s, Line::PhoneFormat},
            {u"Invalid phone number format."_s, Line::PhoneFormat},
            {u"auth.activation.error.phone.format"_s, Line::PhoneFormat},
            {u"phone.validation.error.invalid.number"_s, Line::PhoneNumber},
            {u"Ce numéro de téléphone n'est pas valide."_s, Line::PhoneNumber},
            {u"This phone number is not valid."_s, Line::PhoneNumber},
            {u"phone.validation.error.not.mobile"_s, Line::PhoneNotMobile},
            {u"Ce numéro n'est pas un numéro de mobile."_s, Line::PhoneNotMobile},
            {u"This number is not a mobile phone number."_s, Line::PhoneNotMobile},
            {u"phone.validation.error.premium.blocked"_s, Line::PhonePremium},
            {u"Les numéros surtaxés ne sont pas autorisés."_s, Line::PhonePremium},
            {u"Premium-rate numbers are not allowed."_s, Line::PhonePremium},
            {u"activation.error"_s, Line::CodeInvalid},
            {u"auth.activation.error.code.invalid"_s, Line::CodeInvalid},
            {u"Erreur lors de l'activation, veuillez vérifier votre identifiant et votre code d'activation."_s,
             Line::CodeInvalid},
            {u"activation.error.duplicated"_s, Line::Duplicated},
        };
        QHash<QString, Line> byText;
        for (const auto& [text, kind] : entries)
            byText.insert(normalized(text), kind);
        return byText;
    }();
    const QString trimmed = line.trimmed();
    const auto known = lines.constFind(normalized(trimmed));
    if (known == lines.cend()) {
        // A bare i18n key the ENT left untranslated (its en.json lacks many, ENT protocol §17 item 8): never shown.
        static const QRegularExpression bareKey(u"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+$"_s);
        if (bareKey.match(trimmed).hasMatch()) {
            const EntStatus status = entStatusFromErrorKey(trimmed);
            if (status != EntStatus::ServerMessage) {
                EntResult keyed;
                keyed.status = status;
                return text(keyed);
            }
            return tr("The ENT refused the request.");
        }
        return trimmed;
    }
    switch (*known) {
    case Line::Cgu:
        return tr("You must accept the terms of use.");
    case Line::LoginMissing:
        return tr("The identifier is missing.");
    case Line::CodeMissing:
        return tr("The activation code is missing.");
    case Line::PasswordMissing:
        return tr("Enter your new password.");
    case Line::PasswordMismatch:
        return tr("The two passwords are not the same.");
    case Line::PasswordFormat:
        return tr("The password does not follow the ENT's rule.");
    case Line::MailMandatory:
        return tr("The e-mail address is required.");
    case Line::MailFormat:
        return tr("The e-mail address is not valid. Check it, for example: prenom.nom@example.fr");
    case Line::MailBlocked:
        return tr("The ENT does not accept this e-mail address. Use another one.");
    case Line::PhoneMandatory:
    case Line::PhoneEmpty:
        return tr("The mobile phone number is required.");
    case Line::PhoneFormat:
    case Line::PhoneNumber:
        return tr("This phone number is not valid. Type a mobile number, for example 06 12 34 56 78.");
    case Line::PhoneNotMobile:
        return tr("This number is not a mobile phone number. Type a number that starts with 06 or 07.");
    case Line::PhonePremium:
        return tr("Premium-rate numbers are not allowed. Type your mobile phone number.");
    case Line::CodeInvalid:
        return tr("The activation code is wrong, or the account is already activated. Check your identifier and "
                  "your code.");
    case Line::Duplicated:
        return tr("Your account looks like a duplicate of another one, which prevents its activation. Please "
                  "contact your school's ENT administrator.");
    }
    return trimmed;
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
    case EntStatus::MfaRequired:
        //: The ENT asks this account (staff with admin functions) for a multi-factor check the kiosk cannot do
        return tr("The ENT asks for an extra security check before this. Finish it on the ENT website.");
    case EntStatus::CurrentPasswordRefused:
        //: The ENT answers the same refusal for a wrong current password and a temporarily blocked account
        return tr("The ENT did not accept the change: your current password is wrong, or your account is "
                  "temporarily blocked after too many attempts. Check your current password and try again in a few "
                  "minutes, or, on the sign-in screen, choose \"Need help?\" then \"Have you lost your password?\".");
    case EntStatus::ServerMessage:
        if (!result.serverMessage.trimmed().isEmpty()) {
            QStringList lines;
            for (const QString& line : result.serverMessage.split(u'\n', Qt::SkipEmptyParts)) {
                if (const QString text = formLine(line); !text.isEmpty() && !lines.contains(text))
                    lines.append(text);
            }
            if (!lines.isEmpty())
                return lines.join(u'\n');
        }
        return tr("The ENT refused the request.");
    }
    return tr("The ENT refused the request.");
}

} // namespace LeoKiosk
