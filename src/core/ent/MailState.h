#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace LeoKiosk {

// The verification state of the recovery e-mail address, as GET and POST /directory/user/mailstate give it
// (ENT protocol §16.1, §16.3, §16.5, §16.6).
struct MailValidation
{
    enum class State { Unchecked, Pending, Outdated, Valid };

    State state = State::Unchecked;
    QString valid;   // the last address proven by a code; "" when there is none (the field may be missing)
    QString pending; // the address waiting for its code (GET only)
    std::optional<int> ttlSeconds; // remaining lifetime of the code
    std::optional<int> tries;      // remaining tries

    bool triesExhausted() const { return state == State::Outdated && tries == 0; }
    bool expired() const { return state == State::Outdated && tries.value_or(0) > 0 && ttlSeconds == 0; }

    // nullopt when `state` is not one of the four strings the contract names.
    static std::optional<MailValidation> fromJson(const QJsonObject& json);
};

// GET /directory/user/mailstate.
struct MailState
{
    QString email;             // the current address, "" when none
    MailValidation validation; // Unchecked when the ENT sent null (no validation ever started)
    int waitInSeconds = 10;    // how long the ENT suggests waiting before expecting the mail

    // The kiosk's rule (ENT protocol §16.15): the current address is the one last proven, ignoring case.
    bool isVerified() const;

    static std::optional<MailState> fromJson(const QJsonObject& json);
};

// An address as the shared kiosk screen shows it (ENT protocol §16.15: "mask the addresses on screen"): the local part
// cut down to its first and last characters around "…", the domain kept, like ENT Core's old masked contacts
// (ENT protocol §12): « a…s@exemple.fr ». A local part of one or two characters keeps only its first, so that
// nothing is shown whole; a string without '@' is masked as a local part.
QString maskedMailAddress(const QString& address);

} // namespace LeoKiosk
