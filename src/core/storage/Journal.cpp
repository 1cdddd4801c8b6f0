#include "core/storage/Journal.h"

#include <QMetaEnum>

namespace LeoKiosk {

namespace Journal {

namespace {

// SignIn -> "sign-in": the enumerator's own name, so the vocabulary is written once.
template <typename E> QString kebabName(E value)
{
    const QString key = QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(value)));
    QString out;
    for (const QChar c : key) {
        if (c.isUpper() && !out.isEmpty())
            out += u'-';
        out += c.toLower();
    }
    return out;
}

template <typename E> std::optional<E> fromKebabName(const QString& name)
{
    const QMetaEnum meta = QMetaEnum::fromType<E>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        const auto value = E(meta.value(i));
        if (kebabName(value) == name)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString name(Event event)
{
    return kebabName(event);
}

QString name(Outcome outcome)
{
    return kebabName(outcome);
}

std::optional<Event> eventNamed(const QString& name)
{
    return fromKebabName<Event>(name);
}

std::optional<Outcome> outcomeNamed(const QString& name)
{
    return fromKebabName<Outcome>(name);
}

Outcome outcomeOf(EntStatus status)
{
    switch (status) {
    case EntStatus::Ok:
        return Outcome::Success;
    case EntStatus::AuthenticationFailed:
    case EntStatus::ServerMessage: // the ENT's own refusal: a new password against its rule, a wrong code…
    case EntStatus::CurrentPasswordRefused:
        return Outcome::Refused;
    case EntStatus::Banned:
    case EntStatus::BlockedUser:
    case EntStatus::BlockedProfile:
    case EntStatus::QuotaOverflow:
        return Outcome::Blocked;
    case EntStatus::ActivationCodeTyped:
    case EntStatus::ResetCodeTyped:
    case EntStatus::MfaRequired:
        return Outcome::Redirected;
    case EntStatus::Unreachable:
    case EntStatus::Timeout:
    case EntStatus::TlsError:
        return Outcome::Unreachable;
    case EntStatus::MalformedReply:
    case EntStatus::ServerError:
    case EntStatus::NotAuthenticated:
    case EntStatus::PlatformUnavailable:
    case EntStatus::OtpDisabled:
    case EntStatus::InvalidClient:
        return Outcome::ServerError;
    }
    return Outcome::ServerError;
}

} // namespace Journal

} // namespace LeoKiosk
