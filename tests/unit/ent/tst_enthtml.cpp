#include "core/ent/EntHtml.h"

#include <QTest>

using namespace LeoKiosk;

using namespace Qt::StringLiterals;

class TestEntHtml final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unescape_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("named") << u"&lt;b&gt; &amp; &quot;x&quot; &apos;"_s << u"<b> & \"x\" '"_s;
        QTest::newRow("apostrophe") << u"L&#39;identifiant"_s << u"L'identifiant"_s;
        QTest::newRow("decimal") << u"&#233;t&#233;"_s << u"été"_s;
        QTest::newRow("hex") << u"&#xE9;&#X20AC;"_s << u"é€"_s;
        QTest::newRow("astral") << u"&#128512;"_s << u"\U0001F600"_s;
        QTest::newRow("unknown kept") << u"&foo; &#0; a & b"_s << u"&foo; &#0; a & b"_s;
        QTest::newRow("double escaped once") << u"&amp;#39;"_s << u"&#39;"_s;
    }

    void unescape()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(EntHtml::unescape(html), text);
    }

    void ngInitError_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("error");
        QTest::newRow("double-quoted attribute, escaped quotes")
            << uR"(<html><body class="x" ng-init="welcome = true; error = &quot;L&#39;identifiant ou le mot de passe est incorrect.&quot;"><form></form></body></html>)"_s
            << u"L'identifiant ou le mot de passe est incorrect."_s;
        QTest::newRow("single-quoted attribute")
            << uR"(<body ng-init='error = "L&#39;identifiant ou le mot de passe est incorrect."; callBack = "/"'>)"_s
            << u"L'identifiant ou le mot de passe est incorrect."_s;
        QTest::newRow("js single quotes with apostrophe inside")
            << uR"(<body ng-init="error = 'L&#39;administrateur de votre établissement a bloqué votre accès à votre réseau éducatif. Veuillez le contacter.'">)"_s
            << u"L'administrateur de votre établissement a bloqué votre accès à votre réseau éducatif. Veuillez le contacter."_s;
        QTest::newRow("raw key, upper-case tag")
            << uR"(<BODY NG-INIT="error = &quot;auth.error.ban&quot;">)"_s << u"auth.error.ban"_s;
        QTest::newRow("other attributes contain >")
            << uR"(<body title="a > b" ng-init="error=&quot;x &amp; y&quot;">)"_s << u"x & y"_s;
        QTest::newRow("numeric entities")
            << uR"(<body ng-init="error = &#34;Mode d&#39;authentification non autoris&#233;&#34;">)"_s
            << u"Mode d'authentification non autorisé"_s;
        QTest::newRow("empty error") << uR"(<body ng-init="error = &quot;&quot;">)"_s << QString();
        QTest::newRow("no ng-init") << uR"(<body class="login">)"_s << QString();
        QTest::newRow("other variable") << uR"(<body ng-init="myerror = &quot;no&quot;; errorCode = &quot;1&quot;">)"_s
                                        << QString();
        QTest::newRow("tag named bodyx") << uR"(<bodyx ng-init="error = &quot;no&quot;">)"_s << QString();
    }

    void ngInitError()
    {
        QFETCH(QString, html);
        QFETCH(QString, error);
        QCOMPARE(EntHtml::ngInitError(html), error);
    }

    void pages()
    {
        const QString login =
            uR"(<body ng-init="error = &quot;&quot;"><form action="/auth/login" method="post"><input type="password" name="password"></form></body>)"_s;
        const QString activation =
            uR"(<body ng-init="login = &quot;jdupont&quot;; activationCode = &quot;abcd2345&quot;"><form action="/auth/activation" method="post"><input type="password"></form></body>)"_s;
        QVERIFY(EntHtml::isLoginPage(login));
        QVERIFY(!EntHtml::isActivationPage(login));
        QVERIFY(EntHtml::isActivationPage(activation));
        QVERIFY(!EntHtml::isLoginPage(u"<html><body><p>Maintenance</p></body></html>"_s));
        QVERIFY(!EntHtml::isActivationPage(u"<html><body><p>Maintenance</p></body></html>"_s));
    }

    void activationAccount()
    {
        // ENT Core's activation.html: ng-init='user.login="{{login}}";…;user.email="{{email}}";user.phone="{{phone}}"',
        // every value HTML-escaped by Mustache (ENT protocol §3.2).
        const QString page =
            u"<html><body class=\"login\" ng-controller=\"ActivationController\" ng-init='user.login=\"lou.lambert\";"
            u"user.activationCode=\"k7m3pr9x\";user.email=\"lou&#39;s&#x2B;ent@example.org\";"
            u"user.phone=\"06 12 34 56 78\"'><default-styles></default-styles></body></html>"_s;
        const EntHtml::ActivationAccount account = EntHtml::activationAccount(page);
        QVERIFY(account.found);
        QCOMPARE(account.email, u"lou's+ent@example.org"_s);
        QCOMPARE(account.phone, u"06 12 34 56 78"_s);
        QVERIFY(EntHtml::isActivationPage(page));

        // Nothing held: found, both empty (sending them back erases nothing).
        const EntHtml::ActivationAccount empty = EntHtml::activationAccount(
            u"<body ng-init='user.login=\"a\";user.activationCode=\"b\";user.email=\"\";user.phone=\"\"'>"_s);
        QVERIFY(empty.found);
        QVERIFY(empty.email.isEmpty());
        QVERIFY(empty.phone.isEmpty());

        // A page that does not say (a theme without the fields, or no ng-init): not found, never "empty".
        QVERIFY(!EntHtml::activationAccount(u"<body ng-init='user.login=\"a\";user.email=\"x@y.fr\"'>"_s).found);
        QVERIFY(!EntHtml::activationAccount(u"<form action=\"/auth/activation\"></form>"_s).found);
    }
};

QTEST_GUILESS_MAIN(TestEntHtml)
#include "tst_enthtml.moc"
