#pragma once

#include "store/UserRecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace SqlCipher {
class Database;
class Statement;
}

namespace LeoEnt {

class OneTimeCodes;
class Store;

// Accounts, schools and classes. Logins are matched exactly (ENT Core does not fold case).
class UserDirectory final
{
public:
    // One account as given to the admin CLI; school and class are created on first use.
    struct Draft
    {
        QString login;
        QString firstName;
        QString lastName;
        Profile profile = Profile::Student;
        QString school; // name or UAI of the school
        QString className;
        QString email;
        QString mobile;
        QStringList otherClasses = {}; // the classes the account also belongs to (a teacher of several classes)
    };

    enum class Saved { Created, Updated };
    enum class Flag { ForceChangePassword, NeedRevalidateTerms, AdminLocal };
    enum class ActivationCode { Issued, AlreadyActivated, UnknownLogin };

    explicit UserDirectory(Store& store);
    ~UserDirectory();
    UserDirectory(const UserDirectory&) = delete;
    UserDirectory& operator=(const UserDirectory&) = delete;

    std::optional<UserRecord> findByLogin(const QString& login);
    std::optional<UserRecord> findById(const QString& id);
    QList<UserRecord> list();
    bool loginExists(const QString& login);
    // The accounts of a class (its pupils, teachers and personnel), by profile then last name.
    QList<UserRecord> classMembers(const QString& classId);
    std::optional<QString> schoolOfClass(const QString& classId); // none: no such class

    Saved save(const Draft& draft);
    void addSchool(const QString& name, const QString& uai);
    bool setPasswordHash(const QString& login, const QByteArray& hash); // the previous one goes to the history
    bool setEmail(const QString& login, const QString& email);          // empty: none
    bool setBlocked(const QString& login, bool blocked); // blocking also ends its sessions, tokens and reset code
    bool setFlag(const QString& login, Flag flag, bool on);
    // ENT Core sets `federated` on an account after a sign-in through an identity federation (EduConnect); here staff
    // set it (`users set-flag LOGIN federated on`). Under [auth] check_federated_login the password is then refused.
    bool setFederated(const QString& login, bool federated);
    // A new activation code (replacing a pending one) for an account that never had a password.
    ActivationCode setActivationCode(const QString& login, const QString& code, const OneTimeCodes& codes);

private:
    std::optional<UserRecord> findOne(const char* where, const QString& value);
    static UserRecord read(const SqlCipher::Statement& row);
    static QString schoolId(SqlCipher::Database& db, const QString& nameOrUai);
    static QString classId(SqlCipher::Database& db, const QString& schoolId, const QString& name);

    Store& m_store;
};

} // namespace LeoEnt
