#include "core/ent/ResetCode.h"

#include <QTest>

using namespace LeoKiosk;

using namespace Qt::StringLiterals;

class TestResetCode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");  // null: refused
        QTest::addColumn<QString>("login"); // from ?login=

        QTest::newRow("plain code") << u"3zrf6jkz"_s << u"3zrf6jkz"_s << QString();
        QTest::newRow("upper case") << u"3ZRF6JKZ"_s << u"3zrf6jkz"_s << QString();
        QTest::newRow("mixed case") << u"AbCd3345"_s << u"abcd3345"_s << QString();
        QTest::newRow("spaces") << u" 3zrf 6jkz \t"_s << u"3zrf6jkz"_s << QString();
        QTest::newRow("nbsp and zero width") << u"3zrf\u00a06jkz\u200b"_s << u"3zrf6jkz"_s << QString();
        QTest::newRow("dashes") << u"3zrf-6jkz"_s << u"3zrf6jkz"_s << QString();
        QTest::newRow("dashes and spaces") << u"3ZR - F6J - KZ"_s << u"3zrf6jkz"_s << QString();
        QTest::newRow("whole alphabet, 1") << u"abcdefgh"_s << u"abcdefgh"_s << QString();
        QTest::newRow("whole alphabet, 2") << u"jkmnprst"_s << u"jkmnprst"_s << QString();
        QTest::newRow("whole alphabet, 3") << u"vwxyz345"_s << u"vwxyz345"_s << QString();
        QTest::newRow("whole alphabet, 4") << u"6789abcd"_s << u"6789abcd"_s << QString();

        QTest::newRow("full link") << u"https://ent.picardie.fr/auth/reset/3zrf6jkz"_s << u"3zrf6jkz"_s << QString();
        QTest::newRow("link, http") << u"http://ent.picardie.fr/auth/reset/3zrf6jkz"_s << u"3zrf6jkz"_s << QString();
        QTest::newRow("link without scheme") << u"ent.picardie.fr/auth/reset/3zrf6jkz"_s << u"3zrf6jkz"_s << QString();
        QTest::newRow("link, path only") << u"/auth/reset/3zrf6jkz"_s << u"3zrf6jkz"_s << QString();
        QTest::newRow("link, trailing slash")
            << u"https://ent.picardie.fr/auth/reset/3zrf6jkz/"_s << u"3zrf6jkz"_s << QString();
        QTest::newRow("link upper case") << u"HTTPS://ENT.PICARDIE.FR/AUTH/RESET/3ZRF6JKZ"_s << u"3zrf6jkz"_s
                                         << QString();
        QTest::newRow("link with port") << u"https://127.0.0.1:8443/auth/reset/3zrf6jkz"_s << u"3zrf6jkz"_s
                                        << QString();
        QTest::newRow("link in angle brackets, full stop")
            << u"<https://ent.picardie.fr/auth/reset/3zrf6jkz>."_s << u"3zrf6jkz"_s << QString();
        QTest::newRow("link cut by a line break")
            << u"https://ent.picardie.fr/auth/\n reset/3zrf6jkz"_s << u"3zrf6jkz"_s << QString();
        QTest::newRow("link with login") << u"https://ent.picardie.fr/auth/reset/3zrf6jkz?login=adele.adams"_s
                                         << u"3zrf6jkz"_s << u"adele.adams"_s;
        QTest::newRow("link with encoded login")
            << u"https://ent.picardie.fr/auth/reset/3zrf6jkz?login=ad%C3%A8le.adams&x=1"_s << u"3zrf6jkz"_s
            << u"adèle.adams"_s;
        QTest::newRow("link with login and fragment")
            << u"/auth/reset/3zrf6jkz?login=jean.dupont#top"_s << u"3zrf6jkz"_s << u"jean.dupont"_s;

        QTest::newRow("wrong alphabet: 1") << u"abcd1234"_s << QString() << QString();
        QTest::newRow("wrong alphabet: o") << u"3zrf6jko"_s << QString() << QString();
        QTest::newRow("wrong alphabet: i l q u 0 2") << u"ilqu0234"_s << QString() << QString();
        QTest::newRow("wrong alphabet: accent") << u"3zrf6jké"_s << QString() << QString();
        QTest::newRow("wrong alphabet: underscore") << u"3zrf_6jk"_s << QString() << QString();
        QTest::newRow("too short") << u"3zrf6jk"_s << QString() << QString();
        QTest::newRow("too long") << u"3zrf6jkzz"_s << QString() << QString();
        QTest::newRow("empty") << QString() << QString() << QString();
        QTest::newRow("only dashes") << u"--------"_s << QString() << QString();
        QTest::newRow("link with a wrong code")
            << u"https://ent.picardie.fr/auth/reset/abcd1234"_s << QString() << QString();
        QTest::newRow("the change-password page")
            << u"https://ent.picardie.fr/auth/reset/password"_s << QString() << QString();
        QTest::newRow("the forced-change page")
            << u"https://ent.picardie.fr/auth/reset/forceChangePassword"_s << QString() << QString();
        QTest::newRow("another page") << u"https://ent.picardie.fr/auth/login"_s << QString() << QString();
        QTest::newRow("the code elsewhere") << u"https://ent.picardie.fr/3zrf6jkz"_s << QString() << QString();
        QTest::newRow("the code deeper") << u"https://ent.picardie.fr/auth/reset/3zrf6jkz/more"_s << QString()
                                         << QString();
        QTest::newRow("under another path")
            << u"https://evil.example/x/auth/reset/3zrf6jkz"_s << QString() << QString();
        QTest::newRow("the code in the query")
            << u"https://ent.picardie.fr/auth/reset?code=3zrf6jkz"_s << QString() << QString();
        QTest::newRow("empty code") << u"https://ent.picardie.fr/auth/reset/"_s << QString() << QString();
    }

    void parse()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        QFETCH(QString, login);

        const std::optional<QString> parsed = ResetCode::parse(typed);
        const std::optional<ResetCode::Link> link = ResetCode::parseLink(typed);
        if (code.isNull()) {
            QVERIFY(!parsed.has_value());
            QVERIFY(!link.has_value());
            return;
        }
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, code);
        QVERIFY(ResetCode::isWellFormed(*parsed));
        QVERIFY(link.has_value());
        QCOMPARE(link->code, code);
        QCOMPARE(link->login, login);
    }

    void isWellFormed()
    {
        QVERIFY(ResetCode::isWellFormed(u"3zrf6jkz"_s));
        QVERIFY(!ResetCode::isWellFormed(u"3ZRF6JKZ"_s)); // only the normalised form
        QVERIFY(!ResetCode::isWellFormed(u"3zrf-6jk"_s));
        QVERIFY(!ResetCode::isWellFormed(QString()));
    }
};

QTEST_GUILESS_MAIN(TestResetCode)
#include "tst_resetcode.moc"
