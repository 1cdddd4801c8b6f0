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
// zoe.roux, a pupil not yet activated, who gets an activation code instead; noe.lefevre has no personal e-mail.
// Renewal codes as in ENT Core (ENT protocol §18.2): helene.durand teaches 2nde 3 and 1re 2, yasmine.benali (the CPE)
// belongs to 2nde 3, francois.petit teaches in the other lycée, and marc.lambert is the ADML of Lycée Jules Verne.
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
    bool adminLocal = false; // the school's local administrator (ADML)
};

QList<Account> create(UserDirectory& users,
                      const PasswordHasher& hasher,
                      const PasswordPolicy& policy,
                      const OneTimeCodes& activationCodes);

} // namespace DemoData

} // namespace LeoEnt
