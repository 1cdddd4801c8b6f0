#include "store/PasswordHistory.h"

#include "security/PasswordHasher.h"
#include "store/OneTimeCodes.h"
#include "store/Store.h"

#include <QList>

#include <algorithm>

namespace LeoEnt {

PasswordHistory::PasswordHistory(Store& store, const PasswordHasher& hasher, int length)
    : m_store(store), m_hasher(hasher), m_length(length)
{
}

bool PasswordHistory::contains(const QString& userId, const QByteArray& password) const
{
    const QList<QByteArray> hashes = m_store.transaction([&](SqlCipher::Database& db) {
        QList<QByteArray> found;
        auto current = db.prepare("SELECT password_hash FROM users WHERE id = ?1 AND password_hash IS NOT NULL");
        if (current.bindText(1, userId).step())
            found.append(current.columnText(0).toLatin1());
        auto previous =
            db.prepare("SELECT password_hash FROM password_history WHERE user_id = ?1 ORDER BY id DESC LIMIT ?2");
        previous.bindText(1, userId).bindInt(2, m_length - 1);
        while (previous.step())
            found.append(previous.columnText(0).toLatin1());
        return found;
    });
    return std::any_of(hashes.begin(), hashes.end(),
                       [&](const QByteArray& hash) { return m_hasher.verify(hash, password); });
}

void PasswordHistory::replacePassword(SqlCipher::Database& db, const QString& userId, const QByteArray& hash)
{
    db.prepare("INSERT INTO password_history (user_id, password_hash) "
               "SELECT id, password_hash FROM users WHERE id = ?1 AND password_hash IS NOT NULL")
        .bindText(1, userId)
        .run();
    db.prepare("DELETE FROM password_history WHERE user_id = ?1 AND id NOT IN "
               "(SELECT id FROM password_history WHERE user_id = ?1 ORDER BY id DESC LIMIT ?2)")
        .bindText(1, userId)
        .bindInt(2, kept)
        .run();
    db.prepare("UPDATE users SET password_hash = ?2, password_changed_at = ?3 WHERE id = ?1")
        .bindText(1, userId)
        .bindText(2, QString::fromLatin1(hash))
        .bindInt(3, Store::now())
        .run();
    OneTimeCodes::clear(db, userId, OneTimeCodes::Kind::Activation); // a password activates the account
}

} // namespace LeoEnt
