#pragma once

#include "core/ent/EntStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace LeoKiosk {

// The privacy-safe journal's fixed vocabulary: what happened and how it ended, never who, from where
// or with what. Only these names reach the database; there is no way to store free text through the journal.
namespace Journal {

Q_NAMESPACE

enum class Event {
    SignIn,
    SignOut,
    IdleLogout,
    SessionLimit, // the absolute session cap (session_max) ended the session
    AdminExit,
    Activation,
    ForgotPassword,
    ForgotId,
    ResetPassword,
    ChangePassword,
    MailChange,
    EntUnreachable,
    StaffCode,      // a renewal code an adult made for a pupil at the kiosk (ENT protocol §18)
    StaffCodeReset, // a new password set with such a code, after the hand-over
};
Q_ENUM_NS(Event)

// The category of an outcome, never its detail: a refused sign-in is "refused" whether the identifier or the
// password was wrong.
enum class Outcome {
    Success,
    Refused,     // wrong identifier, password or code
    Blocked,     // the ENT refused the account itself: banned, blocked, quota
    Redirected,  // another flow takes over: the password typed was an activation or reset code
    Unreachable, // no answer: network, timeout, TLS
    ServerError, // the ENT answered, but not as the contract says, or with an error of its own
};
Q_ENUM_NS(Outcome)

struct Entry
{
    qint64 id = 0;
    Event event = Event::SignIn;
    Outcome outcome = Outcome::Success;
    qint64 durationMs = 0;
    QDateTime time; // UTC
};

struct Count
{
    Event event = Event::SignIn;
    Outcome outcome = Outcome::Success;
    int count = 0;
};

QString name(Event event);     // "sign-in", "idle-logout"…
QString name(Outcome outcome); // "success", "server-error"…
std::optional<Event> eventNamed(const QString& name);
std::optional<Outcome> outcomeNamed(const QString& name);

Outcome outcomeOf(EntStatus status);

} // namespace Journal

} // namespace LeoKiosk
