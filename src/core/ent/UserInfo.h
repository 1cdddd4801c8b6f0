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
    QStringList classes; // classNames, or classId for OAuth clients
    QString email;
    bool forceChangePassword = false;
    bool needRevalidateTerms = false;

    bool isValid() const { return !login.isEmpty() || !userId.isEmpty(); }
    QString fullName() const;
    static UserInfo fromJson(const QJsonObject& json);
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
