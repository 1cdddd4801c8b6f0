#include "sqlcipher/Database.h"
#include "sqlcipher/Error.h"
#include "sqlcipher/Transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <array>
#include <span>
#include <string_view>

class TestSqlCipherDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithSqlCipher4();
    void wrongKeyFailsAtTheFirstRead();
    void fileIsNotPlainSqlite();
    void rejectsKeysOfTheWrongSize();
    void migrationsRunOnceInOrder();
    void refusesANewerSchema();
    void transactionRollsBackUnlessCommitted();
    void statementsBindAndReadEveryType();
    void prepareTakesOneStatement();
    void foreignKeysAreEnforced();

private:
    static QByteArray key(char fill) { return QByteArray(SqlCipher::Database::KeySize, fill); }
    QString path() const { return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".db"); }

    QTemporaryDir m_dir;
};

namespace {

constexpr std::array<std::string_view, 2> schema = {
    "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "ALTER TABLE items ADD COLUMN size INTEGER NOT NULL DEFAULT 0; INSERT INTO items (name) VALUES ('migrated')",
};

} // namespace

void TestSqlCipherDatabase::opensWithSqlCipher4()
{
    SqlCipher::Database db(SqlCipher::Database::inMemoryPath(), key('a'));
    QVERIFY(db.cipherVersion().startsWith(QLatin1String("4.")));
    QCOMPARE(db.userVersion(), 0);
}

void TestSqlCipherDatabase::wrongKeyFailsAtTheFirstRead()
{
    {
        SqlCipher::Database db(path(), key('a'));
        db.migrate(schema);
    }
    try {
        SqlCipher::Database db(path(), key('b'));
        QFAIL("a wrong key was accepted");
    } catch (const SqlCipher::Error& e) {
        QCOMPARE(e.code(), SQLITE_NOTADB);
    }
    SqlCipher::Database again(path(), key('a'));
    QCOMPARE(again.userVersion(), 2);
}

void TestSqlCipherDatabase::fileIsNotPlainSqlite()
{
    {
        SqlCipher::Database db(path(), key('a'));
        db.migrate(schema);
        db.prepare("INSERT INTO items (name) VALUES ('a secret name')").run();
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.startsWith("SQLite format 3"));
    QVERIFY(!content.contains("a secret name"));
}

void TestSqlCipherDatabase::rejectsKeysOfTheWrongSize()
{
    QVERIFY_THROWS_EXCEPTION(SqlCipher::Error, SqlCipher::Database(SqlCipher::Database::inMemoryPath(), QByteArray(16, 'a')));
}

void TestSqlCipherDatabase::migrationsRunOnceInOrder()
{
    SqlCipher::Database db(path(), key('a'));
    db.migrate(std::span(schema).first(1));
    QCOMPARE(db.userVersion(), 1);
    db.migrate(schema);
    db.migrate(schema); // nothing left to do: the INSERT of step 2 must not run again
    QCOMPARE(db.userVersion(), 2);
    auto count = db.prepare("SELECT count(*), max(size) FROM items");
    QVERIFY(count.step());
    QCOMPARE(count.columnInt(0), 1);
    QCOMPARE(count.columnInt(1), 0);
}

void TestSqlCipherDatabase::refusesANewerSchema()
{
    SqlCipher::Database db(path(), key('a'));
    db.migrate(schema);
    QVERIFY_THROWS_EXCEPTION(SqlCipher::Error, db.migrate(std::span(schema).first(1)));
}

void TestSqlCipherDatabase::transactionRollsBackUnlessCommitted()
{
    SqlCipher::Database db(SqlCipher::Database::inMemoryPath(), key('a'));
    db.migrate(schema);
    {
        SqlCipher::Transaction transaction(db);
        db.prepare("INSERT INTO items (name) VALUES ('dropped')").run();
    }
    try {
        SqlCipher::Transaction transaction(db);
        db.prepare("INSERT INTO items (name) VALUES ('dropped too')").run();
        db.prepare("INSERT INTO items (name) VALUES (NULL)").run(); // NOT NULL: throws
        transaction.commit();
    } catch (const SqlCipher::Error&) {
    }
    {
        SqlCipher::Transaction transaction(db);
        db.prepare("INSERT INTO items (name) VALUES ('kept')").run();
        transaction.commit();
    }
    auto names = db.prepare("SELECT group_concat(name) FROM items WHERE name <> 'migrated'");
    QVERIFY(names.step());
    QCOMPARE(names.columnText(0), QStringLiteral("kept"));
}

void TestSqlCipherDatabase::statementsBindAndReadEveryType()
{
    SqlCipher::Database db(SqlCipher::Database::inMemoryPath(), key('a'));
    db.execute("CREATE TABLE t (i INTEGER, s TEXT, b BLOB, n TEXT)");
    const QByteArray blob("\x00\x01\xff", 3);
    db.prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4)")
        .bindInt(1, Q_INT64_C(1) << 40)
        .bindText(2, QStringLiteral("Adèle"))
        .bindBlob(3, blob)
        .bindText(4, QString())
        .run();
    QCOMPARE(db.changes(), 1);
    QCOMPARE(db.lastInsertRowId(), 1);
    auto row = db.prepare("SELECT i, s, b, n FROM t");
    QVERIFY(row.step());
    QCOMPARE(row.columnInt(0), Q_INT64_C(1) << 40);
    QCOMPARE(row.columnText(1), QStringLiteral("Adèle"));
    QCOMPARE(row.columnBlob(2), blob);
    QVERIFY(row.isNull(3));
    QVERIFY(row.columnText(3).isNull());
    QVERIFY(!row.step());

    row.reset();
    QVERIFY(row.step()); // runs again after reset()
}

void TestSqlCipherDatabase::prepareTakesOneStatement()
{
    SqlCipher::Database db(SqlCipher::Database::inMemoryPath(), key('a'));
    QVERIFY_THROWS_EXCEPTION(SqlCipher::Error, db.prepare("SELECT 1; SELECT 2"));
    QVERIFY_THROWS_EXCEPTION(SqlCipher::Error, db.prepare("SELECT FROM nowhere"));
    db.prepare("SELECT 1;").run();
}

void TestSqlCipherDatabase::foreignKeysAreEnforced()
{
    SqlCipher::Database db(SqlCipher::Database::inMemoryPath(), key('a'));
    db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY); "
               "CREATE TABLE child (parent_id INTEGER REFERENCES parent(id))");
    QVERIFY_THROWS_EXCEPTION(SqlCipher::Error, db.prepare("INSERT INTO child VALUES (42)").run());
}

QTEST_GUILESS_MAIN(TestSqlCipherDatabase)
#include "tst_sqlcipherdatabase.moc"
