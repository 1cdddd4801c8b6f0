// The whole kiosk as a pupil meets it: the real window in French (the shipped catalogue), the real reference ENT.
// Sign in with a wrong then the right password, read the greeting, sign out, and find nothing left behind.
#include "support/KioskHarness.h"
#include "support/ReferenceServer.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkCookieJar>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

class TestKioskEndToEnd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ReferenceServer::Account adele;
        adele.login = u"adele.adams"_s;
        adele.firstName = u"Adèle"_s;
        adele.lastName = u"Adams"_s;
        adele.className = u"2nde 3"_s;
        adele.password = "Plage2024+soleil";
        QVERIFY2(m_server.addAccount(adele), qPrintable(m_server.lastError()));
        m_url = m_server.start();
        QVERIFY2(m_url.isValid(), qPrintable(m_server.lastError()));
    }

    void pupilSignsInAndOutInFrench()
    {
        KioskConfig config;
        config.entUrl = m_url;
        config.siteName = u"Lycée Jules Verne"_s;
        KioskHarness kiosk(config);
        QVERIFY(kiosk.showActive());
        QCOMPARE(kiosk.languages.current(), u"fr"_s);
        QCOMPARE(kiosk.signInButton()->text(), u"CONNEXION"_s);

        kiosk.typeCredentials(u"Adele.Adams"_s, u"pas-le-bon-1"_s);
        kiosk.clickSignIn();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.errorLabel()->text(), u"L'identifiant ou le mot de passe est incorrect."_s,
                                  15000);
        QCOMPARE(kiosk.loginLineEdit()->text(), u"adele.adams"_s); // kept, normalised as the ENT's own front does
        QVERIFY(kiosk.passwordLineEdit()->text().isEmpty());

        QTest::keyClicks(kiosk.passwordLineEdit(), u"Plage2024+soleil"_s);
        QTest::keyClick(kiosk.passwordLineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.greetingLabel()->isVisible(), 15000);
        QCOMPARE(kiosk.greetingLabel()->text(), u"Bonjour Adèle Adams"_s);
        QVERIFY(kiosk.find<QLabel>(u"profileLabel"_s)->text().contains(u"Élève"_s));
        QVERIFY(kiosk.find<QLabel>(u"schoolLabel"_s)->text().contains(u"Lycée Jules Verne"_s));
        const QList<QNetworkCookie> cookies = kiosk.session.client().cookieJar()->cookiesForUrl(m_url);
        QVERIFY(!cookies.isEmpty());

        QTest::mouseClick(kiosk.signOutButton(), Qt::LeftButton);
        QTRY_VERIFY(kiosk.loginLineEdit()->isVisible());
        QVERIFY(kiosk.loginLineEdit()->text().isEmpty());
        QVERIFY(!kiosk.loginLineEdit()->isUndoAvailable());
        QVERIFY(kiosk.passwordLineEdit()->text().isEmpty());
        QVERIFY(kiosk.errorLabel()->text().isEmpty());
        QVERIFY(kiosk.session.client().cookieJar()->cookiesForUrl(m_url).isEmpty());
        QCOMPARE(kiosk.languages.current(), u"fr"_s);
    }

    void englishAtRunTimeAndFrenchAgainAfterSignOut()
    {
        KioskConfig config;
        config.entUrl = m_url;
        KioskHarness kiosk(config);
        QVERIFY(kiosk.showActive());
        QTest::mouseClick(kiosk.languageButton(u"en"_s), Qt::LeftButton);
        QTRY_COMPARE(kiosk.signInButton()->text(), u"SIGN IN"_s);
        kiosk.typeCredentials(u"adele.adams"_s, u"Plage2024+soleil"_s);
        kiosk.clickSignIn();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.greetingLabel()->text(), u"Hello Adèle Adams"_s, 15000);
        QTest::mouseClick(kiosk.signOutButton(), Qt::LeftButton);
        QTRY_COMPARE(kiosk.signInButton()->text(), u"CONNEXION"_s); // the next pupil starts in French
    }

private:
    ReferenceServer m_server;
    QUrl m_url;
};

QTEST_MAIN(TestKioskEndToEnd)
#include "tst_kiosk_e2e.moc"
