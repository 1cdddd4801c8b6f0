// CsvReader and UserImport: the CSV of `users import` read and turned into accounts, in an in-memory store.

#include "common/CsvReader.h"
#include "domain/UserImport.h"
#include "store/OneTimeCodes.h"
#include "store/Store.h"
#include "store/UserDirectory.h"

#include <QTest>

#include <sodium.h>

#include <memory>

using namespace LeoEnt;
using namespace Qt::StringLiterals;

class TestUserImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void csvReadsQuotedFieldsAndLineNumbers();
    void csvSemicolonWhenTheHeaderHasNoComma();
    void csvSkipsBomAndBlankLines();
    void csvRefusesInvalidUtf8AndOpenQuotes();

    void fileProblems_data();
    void fileProblems();
    void createsThenUpdates();
    void rejectsBadRows_data();
    void rejectsBadRows();
    void activationCodeLeavesTheAccountWithoutPassword();
    void activationCodeRefusedForAnActivatedAccount();

private:
    UserImport::Outcome import(const QByteArray& csv);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<UserDirectory> m_users;
    std::unique_ptr<OneTimeCodes> m_codes;
};

namespace {

const QByteArray header = "login,first_name,last_name,profile,school,class,email,mobile\n";

} // namespace

void TestUserImport::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
}

void TestUserImport::init()
{
    m_store = std::make_unique<Store>(u":memory:"_s, QByteArray(32, 'k'));
    m_users = std::make_unique<UserDirectory>(*m_store);
    m_codes = std::make_unique<OneTimeCodes>(*m_store, OneTimeCodes::Kind::Activation, 0, 5);
}

void TestUserImport::cleanup()
{
    m_codes.reset();
    m_users.reset();
    m_store.reset();
}

UserImport::Outcome TestUserImport::import(const QByteArray& csv)
{
    return UserImport(*m_users, *m_codes).run(CsvReader::parse(csv));
}

void TestUserImport::csvReadsQuotedFieldsAndLineNumbers()
{
    const CsvReader csv = CsvReader::parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n");
    QVERIFY(csv.error().isEmpty());
    QCOMPARE(csv.records().size(), 3);
    QCOMPARE(csv.records().at(0).line, 1);
    QCOMPARE(csv.records().at(1).fields, (QStringList{u"x, y"_s, u"say \"hi\""_s, u"two\nlines"_s}));
    QCOMPARE(csv.records().at(1).line, 2);
    QCOMPARE(csv.records().at(2).fields, (QStringList{u"last"_s, QString(), QString()}));
    QCOMPARE(csv.records().at(2).line, 4); // the quoted line break moved it down one line
}

void TestUserImport::csvSemicolonWhenTheHeaderHasNoComma()
{
    const CsvReader csv = CsvReader::parse("nom;prénom\nDurand;Hélène, dite Léna\n");
    QCOMPARE(csv.records().at(1).fields, (QStringList{u"Durand"_s, u"Hélène, dite Léna"_s}));
    const CsvReader mixed = CsvReader::parse("a,b;c\n1,2;3\n");
    QCOMPARE(mixed.records().at(1).fields, (QStringList{u"1"_s, u"2;3"_s}));
}

void TestUserImport::csvSkipsBomAndBlankLines()
{
    const CsvReader csv = CsvReader::parse("\xef\xbb\xbflogin\n\n   \nzoe\n");
    QCOMPARE(csv.records().size(), 2);
    QCOMPARE(csv.records().at(0).fields, QStringList{u"login"_s});
    QCOMPARE(csv.records().at(1).fields, QStringList{u"zoe"_s});
    QCOMPARE(csv.records().at(1).line, 4);
}

void TestUserImport::csvRefusesInvalidUtf8AndOpenQuotes()
{
    QCOMPARE(CsvReader::parse("login\n\xff\n").error(), u"the file is not valid UTF-8"_s);
    QCOMPARE(CsvReader::parse("login\nok\n\"open\n").error(), u"line 3: a quoted field is not closed"_s);
}

void TestUserImport::fileProblems_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fine") << header << QString();
    QTest::newRow("any order and case") << QByteArray("MOBILE,Email,class,school,profile,last_name,first_name,login\n")
                                        << QString();
    QTest::newRow("empty") << QByteArray("\n\n") << u"the file is empty"_s;
    QTest::newRow("a column missing")
        << QByteArray("login,first_name,last_name,profile,school,class,email\n")
        << u"the header must name the columns login,first_name,last_name,profile,school,class,email,mobile"_s;
    QTest::newRow("not UTF-8") << QByteArray("login\xff\n") << u"the file is not valid UTF-8"_s;
}

void TestUserImport::fileProblems()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, problem);
    QCOMPARE(UserImport::fileProblem(CsvReader::parse(csv)), problem);
    if (!problem.isEmpty()) { // nothing is imported from such a file
        const UserImport::Outcome outcome = import(csv + "zoe.roux,Zoé,Roux,ELEVE,,,,\n");
        QCOMPARE(outcome.created + outcome.updated + outcome.rejected.size(), 0);
        QVERIFY(m_users->list().isEmpty());
    }
}

void TestUserImport::createsThenUpdates()
{
    const UserImport::Outcome first = import(header + "zoe.roux, Zoé ,Roux,ELEVE,Lycée Condorcet,2nde 1,,\n"
                                                      "h.durand,Hélène,Durand,Teacher,Lycée Condorcet,,"
                                                      "helene.durand@example.org,0600000001\n");
    QCOMPARE(first.created, 2);
    QCOMPARE(first.updated, 0);
    QVERIFY(first.rejected.isEmpty());
    QCOMPARE(first.newLogins, (QStringList{u"zoe.roux"_s, u"h.durand"_s}));

    const std::optional<UserRecord> zoe = m_users->findByLogin(u"zoe.roux"_s);
    QVERIFY(zoe.has_value());
    QCOMPARE(zoe->firstName, u"Zoé"_s); // trimmed
    QCOMPARE(zoe->profile, Profile::Student);
    QCOMPARE(zoe->className, u"2nde 1"_s);
    QVERIFY(zoe->passwordHash.isEmpty());
    QCOMPARE(m_users->findByLogin(u"h.durand"_s)->email, u"helene.durand@example.org"_s);

    const UserImport::Outcome second = import(header + "zoe.roux,Zoé,Roux-Martin,ELEVE,Lycée Condorcet,1re 2,,\n");
    QCOMPARE(second.created, 0);
    QCOMPARE(second.updated, 1);
    QVERIFY(second.newLogins.isEmpty());
    QCOMPARE(m_users->findByLogin(u"zoe.roux"_s)->lastName, u"Roux-Martin"_s);
    QCOMPARE(m_users->list().size(), 2);
}

void TestUserImport::rejectsBadRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("reason");
    QTest::newRow("fields") << QByteArray("zoe.roux,Zoé,Roux,ELEVE,,,\n") << u"expected 8 fields, found 7"_s;
    QTest::newRow("empty login") << QByteArray(",Zoé,Roux,ELEVE,,,,\n")
                                 << u"the login must be 1 to 128 printable characters without spaces"_s;
    QTest::newRow("login with a space") << QByteArray("\"zoe roux\",Zoé,Roux,ELEVE,,,,\n")
                                        << u"the login must be 1 to 128 printable characters without spaces"_s;
    QTest::newRow("long login") << QByteArray(129, 'a') + ",Zoé,Roux,ELEVE,,,,\n"
                                << u"the login must be 1 to 128 printable characters without spaces"_s;
    QTest::newRow("no last name") << QByteArray("zoe.roux,Zoé,,ELEVE,,,,\n")
                                  << u"first_name and last_name are required"_s;
    QTest::newRow("profile") << QByteArray("zoe.roux,Zoé,Roux,Pupil,,,,\n")
                             << u"unknown profile (expected Student, Teacher, Personnel, Relative or ELEVE, "
                                "ENSEIGNANT, PERSEDUCNAT, PERSRELELEVE)"_s;
    QTest::newRow("class without school")
        << QByteArray("zoe.roux,Zoé,Roux,ELEVE,,2nde 1,,\n") << u"a class needs a school"_s;
    QTest::newRow("e-mail") << QByteArray("zoe.roux,Zoé,Roux,ELEVE,,,Zoé <zoe@example.org>,\n")
                            << u"the e-mail address is not valid (a plain address such as name@example.org)"_s;
}

void TestUserImport::rejectsBadRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, reason);
    const UserImport::Outcome outcome =
        import(header + "ok.one,Ok,One,ELEVE,,,,\n" + row + "ok.two,Ok,Two,ELEVE,,,,\n");
    QCOMPARE(outcome.created, 2);
    QCOMPARE(outcome.rejected.size(), 1);
    QCOMPARE(outcome.rejected.first().line, 3);
    QCOMPARE(outcome.rejected.first().reason, reason);
    QCOMPARE(m_users->list().size(), 2);
}

void TestUserImport::activationCodeLeavesTheAccountWithoutPassword()
{
    const QByteArray withCodes = header.chopped(1) + ",activation_code\n";
    const UserImport::Outcome outcome = import(withCodes + "zoe.roux,Zoé,Roux,ELEVE,,,,,K7M3-PR9X\n"
                                                           "noe.lefevre,Noé,Lefèvre,ELEVE,,,,,\n"
                                                           "bad.code,Bad,Code,ELEVE,,,,,k7m3pq9\n");
    QCOMPARE(outcome.created, 2);
    QCOMPARE(outcome.newLogins, QStringList{u"noe.lefevre"_s}); // the one with a code waits for its activation
    QCOMPARE(outcome.rejected.size(), 1);
    QCOMPARE(outcome.rejected.first().reason,
             u"the activation code must be 8 characters of abcdefghjkmnprstvwxyz3456789"_s);
    const std::optional<UserRecord> zoe = m_users->findByLogin(u"zoe.roux"_s);
    QVERIFY(zoe.has_value());
    QVERIFY(zoe->activationPending);
    QVERIFY(zoe->passwordHash.isEmpty());
    QVERIFY(m_codes->check(u"zoe.roux"_s, u"k7m3pr9x"_s).has_value());
    QVERIFY(!m_users->findByLogin(u"noe.lefevre"_s)->activationPending);
}

void TestUserImport::activationCodeRefusedForAnActivatedAccount()
{
    QVERIFY(import(header + "zoe.roux,Zoé,Roux,ELEVE,,,,\n").rejected.isEmpty());
    QVERIFY(m_users->setPasswordHash(u"zoe.roux"_s, "$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"));
    const QByteArray withCodes = header.chopped(1) + ",activation_code\n";
    const UserImport::Outcome outcome = import(withCodes + "zoe.roux,Zoé,Roux,ELEVE,,,,,k7m3pr9x\n");
    QCOMPARE(outcome.rejected.size(), 1);
    QCOMPARE(outcome.rejected.first().reason,
             u"the account already has a password: an activation code is only for an account never activated"_s);
    QVERIFY(!m_users->findByLogin(u"zoe.roux"_s)->activationPending);
}

QTEST_GUILESS_MAIN(TestUserImport)
#include "tst_serveruserimport.moc"
