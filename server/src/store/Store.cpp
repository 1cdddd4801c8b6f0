#include "store/Store.h"

#include "security/SecureRandom.h"

#include <QDateTime>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <string_view>

namespace LeoEnt {

namespace {

constexpr std::string_view migrations[] = { // size deduced: a new migration is one more element
    R"sql(
CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
CREATE TABLE schools (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    uai TEXT UNIQUE,
    created_at INTEGER NOT NULL
);
CREATE TABLE classes (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    UNIQUE (school_id, name)
);
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    profile TEXT NOT NULL CHECK (profile IN ('Student', 'Teacher', 'Personnel', 'Relative')),
    school_id TEXT REFERENCES schools(id),
    class_id TEXT REFERENCES classes(id),
    email TEXT,
    mobile TEXT,
    password_hash TEXT,
    blocked INTEGER NOT NULL DEFAULT 0,
    force_change_password INTEGER NOT NULL DEFAULT 0,
    need_revalidate_terms INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    password_changed_at INTEGER
);
CREATE TABLE oauth_clients (
    id TEXT PRIMARY KEY,
    secret_hash BLOB NOT NULL,
    scopes TEXT NOT NULL,
    grant_types TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE oauth_authorizations (
    id INTEGER PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES oauth_clients(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    scope TEXT NOT NULL,
    refresh_hash BLOB NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);
CREATE INDEX oauth_authorizations_user ON oauth_authorizations(user_id);
CREATE TABLE oauth_access_tokens (
    token_hash BLOB PRIMARY KEY,
    authorization_id INTEGER NOT NULL REFERENCES oauth_authorizations(id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
);
CREATE INDEX oauth_access_tokens_authorization ON oauth_access_tokens(authorization_id);
CREATE INDEX oauth_access_tokens_expiry ON oauth_access_tokens(expires_at);
CREATE TABLE sessions (
    id_hash BLOB PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    xsrf_token TEXT,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
)sql",
    R"sql(
CREATE TABLE reset_codes (
    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    code_hash BLOB NOT NULL,
    expires_at INTEGER NOT NULL,
    failed_tries INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE password_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    password_hash TEXT NOT NULL
);
CREATE INDEX password_history_user ON password_history(user_id, id);
CREATE TABLE recovery_requests (
    key_hash BLOB NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX recovery_requests_key ON recovery_requests(key_hash, at);
CREATE INDEX recovery_requests_at ON recovery_requests(at);
CREATE TABLE outgoing_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL CHECK (channel IN ('mail', 'sms')),
    recipient TEXT NOT NULL,
    content BLOB NOT NULL,
    name TEXT NOT NULL UNIQUE,
    created_at_ms INTEGER NOT NULL,
    discard_after_ms INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms INTEGER NOT NULL
);
CREATE INDEX outgoing_messages_due ON outgoing_messages(next_attempt_ms, id);
)sql",
    R"sql(
CREATE TABLE activation_codes (
    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    code_hash BLOB NOT NULL,
    expires_at INTEGER,
    failed_tries INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE mail_validations (
    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    state INTEGER NOT NULL CHECK (state IN (-1, 1, 2)),
    valid TEXT,
    pending TEXT,
    code_hash BLOB,
    expires_at INTEGER,
    tries INTEGER,
    window_start INTEGER NOT NULL DEFAULT 0,
    requests INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX users_email ON users(lower(email));
)sql",
    R"sql(
CREATE TABLE login_failures (
    key_hash BLOB PRIMARY KEY,
    failures INTEGER NOT NULL,
    banned_until INTEGER NOT NULL DEFAULT 0,
    locked INTEGER NOT NULL DEFAULT 0,
    last_at INTEGER NOT NULL
);
CREATE INDEX login_failures_last ON login_failures(locked, last_at);
ALTER TABLE oauth_authorizations ADD COLUMN refresh_expires_at INTEGER;
CREATE TABLE oauth_rotated_refresh (
    refresh_hash BLOB PRIMARY KEY,
    authorization_id INTEGER NOT NULL REFERENCES oauth_authorizations(id) ON DELETE CASCADE
);
CREATE INDEX oauth_rotated_refresh_authorization ON oauth_rotated_refresh(authorization_id);
ALTER TABLE mail_validations ADD COLUMN failed_tries INTEGER NOT NULL DEFAULT 0;
)sql",
    // ENT Core's `federated`: the account signed in through an identity federation (EduConnect).
    R"sql(
ALTER TABLE users ADD COLUMN federated INTEGER NOT NULL DEFAULT 0;
)sql",
    // An admin function (ENT Core's ADMIN_LOCAL): MFA applies to the account when auth/mfa_types is set.
    R"sql(
ALTER TABLE users ADD COLUMN admin_local INTEGER NOT NULL DEFAULT 0;
)sql",
    // The classes an account belongs to besides users.class_id (a teacher of several classes): ENT Core's
    // (:User)-[:IN]->(:ProfileGroup)-[:DEPENDS]->(:Class), one row per class.
    R"sql(
CREATE TABLE user_classes (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, class_id)
);
CREATE INDEX user_classes_class ON user_classes(class_id);
)sql",
};

// The database and its -wal and -shm files are the server's alone: the database is created 0600 before SQLite
// opens it (SQLite gives the -wal and -shm files the database's mode), and an existing one is narrowed to 0600.
const QString& privateFile(const QString& path)
{
    if (path == SqlCipher::Database::inMemoryPath())
        return path;
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0) {
        struct stat info{};
        if (::fstat(fd, &info) == 0 && (info.st_mode & 077) != 0)
            ::fchmod(fd, 0600);
        ::close(fd);
    }
    for (const char* suffix : {"-wal", "-shm"})
        ::chmod(QByteArray(native + suffix).constData(), 0600); // when they exist
    return path;
}

} // namespace

Store::Store(const QString& path, const QByteArray& key) : m_db(privateFile(path), key)
{
    // Deleted rows (a delivered message and its code, a used code) are overwritten, not left in free pages.
    m_db.execute("PRAGMA secure_delete = ON");
    m_db.migrate(migrations);
}

Store::~Store() = default;

void Store::checkpoint()
{
    const std::lock_guard lock(m_mutex);
    m_db.execute("PRAGMA wal_checkpoint(TRUNCATE)");
}

QByteArray Store::cookieSigningKey()
{
    return secretKey("cookie_signing_key");
}

QByteArray Store::secretKey(const char* name)
{
    const QString setting = QString::fromLatin1(name);
    return transaction([&](SqlCipher::Database& db) {
        auto select = db.prepare("SELECT value FROM settings WHERE name = ?1");
        if (select.bindText(1, setting).step())
            return select.columnBlob(0);
        const QByteArray key = SecureRandom::bytes(32);
        db.prepare("INSERT INTO settings (name, value) VALUES (?1, ?2)").bindText(1, setting).bindBlob(2, key).run();
        return key;
    });
}

qint64 Store::now()
{
    return QDateTime::currentSecsSinceEpoch();
}

qint64 Store::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace LeoEnt
