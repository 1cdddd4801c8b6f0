#include "ClosedPort.h"
#include "EntReachability.h"
#include "EntStatusBanner.h"
#include "FakeEnt.h"
#include "HelpPage.h"
#include "KioskHarness.h"
#include "LoginPage.h"
#include "SignedInPage.h"
#include "StillLostPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

// "ENT unreachable" (issue #6): a banner with automatic retries, the help screens that need no server still usable,
// and no frozen window, at start-up and in the middle of a session.
class TestEntBanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void downAtStartup();
    void downMidSessionThenBack();
};

void TestEntBanner::downAtStartup()
{
    FakeEnt ent;
    KioskConfig config = ent.config();
    config.entUrl = closedLocalUrl();
    KioskHarness kiosk(config);
    kiosk.session.reachability().setBackoff({200ms, 400ms});
    QVERIFY(kiosk.showActive());
    EntStatusBanner* banner = kiosk.window.entStatusBanner();
    QVERIFY(!banner->isVisible());

    kiosk.session.authContext().refreshAfter(0ms); // as main() does once the window is up
    QTRY_VERIFY(banner->isVisible());
    auto* status = KioskHarness::findIn<QLabel>(banner, u"statusLabel"_s);
    QVERIFY(!status->text().isEmpty());
    QCOMPARE(status->accessibleName(), status->text());
    QTRY_VERIFY(kiosk.session.reachability().failedRetries() >= 2); // it keeps trying by itself

    // The window answers meanwhile: the guide needs no server.
    click(kiosk.window.loginPage(), u"helpButton"_s);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.helpPage());
    click(kiosk.window.helpPage(), u"stillLostButton"_s);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.stillLostPage());
    QVERIFY(!KioskHarness::findIn<QLabel>(kiosk.window.stillLostPage(), u"guideLabel"_s)->text().isEmpty());
    QVERIFY(banner->isVisible());

    // Signing in says why it cannot, and keeps what was typed.
    click(kiosk.window.stillLostPage(), u"homeButton"_s);
    kiosk.typeCredentials(u"adele.adams"_s, u"s3cret"_s);
    kiosk.clickSignIn();
    QTRY_VERIFY(kiosk.errorLabel()->isVisible());
    QCOMPARE(kiosk.loginLineEdit()->text(), u"adele.adams"_s);

    // The retry button: at once.
    const int before = kiosk.session.reachability().failedRetries();
    click(banner, u"retryButton"_s);
    QTRY_VERIFY(kiosk.session.reachability().failedRetries() > before);
}

void TestEntBanner::downMidSessionThenBack()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    kiosk.session.reachability().setBackoff({200ms, 400ms});
    QVERIFY(kiosk.showActive());
    kiosk.typeCredentials(u"adele.adams"_s, u"s3cret"_s);
    kiosk.clickSignIn();
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.signedInPage());
    EntStatusBanner* banner = kiosk.window.entStatusBanner();
    QVERIFY(!banner->isVisible());

    // The ENT's proxy answers 503 from now on.
    ent.server().on("GET", "/directory/user/mailstate", FakeHttpServer::Response::json("", 503));
    ent.server().on("GET", "/auth/context", FakeHttpServer::Response::json("", 503));
    click(kiosk.window.signedInPage(), u"accountButton"_s);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(kiosk.session.isSignedIn()); // a server that does not answer signs no one out
    QTRY_VERIFY(kiosk.session.reachability().failedRetries() >= 1);

    // Back: the next retry hides the banner by itself.
    ent.server().on("GET", "/auth/context",
                    FakeHttpServer::Response::json(R"({"passwordRegex":"^.{8,}$","cgu":false})"));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 5000);
    QVERIFY(!kiosk.session.reachability().isUnreachable());
    QVERIFY(kiosk.session.isSignedIn());
}

QTEST_MAIN(TestEntBanner)
#include "tst_entbanner.moc"
