#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace LeoEnt {

class CsvReader;
class OneTimeCodes;
class UserDirectory;

// `users import`: the rows of a CSV file turned into accounts. The header names the columns login, first_name,
// last_name, profile, school, class, email, mobile (any order, any case) and optionally activation_code. Each row is
// checked (the login, the names, the profile, the class's school, the e-mail address, the activation code), then its
// account created or updated; an activation code is stored hashed and leaves the account without a password until
// it is activated (ENT protocol §3.2).
class UserImport final
{
public:
    struct Rejection
    {
        int line = 0; // where the record starts, from 1
        QString reason;
    };
    struct Outcome
    {
        int created = 0;
        int updated = 0;
        QList<Rejection> rejected;
        QStringList newLogins; // created without an activation code: they have no password yet
    };

    // Why the file cannot be imported at all (not read, empty, a column missing), or an empty string.
    static QString fileProblem(const CsvReader& csv);

    UserImport(UserDirectory& users, const OneTimeCodes& activationCodes);
    ~UserImport();
    UserImport(const UserImport&) = delete;
    UserImport& operator=(const UserImport&) = delete;

    // Every record after the header, in order; a file with a problem imports nothing.
    Outcome run(const CsvReader& csv);

private:
    QString refusal(const QStringList& header, const QStringList& fields);

    UserDirectory& m_users;
    const OneTimeCodes& m_activationCodes;
};

} // namespace LeoEnt
