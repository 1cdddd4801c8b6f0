#include "core/ent/UserInfo.h"

#include <QJsonDocument>
#include <QTest>

using namespace LeoKiosk;

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestUserInfo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cookieFieldSet()
    {
        // v1.0 userinfo for a session (cookie) caller, ENT protocol §3.5
        const UserInfo user = UserInfo::fromJson(parse(R"({
            "userId": "f0e1d2c3", "login": "jean.dupont", "username": "DUPONT Jean",
            "firstName": "Jean", "lastName": "Dupont", "type": "ELEVE", "email": "",
            "structures": ["s1", "s2"], "structureNames": ["Lycée Jules Verne", "CFA"],
            "classes": ["c1"], "classNames": ["2nde 3"],
            "forceChangePassword": true, "needRevalidateTerms": false, "hasPw": true
        })"));
        QVERIFY(user.isValid());
        QCOMPARE(user.userId, u"f0e1d2c3"_s);
        QCOMPARE(user.login, u"jean.dupont"_s);
        QCOMPARE(user.displayName, u"DUPONT Jean"_s);
        QCOMPARE(user.type, u"ELEVE"_s);
        QCOMPARE(user.schools, (QStringList{u"Lycée Jules Verne"_s, u"CFA"_s}));
        QCOMPARE(user.classes, QStringList{u"2nde 3"_s});
        QVERIFY(user.forceChangePassword);
        QVERIFY(!user.needRevalidateTerms);
        QCOMPARE(user.fullName(), u"Jean Dupont"_s);
    }

    void oauthFieldSet()
    {
        // an OAuth client gets schoolName/classId instead of the lists
        const UserInfo user = UserInfo::fromJson(parse(R"({
            "userId": "u2", "login": "marie.curie", "username": "CURIE Marie",
            "firstName": "Marie", "lastName": "Curie", "type": "ENSEIGNANT",
            "schoolName": "Lycée Pierre et Marie Curie", "classId": "TS1", "needRevalidateTerms": true
        })"));
        QCOMPARE(user.schools, QStringList{u"Lycée Pierre et Marie Curie"_s});
        QCOMPARE(user.classes, QStringList{u"TS1"_s});
        QCOMPARE(user.type, u"ENSEIGNANT"_s);
        QVERIFY(user.needRevalidateTerms);
        QVERIFY(!user.forceChangePassword);
    }

    void fullNameFallsBackToUsername()
    {
        const UserInfo user = UserInfo::fromJson(parse(R"({"login":"x","username":"DUPONT Jean","firstName":" "})"));
        QCOMPARE(user.fullName(), u"DUPONT Jean"_s);
        const UserInfo first = UserInfo::fromJson(parse(R"({"login":"x","firstName":"Jean"})"));
        QCOMPARE(first.fullName(), u"Jean"_s);
    }

    void emptyIsInvalid()
    {
        QVERIFY(!UserInfo::fromJson(QJsonObject()).isValid());
        QVERIFY(!UserInfo::fromJson(parse(R"({"username":"nobody"})")).isValid());
        QVERIFY(UserInfo::fromJson(parse(R"({"userId":"u"})")).isValid());
    }

    void requirements()
    {
        const Requirements r = Requirements::fromJson(parse(
            R"({"forceChangePassword":true,"needRevalidateTerms":false,"needRevalidateEmail":true,
                "needRevalidateMobile":true,"needMfa":true,"mfaProtectedUrls":[]})"));
        QVERIFY(r.forceChangePassword);
        QVERIFY(!r.needRevalidateTerms);
        QVERIFY(r.needRevalidateEmail);
        QVERIFY(r.needRevalidateMobile);
        QVERIFY(r.needMfa);
        const Requirements none = Requirements::fromJson(parse("{}"));
        QVERIFY(!none.forceChangePassword && !none.needMfa && !none.needRevalidateEmail);
    }
};

QTEST_GUILESS_MAIN(TestUserInfo)
#include "tst_userinfo.moc"
