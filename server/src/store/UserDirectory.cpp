#include "store/UserDirectory.h"

#include "security/SecureRandom.h"
#include "store/OneTimeCodes.h"
#include "store/PasswordHistory.h"
#include "store/SessionStore.h"
#include "store/Store.h"
#include "store/TokenStore.h"

#include <algorithm>
#include <string>

namespace LeoEnt {

namespace {

constexpr std::string_view selectUsers =
    "SELECT u.id, u.login, u.first_name, u.last_name, u.profile, u.school_id, s.name, u.class_id, c.name, u.email, "
    "u.mobile, u.password_hash, u.blocked, u.force_change_password, u.need_revalidate_terms, "
    "EXISTS (SELECT 1 FROM activation_codes a WHERE a.user_id = u.id), u.federated, u.admin_local, "
    "(SELECT group_concat(k.id || char(31) || k.name, char(30)) FROM user_classes m JOIN classes k ON k.id = m.class_id "
    "WHERE m.user_id = u.id) "
    "FROM users u LEFT JOIN schools s ON s.id = u.school_id LEFT JOIN classes c ON c.id = u.class_id ";

QString nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QString() : text;
}

} // namespace

UserDirectory::UserDirectory(Store& store) : m_store(store) {}

UserDirectory::~UserDirectory() = default;

UserRecord UserDirectory::read(const SqlCipher::Statement& row)
{
    UserRecord user;
    user.id = row.columnText(0);
    user.login = row.columnText(1);
    user.firstName = row.columnText(2);
    user.lastName = row.columnText(3);
    user.profile = Profiles::parse(row.columnText(4)).value_or(Profile::Student);
    user.schoolId = row.columnText(5);
    user.schoolName = row.columnText(6);
    user.classId = row.columnText(7);
    user.className = row.columnText(8);
    user.email = row.columnText(9);
    user.mobile = row.columnText(10);
    user.passwordHash = row.columnText(11).toLatin1();
    user.blocked = row.columnInt(12) != 0;
    user.forceChangePassword = row.columnInt(13) != 0;
    user.needRevalidateTerms = row.columnInt(14) != 0;
    user.activationPending = row.columnInt(15) != 0;
    user.federated = row.columnInt(16) != 0;
    user.adminLocal = row.columnInt(17) != 0;
    if (!user.classId.isEmpty()) {
        user.classIds.append(user.classId);
        user.classNames.append(user.className);
    }
    QList<QStringList> others;
    for (const QString& pair : row.columnText(18).split(QChar(30), Qt::SkipEmptyParts))
        others.append(pair.split(QChar(31)));
    std::sort(others.begin(), others.end(),
              [](const QStringList& a, const QStringList& b) { return a.value(1) < b.value(1); });
    for (const QStringList& other : others) {
        if (other.size() == 2 && !user.classIds.contains(other[0])) {
            user.classIds.append(other[0]);
            user.classNames.append(other[1]);
        }
    }
    if (user.classId.isEmpty() && !user.classIds.isEmpty()) {
        user.classId = user.classIds.constFirst();
        user.className = user.classNames.constFirst();
    }
    return user;
}

std::optional<UserRecord> UserDirectory::findOne(const char* where, const QString& value)
{
    return m_store.transaction([&](SqlCipher::Database& db) -> std::optional<UserRecord> {
        auto select = db.prepare(std::string(selectUsers) + where);
        select.bindText(1, value);
        if (!select.step())
            return std::nullopt;
        return read(select);
    });
}

std::optional<UserRecord> UserDirectory::findByLogin(const QString& login)
{
    return findOne("WHERE u.login = ?1", login);
}

std::optional<UserRecord> UserDirectory::findById(const QString& id)
{
    return findOne("WHERE u.id = ?1", id);
}

QList<UserRecord> UserDirectory::list()
{
    return m_store.transaction([](SqlCipher::Database& db) {
        QList<UserRecord> users;
        auto select =
            db.prepare(std::string(selectUsers) + "ORDER BY s.name, c.name, u.last_name, u.first_name, u.login");
        while (select.step())
            users.append(read(select));
        return users;
    });
}

QList<UserRecord> UserDirectory::classMembers(const QString& classId)
{
    return m_store.transaction([&](SqlCipher::Database& db) {
        QList<UserRecord> users;
        auto select = db.prepare(std::string(selectUsers) +
                                 "WHERE u.class_id = ?1 OR EXISTS (SELECT 1 FROM user_classes m WHERE m.user_id = u.id "
                                 "AND m.class_id = ?1) ORDER BY u.profile, u.last_name, u.first_name, u.login");
        select.bindText(1, classId);
        while (select.step())
            users.append(read(select));
        return users;
    });
}

std::optional<QString> UserDirectory::schoolOfClass(const QString& classId)
{
    return m_store.transaction([&](SqlCipher::Database& db) -> std::optional<QString> {
        auto select = db.prepare("SELECT school_id FROM classes WHERE id = ?1");
        if (!select.bindText(1, classId).step())
            return std::nullopt;
        return select.columnText(0);
    });
}

bool UserDirectory::loginExists(const QString& login)
{
    return m_store.transaction([&](SqlCipher::Database& db) {
        return db.prepare("SELECT 1 FROM users WHERE login = ?1").bindText(1, login).step();
    });
}

QString UserDirectory::schoolId(SqlCipher::Database& db, const QString& nameOrUai)
{
    auto select = db.prepare("SELECT id FROM schools WHERE uai = ?1 OR name = ?1");
    if (select.bindText(1, nameOrUai).step())
        return select.columnText(0);
    const QString id = SecureRandom::uuid();
    db.prepare("INSERT INTO schools (id, name, created_at) VALUES (?1, ?2, ?3)")
        .bindText(1, id)
        .bindText(2, nameOrUai)
        .bindInt(3, Store::now())
        .run();
    return id;
}

QString UserDirectory::classId(SqlCipher::Database& db, const QString& schoolId, const QString& name)
{
    auto select = db.prepare("SELECT id FROM classes WHERE school_id = ?1 AND name = ?2");
    if (select.bindText(1, schoolId).bindText(2, name).step())
        return select.columnText(0);
    const QString id = SecureRandom::uuid();
    db.prepare("INSERT INTO classes (id, school_id, name) VALUES (?1, ?2, ?3)")
        .bindText(1, id)
        .bindText(2, schoolId)
        .bindText(3, name)
        .run();
    return id;
}

void UserDirectory::addSchool(const QString& name, const QString& uai)
{
    m_store.transaction([&](SqlCipher::Database& db) {
        db.prepare("INSERT INTO schools (id, name, uai, created_at) VALUES (?1, ?2, ?3, ?4) "
                   "ON CONFLICT (name) DO UPDATE SET uai = excluded.uai")
            .bindText(1, SecureRandom::uuid())
            .bindText(2, name)
            .bindText(3, nullIfEmpty(uai))
            .bindInt(4, Store::now())
            .run();
    });
}

UserDirectory::Saved UserDirectory::save(const Draft& draft)
{
    return m_store.transaction([&](SqlCipher::Database& db) {
        const QString school = draft.school.isEmpty() ? QString() : schoolId(db, draft.school);
        const QString schoolClass =
            school.isEmpty() || draft.className.isEmpty() ? QString() : classId(db, school, draft.className);
        // Both statements number the draft's fields alike, ?1 to ?8, so that one binding serves them.
        const auto bindDraft = [&](SqlCipher::Statement& statement) -> SqlCipher::Statement& {
            return statement.bindText(1, draft.login)
                .bindText(2, draft.firstName)
                .bindText(3, draft.lastName)
                .bindText(4, Profiles::name(draft.profile))
                .bindText(5, school)
                .bindText(6, schoolClass)
                .bindText(7, nullIfEmpty(draft.email))
                .bindText(8, nullIfEmpty(draft.mobile));
        };
        auto update = db.prepare("UPDATE users SET first_name = ?2, last_name = ?3, profile = ?4, school_id = ?5, "
                                 "class_id = ?6, email = ?7, mobile = ?8 WHERE login = ?1");
        bindDraft(update).run();
        Saved saved = Saved::Updated;
        if (db.changes() == 0) {
            auto insert = db.prepare("INSERT INTO users (login, first_name, last_name, profile, school_id, class_id, "
                                     "email, mobile, id, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
            bindDraft(insert).bindText(9, SecureRandom::uuid()).bindInt(10, Store::now()).run();
            saved = Saved::Created;
        }
        auto select = db.prepare("SELECT id FROM users WHERE login = ?1");
        select.bindText(1, draft.login).step();
        const QString id = select.columnText(0);
        select.reset();
        db.prepare("DELETE FROM user_classes WHERE user_id = ?1").bindText(1, id).run();
        for (const QString& name : draft.otherClasses) {
            if (school.isEmpty() || name.isEmpty())
                continue;
            const QString other = classId(db, school, name);
            if (other != schoolClass)
                db.prepare("INSERT OR IGNORE INTO user_classes (user_id, class_id) VALUES (?1, ?2)")
                    .bindText(1, id)
                    .bindText(2, other)
                    .run();
        }
        return saved;
    });
}

bool UserDirectory::setPasswordHash(const QString& login, const QByteArray& hash)
{
    return m_store.transaction([&](SqlCipher::Database& db) {
        auto select = db.prepare("SELECT id FROM users WHERE login = ?1");
        if (!select.bindText(1, login).step())
            return false;
        const QString id = select.columnText(0);
        select.reset();
        PasswordHistory::replacePassword(db, id, hash);
        return true;
    });
}

bool UserDirectory::setEmail(const QString& login, const QString& email)
{
    return m_store.transaction([&](SqlCipher::Database& db) {
        db.prepare("UPDATE users SET email = ?2 WHERE login = ?1")
            .bindText(1, login)
            .bindText(2, nullIfEmpty(email))
            .run();
        return db.changes() > 0;
    });
}

bool UserDirectory::setBlocked(const QString& login, bool blocked)
{
    return m_store.transaction([&](SqlCipher::Database& db) {
        db.prepare("UPDATE users SET blocked = ?2 WHERE login = ?1").bindText(1, login).bindInt(2, blocked).run();
        if (db.changes() == 0)
            return false;
        if (blocked) {
            auto select = db.prepare("SELECT id FROM users WHERE login = ?1");
            select.bindText(1, login).step();
            const QString id = select.columnText(0);
            select.reset();
            SessionStore::dropAllOf(db, id);
            TokenStore::revokeAllOf(db, id);
            OneTimeCodes::clear(db, id, OneTimeCodes::Kind::Reset);
        }
        return true;
    });
}

bool UserDirectory::setFederated(const QString& login, bool federated)
{
    return m_store.transaction([&](SqlCipher::Database& db) {
        db.prepare("UPDATE users SET federated = ?2 WHERE login = ?1").bindText(1, login).bindInt(2, federated).run();
        return db.changes() > 0;
    });
}

bool UserDirectory::setFlag(const QString& login, Flag flag, bool on)
{
    const std::string column = flag == Flag::ForceChangePassword ? "force_change_password"
                               : flag == Flag::AdminLocal        ? "admin_local"
                                                                 : "need_revalidate_terms"; // constants only
    return m_store.transaction([&](SqlCipher::Database& db) {
        db.prepare("UPDATE users SET " + column + " = ?2 WHERE login = ?1").bindText(1, login).bindInt(2, on).run();
        return db.changes() > 0;
    });
}

UserDirectory::ActivationCode
UserDirectory::setActivationCode(const QString& login, const QString& code, const OneTimeCodes& codes)
{
    return m_store.transaction([&](SqlCipher::Database& db) {
        auto select = db.prepare("SELECT id, password_hash IS NOT NULL FROM users WHERE login = ?1");
        if (!select.bindText(1, login).step())
            return ActivationCode::UnknownLogin;
        const QString id = select.columnText(0);
        const bool hasPassword = select.columnInt(1) != 0;
        select.reset();
        if (hasPassword)
            return ActivationCode::AlreadyActivated;
        codes.issue(db, id, code);
        return ActivationCode::Issued;
    });
}

} // namespace LeoEnt
