#pragma once

#include "core/ent/EntHtml.h"
#include "core/ent/EntStatus.h"
#include "core/ent/MailState.h"
#include "core/ent/UserInfo.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace LeoKiosk {

// What each of EntClient's calls answers: an EntResult (the outcome the GUI turns into a sentence with EntMessages)
// and, on success, what the route returned. Plain values, so that screens and the local store can hold them without
// the network client.

struct LoginResult : EntResult
{
    QString resetCode; // set with EntStatus::ResetCodeTyped when the ENT gave it (302 /auth/reset/<code>)
    // With EntStatus::ActivationCodeTyped from the web form: the account's e-mail and mobile as the activation page
    // carries them (not found with the OAuth2 grant, which says only auth.error.activation.code).
    EntHtml::ActivationAccount activationAccount;
};

struct UserInfoResult : EntResult
{
    UserInfo user;
};

struct RequirementsResult : EntResult
{
    Requirements requirements;
};

struct ContextResult : EntResult
{
    QJsonObject context; // GET /auth/context as sent
};

// Where the ENT sends a recovery message (the "service" of ENT protocol §3.8, §3.9).
enum class RecoveryService { Mail, Mobile };

struct PasswordChannelsResult : EntResult
{
    bool mobile = false; // an SMS provider is configured (false for anything but {"mobile":true}, ENT protocol §12)
};

// POST /auth/reset/match, /auth/activation/match.
struct CodeMatchResult : EntResult
{
    bool match = false;
};

// One school of a forgot-id answer that matched several accounts (ENT protocol §6): what the pupil picks from.
struct RecoveryStructure
{
    QString structureId;
    QString structureName;
};

struct ForgotIdResult : EntResult
{
    // Non-empty: ask the first name and the school, then ask again with them. Empty with Ok: show the neutral
    // sentence. Nothing else of the answer is kept (no masked mobile, no loginAlias or activationCode, ENT protocol
    // §8).
    QList<RecoveryStructure> structures;
};

struct ActivationResult : EntResult
{
    bool signedIn = false; // the ENT signed the account in (activationAutoLogin): the jar holds its session
};

struct RenewalCodeResult : EntResult
{
    QString renewalCode;
    bool notAllowed = false; // the ENT's resource check refused this adult for that account (401, ENT protocol §18.4)
};

// One row of GET /directory/class/:classId/users (ENT protocol §18.3).
struct ClassMember
{
    QString firstName;
    QString lastName;
    QString login; // originalLogin: what a renewal code is asked for
    QString type;  // Student, Teacher, Personnel, Relative, Guest
    bool activated = true;
    bool blocked = false;
};

struct ClassMembersResult : EntResult
{
    QList<ClassMember> members;
    bool notAllowed = false; // 401: not a class of this adult's (ENT protocol §18.3)
};

struct MailStateResult : EntResult
{
    MailState mailState;
};

// POST /directory/user/mailstate: Ok whenever the ENT judged the code; validation.state says how (a wrong code is
// Pending with fewer tries, ENT protocol §16.5).
struct MailCodeResult : EntResult
{
    MailValidation validation;
};

} // namespace LeoKiosk
