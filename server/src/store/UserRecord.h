#pragma once

#include "store/Profile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace LeoEnt {

// One account as stored, with its school and class names resolved.
struct UserRecord
{
    QString id; // UUID
    QString login;
    QString firstName;
    QString lastName;
    Profile profile = Profile::Student;
    QString schoolId;
    QString schoolName;
    QString classId;   // the first class (a pupil's only one)
    QString className;
    QStringList classIds;   // every class, the first one first (ENT Core's userinfo `classes`)
    QStringList classNames; // their names, in the same order
    QString email;
    QString mobile;
    QByteArray passwordHash; // argon2id string; empty when no password was ever set
    bool blocked = false;
    bool forceChangePassword = false;
    bool needRevalidateTerms = false;
    bool activationPending = false; // an activation code waits: the account has no password and is not activated
    bool federated = false; // signed in once through an identity federation (EduConnect): ENT Core's `federated`
    bool adminLocal = false; // an admin function (ENT Core's ADMIN_LOCAL): MFA applies when auth/mfa_types is set

    bool inClass(const QString& id) const { return !id.isEmpty() && classIds.contains(id); }
    bool isStaff() const { return profile == Profile::Teacher || profile == Profile::Personnel; }

    QString displayName() const { return firstName + u' ' + lastName; }
};

} // namespace LeoEnt
