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

    void classExternalIdsShowTheirName()
    {
        // ENT Core's classNames hold "<structure external id>$<class name>" (ENT protocol §17 item 7).
        const UserInfo session = UserInfo::fromJson(parse(R"({"login": "a", "classNames": ["0750001A$1ERE S2",
            "0750001A$Option latin", "2nde 3", "0750001A$1ERE S2"]})"));
        QCOMPARE(session.classes, (QStringList{u"1ERE S2"_s, u"Option latin"_s, u"2nde 3"_s}));
        // An OAuth client gets the first one as classId.
        const UserInfo client = UserInfo::fromJson(parse(R"({"login": "a", "classId": "4151$TS 2"})"));
        QCOMPARE(client.classes, QStringList{u"TS 2"_s});
        // userinfo version 2.x adds realClassesNames: the names as they are.
        const UserInfo v2 = UserInfo::fromJson(parse(R"({"login": "a", "classNames": ["s$x"],
            "realClassesNames": ["Terminale $pé"]})"));
        QCOMPARE(v2.classes, QStringList{u"Terminale $pé"_s});
        QCOMPARE(UserInfo::classDisplayName(u"s$Cl$sse"_s), u"Cl$sse"_s);
    }
};

QTEST_GUILESS_MAIN(TestUserInfo)
#include "tst_userinfo.moc"
