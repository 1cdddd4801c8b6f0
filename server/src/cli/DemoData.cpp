#include "cli/DemoData.h"

#include "common/Failure.h"
#include "domain/LoginMaker.h"
#include "domain/PasswordPolicy.h"
#include "security/PasswordHasher.h"
#include "store/ResetCode.h"
#include "store/UserDirectory.h"

#include <array>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

struct School
{
    QString name;
    QString uai;
};

struct Person
{
    QString firstName;
    QString lastName;
    Profile profile;
    int school;
    QString className;
    QString email;
    QString mobile;
    bool activated = true; // false: an activation code instead of a password
    QStringList otherClasses = {}; // a teacher of several classes
    bool adminLocal = false;       // the school's local administrator (ADML)
};

} // namespace

namespace DemoData {

QList<Account> create(UserDirectory& users,
                      const PasswordHasher& hasher,
                      const PasswordPolicy& policy,
                      const OneTimeCodes& activationCodes)
{
    if (!users.list().isEmpty())
        fail(u"the database already has accounts: demo data goes into an empty database"_s);

    const std::array<School, 2> schools = {{
        {u"Lycée Jules Verne"_s, u"0800001A"_s}, // Amiens
        {u"Lycée Condorcet"_s, u"0020001B"_s},   // Saint-Quentin
    }};
    const std::array<Person, 10> people = {{
        {u"Adèle"_s, u"Adams"_s, Profile::Student, 0, u"2nde 3"_s, u"adele.adams@example.org"_s, u"0600000001"_s},
        {u"Noé"_s, u"Lefèvre"_s, Profile::Student, 0, u"2nde 3"_s, {}, {}},
        {u"Lucas"_s, u"Martin"_s, Profile::Student, 0, u"1re 2"_s, u"lucas.martin@example.org"_s, {}},
        {u"Hélène"_s, u"Durand"_s, Profile::Teacher, 0, u"2nde 3"_s, u"helene.durand@example.org"_s, {}, true,
         {u"1re 2"_s}},
        {u"Yasmine"_s, u"Benali"_s, Profile::Personnel, 0, u"2nde 3"_s, u"yasmine.benali@example.org"_s, {}},
        {u"Lucas"_s, u"Martin"_s, Profile::Student, 1, u"Terminale 1"_s, {}, {}},
        {u"Inès"_s, u"Bernard"_s, Profile::Student, 1, u"2nde 1"_s, u"ines.bernard@example.org"_s, u"0600000002"_s},
        {u"François"_s, u"Petit"_s, Profile::Teacher, 1, u"Terminale 1"_s, {}, {}},
        {u"Zoé"_s, u"Roux"_s, Profile::Student, 0, u"2nde 3"_s, {}, {}, false},
        {u"Marc"_s, u"Lambert"_s, Profile::Personnel, 0, {}, u"marc.lambert@example.org"_s, {}, true, {}, true},
    }};

    for (const School& school : schools)
        users.addSchool(school.name, school.uai);
    QList<Account> accounts;
    for (const Person& person : people) {
        const QString& school = schools[static_cast<std::size_t>(person.school)].name;
        const QString login = LoginMaker::make(person.firstName, person.lastName,
                                               [&](const QString& candidate) { return users.loginExists(candidate); });
        users.save({login, person.firstName, person.lastName, person.profile, school, person.className, person.email,
                    person.mobile, person.otherClasses});
        if (person.adminLocal)
            users.setFlag(login, UserDirectory::Flag::AdminLocal, true);
        Account account{login,
                        person.firstName + u' ' + person.lastName,
                        Profiles::entCode(person.profile),
                        school,
                        (QStringList{person.className} + person.otherClasses).join(u", "_s),
                        {},
                        {},
                        person.adminLocal};
        if (person.activated) {
            account.password = policy.generate();
            users.setPasswordHash(login, hasher.hash(account.password));
        } else {
            account.activationCode = ResetCode::generate();
            users.setActivationCode(login, account.activationCode, activationCodes);
        }
        accounts.append(std::move(account));
    }
    return accounts;
}

} // namespace DemoData

} // namespace LeoEnt
