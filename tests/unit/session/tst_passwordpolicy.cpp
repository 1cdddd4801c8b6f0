#include "core/session/PasswordPolicy.h"

#include <QJsonDocument>
#include <QTest>

using namespace LeoKiosk;

using namespace Qt::StringLiterals;

using Kind = PasswordPolicy::Kind;
Q_DECLARE_METATYPE(QList<PasswordPolicy::Kind>)

namespace {

QList<Kind> kindsOf(const QList<PasswordPolicy::Item>& items)
{
    QList<Kind> kinds;
    for (const PasswordPolicy::Item& item : items)
        kinds.append(item.kind);
    return kinds;
}

QStringList idsOf(const QList<PasswordPolicy::Item>& items)
{
    QStringList ids;
    for (const PasswordPolicy::Item& item : items)
        ids.append(item.id);
    return ids;
}

// "LDI" for the satisfied items of an evaluation: L(ength) l(etter) d(igit) R(ule) =(identical), '.' when not.
QString ticks(const PasswordPolicy::Evaluation& e)
{
    QString out;
    for (const PasswordPolicy::ItemState& s : e.items) {
        const QChar mark = s.kind == Kind::MinLength ? u'L'
                           : s.kind == Kind::Letter  ? u'l'
                           : s.kind == Kind::Digit   ? u'd'
                           : s.kind == Kind::Rule    ? u'R'
                                                     : u'=';
        out += s.satisfied ? mark : u'.';
    }
    return out;
}

QJsonObject json(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestPasswordPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); }

    void decomposition_data()
    {
        QTest::addColumn<QString>("regex");
        QTest::addColumn<QList<Kind>>("kinds");
        QTest::addColumn<int>("minimumLength");

        const QList<Kind> leo{Kind::MinLength, Kind::Letter, Kind::Digit, Kind::Identical};
        QTest::newRow("LEO's rule") << PasswordPolicy::leoPattern() << leo << 8;
        QTest::newRow("LEO's rule, digit first") << u"(?=.*[0-9])(?=.*[a-zA-Z]).{8,}"_s << leo << 8;
        QTest::newRow("\\d and \\p{L}") << u"(?=.*\\p{L})(?=.*\\d).{10,}"_s << leo << 10;
        QTest::newRow("anchored, lazy look-aheads") << u"^(?=.*?[A-Za-z])(?=.*?[0-9]).{8,}$"_s << leo << 8;
        QTest::newRow("length as .{n}.*") << u"(?=.*[A-Za-z])(?=.*\\d).{12}.*"_s << leo << 12;
        QTest::newRow("POSIX classes Qt cannot compile") << u"(?=.*\\p{Alpha})(?=.*\\p{Digit}).{8,}"_s << leo << 8;
        QTest::newRow("ENT's default") << u".{8}.*"_s << QList<Kind>{Kind::MinLength, Kind::Identical} << 8;
        QTest::newRow("length only, .{6,}") << u".{6,}"_s << QList<Kind>{Kind::MinLength, Kind::Identical} << 6;
        QTest::newRow("letter only") << u"(?=.*[a-zA-Z]).*"_s << QList<Kind>{Kind::Letter, Kind::Identical} << 0;
        QTest::newRow("same look-ahead twice")
            << u"(?=.*\\d)(?=.*[0-9]).{8,}"_s << QList<Kind>{Kind::MinLength, Kind::Digit, Kind::Identical} << 8;

        const QList<Kind> rule{Kind::Rule, Kind::Identical};
        QTest::newRow("upper case required") << u"(?=.*[A-Z])(?=.*[0-9]).{8,}"_s << rule << 0;
        QTest::newRow("special character") << u"(?=.*[a-z])(?=.*[^a-zA-Z0-9]).{8,}"_s << rule << 0;
        QTest::newRow("a maximum length") << u".{8,64}"_s << rule << 0;
        QTest::newRow("no spaces") << u"\\S{8,}"_s << rule << 0;
        QTest::newRow("something else after the length") << u"(?=.*\\d).{8,}x"_s << rule << 0;
    }

    void decomposition()
    {
        QFETCH(QString, regex);
        QFETCH(QList<Kind>, kinds);
        QFETCH(int, minimumLength);
        const PasswordPolicy policy(regex);
        QCOMPARE(kindsOf(policy.items(u"fr"_s)), kinds);
        QCOMPARE(policy.minimumLength(), minimumLength);
        QCOMPARE(policy.isDecomposed(), !kinds.contains(Kind::Rule));
        QVERIFY(policy.isEnforceable());
        QCOMPARE(policy.pattern(), regex);
    }

    void itemTexts()
    {
        const QList<PasswordPolicy::Item> items = PasswordPolicy().items();
        QCOMPARE(idsOf(items), (QStringList{u"min-length"_s, u"letter"_s, u"digit"_s, u"identical"_s}));
        QCOMPARE(items[0].text, u"At least 8 characters"_s);
        QCOMPARE(items[1].text, u"At least one letter"_s);
        QCOMPARE(items[2].text, u"At least one digit"_s);
        QCOMPARE(items[3].text, u"The two entries are identical"_s);
        QCOMPARE(PasswordPolicy(u".{12}.*"_s).items().first().text, u"At least 12 characters"_s);
    }

    void unknownRuleUsesTheEntsText()
    {
        const QHash<QString, QString> texts{{u"fr"_s, u"Au moins une majuscule."_s}, {u"en"_s, u"One capital."_s}};
        const PasswordPolicy policy(u"(?=.*[A-Z]).{8,}"_s, texts);
        QCOMPARE(idsOf(policy.items(u"fr"_s)), (QStringList{u"rule"_s, u"identical"_s}));
        QCOMPARE(policy.items(u"fr"_s).first().text, u"Au moins une majuscule."_s);
        QCOMPARE(policy.items(u"en"_s).first().text, u"One capital."_s);
        QCOMPARE(policy.items(u"en_GB"_s).first().text, u"One capital."_s);
        QCOMPARE(policy.items(u"de"_s).first().text, u"Au moins une majuscule."_s); // French next
        QCOMPARE(policy.items().first().text, u"Au moins une majuscule."_s);        // the default locale's

        const PasswordPolicy silent(u"(?=.*[A-Z]).{8,}"_s);
        QCOMPARE(silent.items().first().text, u"Meets the ENT's password rule"_s);
        QVERIFY(silent.ruleText().isEmpty());
    }

    void typing_data()
    {
        QTest::addColumn<QString>("regex");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<QString>("ticks");
        QTest::addColumn<bool>("all");

        // LEO's rule, as a pupil types
        const QString leo = PasswordPolicy::leoPattern();
        QTest::newRow("leo: empty") << leo << QString() << QString() << u"...."_s << false;
        QTest::newRow("leo: a") << leo << u"a"_s << QString() << u".l.."_s << false;
        QTest::newRow("leo: ab1") << leo << u"ab1"_s << QString() << u".ld."_s << false;
        QTest::newRow("leo: abcdefg1") << leo << u"abcdefg1"_s << QString() << u"Lld."_s << false;
        QTest::newRow("leo: confirming") << leo << u"abcdefg1"_s << u"abcdefg"_s << u"Lld."_s << false;
        QTest::newRow("leo: confirmed") << leo << u"abcdefg1"_s << u"abcdefg1"_s << u"Lld="_s << true;
        QTest::newRow("leo: no digit") << leo << u"abcdefgh"_s << u"abcdefgh"_s << u"Ll.="_s << false;
        QTest::newRow("leo: no letter") << leo << u"12345678"_s << u"12345678"_s << u"L.d="_s << false;
        QTest::newRow("leo: accents are not [A-Za-z]") << leo << u"éééééé12"_s << u"éééééé12"_s << u"L.d="_s << false;
        QTest::newRow("leo: plus and spaces") << leo << u"abc+ 1234"_s << u"abc+ 1234"_s << u"Lld="_s << true;
        QTest::newRow("leo: case matters for identical") << leo << u"Abcdefg1"_s << u"abcdefg1"_s << u"Lld."_s << false;
        // \p{L}: an accented letter counts
        QTest::newRow("\\p{L}: accents") << u"(?=.*\\p{L})(?=.*\\d).{8,}"_s << u"éééééé12"_s << u"éééééé12"_s
                                         << u"Lld="_s << true;
        // ENT's default: length only
        QTest::newRow("default: 7") << u".{8}.*"_s << u"1234567"_s << u"1234567"_s << u".="_s << false;
        QTest::newRow("default: 8") << u".{8}.*"_s << u"12345678"_s << u"12345678"_s << u"L="_s << true;
        // an unknown rule is judged whole
        QTest::newRow("unknown: no capital")
            << u"(?=.*[A-Z]).{8,}"_s << u"abcdefgh"_s << u"abcdefgh"_s << u".="_s << false;
        QTest::newRow("unknown: capital") << u"(?=.*[A-Z]).{8,}"_s << u"Abcdefgh"_s << u"Abcdefgh"_s << u"R="_s << true;
        // the full regex is the truth: every line ticked, the rule still refuses a line break
        QTest::newRow("line break") << leo << u"abcd\n1234"_s << u"abcd\n1234"_s << u"Lld="_s << false;
    }

    void typing()
    {
        QFETCH(QString, regex);
        QFETCH(QString, password);
        QFETCH(QString, confirmation);
        QFETCH(QString, ticks);
        QFETCH(bool, all);
        const PasswordPolicy policy(regex);
        const PasswordPolicy::Evaluation e = policy.evaluate(password, confirmation);
        QCOMPARE(::ticks(e), ticks);
        QCOMPARE(e.allSatisfied(), all);
        QCOMPARE(kindsOf(policy.items()).size(), e.items.size());
        for (qsizetype i = 0; i < e.items.size(); ++i)
            QCOMPARE(e.items[i].kind, policy.items()[i].kind);
    }

    void evaluationFollowsTheKeystrokes()
    {
        const PasswordPolicy policy;
        const QString target = u"k1osque!"_s;
        QList<bool> letter, digit, length;
        for (qsizetype n = 0; n <= target.size(); ++n) {
            const PasswordPolicy::Evaluation e = policy.evaluate(target.left(n), target);
            letter.append(e.isSatisfied(Kind::Letter));
            digit.append(e.isSatisfied(Kind::Digit));
            length.append(e.isSatisfied(Kind::MinLength));
            QCOMPARE(e.isSatisfied(Kind::Identical), n == target.size());
            QCOMPARE(e.allSatisfied(), n == target.size());
        }
        QCOMPARE(letter, (QList<bool>{false, true, true, true, true, true, true, true, true}));
        QCOMPARE(digit, (QList<bool>{false, false, true, true, true, true, true, true, true}));
        QCOMPARE(length, (QList<bool>{false, false, false, false, false, false, false, false, true}));
    }

    void regexQtCannotCompile()
    {
        // Decomposed: the parts stand for the rule.
        const PasswordPolicy posix(u"(?=.*\\p{Alpha})(?=.*\\p{Digit}).{8,}"_s);
        QVERIFY(posix.isEnforceable());
        QVERIFY(!posix.evaluate(u"abcdefgh"_s, u"abcdefgh"_s).allSatisfied());
        QVERIFY(posix.evaluate(u"abcdefg1"_s, u"abcdefg1"_s).allSatisfied());

        // Not decomposed: the ENT alone judges; the kiosk does not block the pupil.
        const PasswordPolicy javaOnly(u"(?=.*\\p{javaUpperCase}).{8,}"_s);
        QVERIFY(!javaOnly.isEnforceable());
        QCOMPARE(kindsOf(javaOnly.items()), (QList<Kind>{Kind::Rule, Kind::Identical}));
        QVERIFY(javaOnly.evaluate(u"x"_s, u"x"_s).allSatisfied());
        QVERIFY(!javaOnly.evaluate(u"x"_s, u"y"_s).allSatisfied());
    }

    void fromContext()
    {
        const QJsonObject context = json(R"({"passwordRegex":"(?=.*[A-Z]).{10,}","cgu":true,
            "passwordRegexI18n":{"fr":"Dix caractères dont une majuscule.","en":"Ten characters, one capital."},
            "passwordRegexI18nActivation":{"fr":"Activation : dix caractères."}})");
        const PasswordPolicy reset = PasswordPolicy::fromContext(context);
        QCOMPARE(reset.pattern(), u"(?=.*[A-Z]).{10,}"_s);
        QCOMPARE(reset.ruleText(u"fr"_s), u"Dix caractères dont une majuscule."_s);
        QCOMPARE(reset.ruleText(u"en"_s), u"Ten characters, one capital."_s);
        const PasswordPolicy activation = PasswordPolicy::fromContext(context, PasswordPolicy::Purpose::Activation);
        QCOMPARE(activation.ruleText(u"en"_s), u"Activation : dix caractères."_s);

        // no regex published: LEO's rule
        const PasswordPolicy fallback = PasswordPolicy::fromContext(json(R"({"cgu":true})"));
        QCOMPARE(fallback.pattern(), PasswordPolicy::leoPattern());
        QVERIFY(fallback.ruleText().isEmpty());
        // the reference server's context
        const PasswordPolicy server = PasswordPolicy::fromContext(
            json(R"({"passwordRegex":"(?=.*[A-Za-z])(?=.*[0-9]).{8,}","passwordRegexI18n":{"fr":"8 caractères"}})"));
        QCOMPARE(kindsOf(server.items()), (QList<Kind>{Kind::MinLength, Kind::Letter, Kind::Digit, Kind::Identical}));
        QCOMPARE(server.ruleText(), u"8 caractères"_s);
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
