#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class PasswordHasher;
class PasswordPolicy;
class UserDirectory;

// `demo create`: two lycées with pupils and staff, among them adele.adams (Adèle Adams, ELEVE, 2nde 3) and a
// homonym whose login ends in 2. Each account gets a generated password, returned here to be shown once.
namespace DemoData {

struct Account
{
    QString login;
    QString name;
    QString profile;
    QString school;
    QString className;
    QByteArray password;
};

QList<Account> create(UserDirectory& users, const PasswordHasher& hasher, const PasswordPolicy& policy);

} // namespace DemoData
