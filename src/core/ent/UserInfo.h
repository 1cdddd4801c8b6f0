#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace LeoKiosk {

// The signed-in user as described by GET /auth/oauth2/userinfo (v1.0, ENT protocol §3.5).
struct UserInfo
{
    QString userId;
    QString login;
    QString displayName; // "username"
    QString firstName;
    QString lastName;
    QString type;        // ELEVE, ENSEIGNANT, PERSRELELEVE, PERSEDUCNAT, SUPERADMIN
    QStringList schools; // structureNames, or schoolName for OAuth clients
    QStringList classes; // the classes' names: realClassesNames, else classNames (classId for OAuth clients) without
                         // their structure part
    // The classes by id (userinfo `classes`, internal ids) with their names (the same index of `classNames`), for
    // GET /directory/class/:classId/users (ENT protocol §18.4); empty for an OAuth client under userinfo v1.0.
    QStringList classIds;
    QStringList classIdNames;
    QString email;
    bool forceChangePassword = false;
    bool needRevalidateTerms = false;

    // A Teacher or Personnel account: the ones ENT Core lets make a renewal code for a pupil of their class (§18.2).
    bool isAdult() const { return type == u"ENSEIGNANT" || type == u"PERSEDUCNAT"; }
    bool isValid() const { return !login.isEmpty() || !userId.isEmpty(); }
    QString fullName() const;
    static UserInfo fromJson(const QJsonObject& json);
    // "0750001A$1ERE S2" -> "1ERE S2"; a name without "$" stays as it is.
    static QString classDisplayName(const QString& externalId);
};

// GET /auth/user/requirements.
struct Requirements
{
    bool forceChangePassword = false;
    bool needRevalidateTerms = false;
    bool needRevalidateEmail = false;
    bool needRevalidateMobile = false;
    bool needMfa = false;

    static Requirements fromJson(const QJsonObject& json);
};

} // namespace LeoKiosk
