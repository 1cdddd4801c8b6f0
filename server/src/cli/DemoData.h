#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace LeoEnt {

class OneTimeCodes;
class PasswordHasher;
class PasswordPolicy;
class UserDirectory;

// `demo create`: two lycées with pupils and staff, among them adele.adams (Adèle Adams, ELEVE, 2nde 3) and a
// homonym whose login ends in 2. Each account gets a generated password, returned here to be shown once, except
// zoe.roux, a pupil not yet activated, who gets an activation code instead. The staff (ENSEIGNANT, PERSEDUCNAT)
// can create renewal codes for the pupils of their school.
namespace DemoData {

struct Account
{
    QString login;
    QString name;
    QString profile;
    QString school;
    QString className;
    QByteArray password;    // empty for an account waiting for its activation
    QString activationCode; // set instead of the password
};

QList<Account> create(UserDirectory& users,
                      const PasswordHasher& hasher,
                      const PasswordPolicy& policy,
                      const OneTimeCodes& activationCodes);

} // namespace DemoData

} // namespace LeoEnt
