#include "core/storage/LocalDatabase.h"

#include "sqlcipher/Database.h"
#include "sqlcipher/Error.h"
#include "sqlcipher/Transaction.h"

#include <QJsonDocument>

#include <sqlite3.h>

#include <array>
#include <string_view>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

// migrations[i] takes the schema from version i to i + 1. Never edit a released entry: append a new one.
// The CHECKs keep the journal to the vocabulary's shape (lower-case words and hyphens), whatever a future caller
// tries to write.
constexpr std::array<std::string_view, 1> migrations{
    R"sql(
    CREATE TABLE auth_context (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        json     TEXT    NOT NULL,
        saved_at INTEGER NOT NULL
    );
    CREATE TABLE schools (
        structure_id TEXT    PRIMARY KEY,
        name         TEXT    NOT NULL,
        position     INTEGER NOT NULL
    );
    CREATE TABLE journal (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        event       TEXT    NOT NULL CHECK (length(event) BETWEEN 1 AND 32 AND event NOT GLOB '*[^a-z-]*'),
        outcome     TEXT    NOT NULL CHECK (length(outcome) BETWEEN 1 AND 32 AND outcome NOT GLOB '*[^a-z-]*'),
        duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),
        at          INTEGER NOT NULL
    );
    CREATE INDEX journal_at ON journal (at);
    )sql",
};

} // namespace

int LocalDatabase::schemaVersion()
{
    return int(migrations.size());
}

LocalDatabase::LocalDatabase(const QString& path, const QByteArray& rawKey)
    : m_db(std::make_unique<SqlCipher::Database>(path, rawKey))
{
    // FULL, so that a commit that returned survives a power cut too.
    m_db->execute("PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY;");
    m_db->migrate(migrations);
    if (const QString verdict = integrityCheck(); verdict != u"ok"_s)
        throw SqlCipher::Error(SQLITE_CORRUPT, "integrity check failed: " + verdict.toStdString());
}

LocalDatabase::~LocalDatabase() = default;

bool LocalDatabase::isUnreadable(const SqlCipher::Error& error)
{
    switch (error.code() & 0xff) { // extended codes keep the primary code in the low byte
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
    case SQLITE_MISUSE: // migrate(): the schema is newer than this program
        return true;
    default:
        return false;
    }
}

int LocalDatabase::userVersion()
{
    return m_db->userVersion();
}

QString LocalDatabase::integrityCheck()
{
    auto statement = m_db->prepare("PRAGMA integrity_check(1)");
    return statement.step() ? statement.columnText(0) : u"no answer"_s;
}

QString LocalDatabase::cipherVersion()
{
    return m_db->cipherVersion();
}

std::optional<QJsonObject> LocalDatabase::authContext()
{
    auto statement = m_db->prepare("SELECT json FROM auth_context WHERE id = 1");
    if (!statement.step())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(statement.columnText(0).toUtf8());
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

void LocalDatabase::setAuthContext(const QJsonObject& context, const QDateTime& savedAt)
{
    m_db->prepare("INSERT INTO auth_context (id, json, saved_at) VALUES (1, ?1, ?2) "
                  "ON CONFLICT (id) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at")
        .bindText(1, QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact)))
        .bindInt(2, savedAt.toMSecsSinceEpoch())
        .run();
}

QList<RecoveryStructure> LocalDatabase::schools()
{
    QList<RecoveryStructure> list;
    auto statement = m_db->prepare("SELECT structure_id, name FROM schools ORDER BY position");
    while (statement.step())
        list.append({statement.columnText(0), statement.columnText(1)});
    return list;
}

void LocalDatabase::setSchools(const QList<RecoveryStructure>& schools)
{
    SqlCipher::Transaction transaction(*m_db);
    m_db->execute("DELETE FROM schools");
    auto insert = m_db->prepare("INSERT OR REPLACE INTO schools (structure_id, name, position) VALUES (?1, ?2, ?3)");
    for (qsizetype i = 0; i < schools.size(); ++i) {
        insert.bindText(1, schools[i].structureId).bindText(2, schools[i].structureName).bindInt(3, i).run();
        insert.reset();
    }
    transaction.commit();
}

qint64 LocalDatabase::appendJournal(Journal::Event event,
                                    Journal::Outcome outcome,
                                    qint64 durationMs,
                                    const QDateTime& at,
                                    const QDateTime& purgeBefore)
{
    SqlCipher::Transaction transaction(*m_db);
    purgeJournal(purgeBefore);
    m_db->prepare("INSERT INTO journal (event, outcome, duration_ms, at) VALUES (?1, ?2, ?3, ?4)")
        .bindText(1, Journal::name(event))
        .bindText(2, Journal::name(outcome))
        .bindInt(3, qMax<qint64>(0, durationMs))
        .bindInt(4, at.toMSecsSinceEpoch())
        .run();
    const qint64 id = m_db->lastInsertRowId();
    transaction.commit();
    return id;
}

void LocalDatabase::purgeJournal(const QDateTime& before)
{
    m_db->prepare("DELETE FROM journal WHERE at < ?1").bindInt(1, before.toMSecsSinceEpoch()).run();
}

QList<Journal::Count> LocalDatabase::journalCounts(const QDateTime& since)
{
    QList<Journal::Count> counts;
    auto statement = m_db->prepare("SELECT event, outcome, count(*) FROM journal WHERE at >= ?1 "
                                   "GROUP BY event, outcome ORDER BY event, outcome");
    statement.bindInt(1, since.toMSecsSinceEpoch());
    while (statement.step()) {
        const std::optional<Journal::Event> event = Journal::eventNamed(statement.columnText(0));
        const std::optional<Journal::Outcome> outcome = Journal::outcomeNamed(statement.columnText(1));
        if (event && outcome) // a name a later version added: not this program's to count
            counts.append({*event, *outcome, int(statement.columnInt(2))});
    }
    return counts;
}

QList<Journal::Entry> LocalDatabase::journalEntries()
{
    QList<Journal::Entry> entries;
    auto statement = m_db->prepare("SELECT id, event, outcome, duration_ms, at FROM journal ORDER BY id");
    while (statement.step()) {
        const std::optional<Journal::Event> event = Journal::eventNamed(statement.columnText(1));
        const std::optional<Journal::Outcome> outcome = Journal::outcomeNamed(statement.columnText(2));
        if (!event || !outcome)
            continue;
        entries.append({statement.columnInt(0), *event, *outcome, statement.columnInt(3),
                        QDateTime::fromMSecsSinceEpoch(statement.columnInt(4), Qt::UTC)});
    }
    return entries;
}

qint64 LocalDatabase::journalSize()
{
    auto statement = m_db->prepare("SELECT count(*) FROM journal");
    statement.step();
    return statement.columnInt(0);
}

} // namespace LeoKiosk
