#include "gui/help/ForgotPasswordPage.h"
#include "gui/help/HelpPage.h"
#include "gui/shell/AttractPage.h"
#include "gui/shell/AttractScreen.h"
#include "gui/shell/IdleLogout.h"
#include "gui/shell/IdleOverlay.h"
#include "gui/signin/LoginPage.h"
#include "gui/signin/SignedInPage.h"
#include "support/FakeEnt.h"
#include "support/KioskHarness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkCookieJar>
#include <QSignalSpy>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Short enough for a test, long enough for a loaded CI machine to click within the countdown.
IdleWatcher::Settings shortSettings()
{
    IdleWatcher::Settings settings;
    settings.idle = 300ms;
    settings.countdownSeconds = 4;
    settings.second = 250ms;
    settings.sessionMax = 0ms;
    return settings;
}

} // namespace

// The idle sign-out on the real window: countdown, « Je suis encore là », the wipe at zero.
class TestIdleLogout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stillHereKeepsTheSessionThenExpiryWipes();
    void keyPressDuringTheCountdownKeepsTheSession();
    void helpScreenLeftBehindIsWiped();
    void restingKioskIsLeftAlone();
    void attractScreenComesBackQuietly();
    void sessionLimitEndsEvenAnActiveSession();
    void requestInFlightIsDroppedCleanly();

private:
    static bool signIn(KioskHarness& kiosk)
    {
        kiosk.typeCredentials(u"adele.adams"_s, u"s3cret"_s);
        kiosk.clickSignIn();
        return QTest::qWaitFor([&] { return kiosk.window.currentPage() == kiosk.window.signedInPage(); }, 5000);
    }
};

void TestIdleLogout::stillHereKeepsTheSessionThenExpiryWipes()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config(), {.idle = shortSettings()});
    IdleLogout& idle = kiosk.app().idleLogout();
    QVERIFY(kiosk.showActive());
    QTest::mouseClick(kiosk.languageButton(u"en"_s), Qt::LeftButton);
    QVERIFY(signIn(kiosk));
    IdleOverlay* overlay = idle.overlay();

    // Nobody touches anything: the full-screen countdown.
    QTRY_VERIFY(overlay->isVisible());
    QCOMPARE(overlay->geometry(), kiosk.window.centralWidget()->rect());
    auto* stillHere = overlay->findChild<QAbstractButton*>(u"stillHereButton"_s);
    QTRY_COMPARE(QApplication::focusWidget(), stillHere);
    auto* remaining = overlay->findChild<QLabel*>(u"remainingLabel"_s);
    QVERIFY(remaining->text().contains(QString::number(overlay->remaining())));
    const int first = overlay->remaining();
    QTRY_VERIFY(overlay->remaining() < first); // it counts down, second by second

    // « Je suis encore là »: the session goes on, on the page the pupil was on.
    QTest::mouseClick(stillHere, Qt::LeftButton);
    QVERIFY(!overlay->isVisible());
    QVERIFY(kiosk.session.isSignedIn());
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.signedInPage());
    QCOMPARE(ent.server().count("/auth/logout"), 0);

    // Walked away for good: at zero, the same wipe as « Se déconnecter ».
    QSignalSpy ended(&kiosk.session, &KioskSession::ended);
    QVERIFY(ended.wait(5000));
    QCOMPARE(ended.first().first().value<KioskSession::EndReason>(), KioskSession::EndReason::Idle);
    QVERIFY(!overlay->isVisible());
    QVERIFY(!kiosk.session.isSignedIn());
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QVERIFY(kiosk.session.client().cookieJar()->cookiesForUrl(ent.url()).isEmpty());
    QVERIFY(!kiosk.session.client().hasSession());
    QTRY_COMPARE(ent.server().count("/auth/logout"), 1);
    QCOMPARE(kiosk.languages.current(), u"fr"_s);
    QVERIFY(kiosk.greetingLabel()->text().isEmpty());
    for (QLineEdit* field : kiosk.window.findChildren<QLineEdit*>()) {
        QVERIFY2(field->text().isEmpty(), qPrintable(field->objectName()));
        QVERIFY2(!field->isUndoAvailable(), qPrintable(field->objectName()));
    }
    QTRY_COMPARE(QApplication::focusWidget(), kiosk.loginLineEdit());
}

void TestIdleLogout::keyPressDuringTheCountdownKeepsTheSession()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config(), {.idle = shortSettings()});
    IdleLogout& idle = kiosk.app().idleLogout();
    QVERIFY(kiosk.showActive());
    QVERIFY(signIn(kiosk));
    QSignalSpy resumed(&idle.watcher(), &IdleWatcher::activityResumed);
    QTRY_VERIFY(idle.overlay()->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Shift); // any key counts
    QCOMPARE(resumed.count(), 1);
    QVERIFY(!idle.overlay()->isVisible());
    QVERIFY(kiosk.session.isSignedIn());
}

void TestIdleLogout::helpScreenLeftBehindIsWiped()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config(), {.idle = shortSettings()});
    IdleLogout& idle = kiosk.app().idleLogout();
    QVERIFY(kiosk.showActive());
    QTest::mouseClick(KioskHarness::findIn<QAbstractButton>(kiosk.window.loginPage(), u"helpButton"_s),
                      Qt::LeftButton);
    QTest::mouseClick(KioskHarness::findIn<QAbstractButton>(kiosk.window.helpPage(), u"lostPasswordButton"_s),
                      Qt::LeftButton);
    ForgotPasswordPage* page = kiosk.window.forgotPasswordPage();
    QCOMPARE(kiosk.window.currentPage(), page);
    auto* field = KioskHarness::findIn<QLineEdit>(page, u"loginLineEdit"_s);
    QVERIFY(field);
    QTest::keyClicks(field, u"adele.adams"_s);

    // Not signed in, but someone's identifier is on the screen: the countdown, then the wipe.
    QTRY_VERIFY(idle.overlay()->isVisible());
    QSignalSpy ended(&kiosk.session, &KioskSession::ended);
    QVERIFY(ended.wait(5000));
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QVERIFY(field->text().isEmpty());
    QVERIFY(!field->isUndoAvailable());
}

void TestIdleLogout::restingKioskIsLeftAlone()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config(), {.idle = shortSettings()});
    IdleLogout& idle = kiosk.app().idleLogout();
    QVERIFY(kiosk.showActive());
    QSignalSpy ended(&kiosk.session, &KioskSession::ended);
    QSignalSpy countdown(&idle.watcher(), &IdleWatcher::countdownStarted);

    // The idle time passes twice over an empty login page: no countdown shown, no wipe, still watching.
    QVERIFY(countdown.wait(5000));
    QVERIFY(countdown.wait(5000));
    QVERIFY(!idle.overlay()->isVisible());
    QCOMPARE(ended.count(), 0);
    QVERIFY(idle.watcher().isRunning());

    // One character typed is no longer "at rest".
    QTest::keyClicks(kiosk.loginLineEdit(), u"a"_s);
    QTRY_VERIFY(idle.overlay()->isVisible());
}

void TestIdleLogout::attractScreenComesBackQuietly()
{
    FakeEnt ent;
    KioskConfig config = ent.config();
    config.attractScreen = true;
    KioskHarness kiosk(config, {.idle = shortSettings()}); // the attract screen as the idle sign-out's resting page
    AttractScreen& attract = kiosk.app().attractScreen();
    IdleLogout& idle = kiosk.app().idleLogout();
    QVERIFY(kiosk.showActive());
    QCOMPARE(kiosk.window.currentPage(), attract.page());
    QSignalSpy ended(&kiosk.session, &KioskSession::ended);
    QSignalSpy countdown(&idle.watcher(), &IdleWatcher::countdownStarted);
    QVERIFY(countdown.wait(5000)); // the attract screen is the resting page: left alone
    QCOMPARE(ended.count(), 0);

    // Someone taps « Se connecter » and walks away: nothing typed, so no warning, straight back to the attract screen.
    QTest::mouseClick(KioskHarness::findIn<QAbstractButton>(attract.page(), u"signInButton"_s), Qt::LeftButton);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QVERIFY(ended.wait(5000));
    QVERIFY(!idle.overlay()->isVisible());
    QCOMPARE(kiosk.window.currentPage(), attract.page());
}

void TestIdleLogout::sessionLimitEndsEvenAnActiveSession()
{
    FakeEnt ent;
    IdleWatcher::Settings settings = shortSettings();
    settings.idle = 60s;
    settings.sessionMax = 1500ms;
    KioskHarness kiosk(ent.config(), {.idle = settings});
    IdleLogout& idle = kiosk.app().idleLogout();
    QVERIFY(kiosk.showActive());
    QSignalSpy ended(&kiosk.session, &KioskSession::ended);
    // Before sign-in the limit does not run: typing for a while never ends anything.
    QVERIFY(signIn(kiosk));
    QVERIFY(ended.wait(5000));
    QCOMPARE(ended.first().first().value<KioskSession::EndReason>(), KioskSession::EndReason::SessionLimit);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QVERIFY(!kiosk.session.client().hasSession());
    QVERIFY(idle.watcher().isRunning()); // watching again, without a limit, for the next pupil
}

void TestIdleLogout::requestInFlightIsDroppedCleanly()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config(), {.idle = shortSettings()});
    QVERIFY(kiosk.showActive());
    QVERIFY(signIn(kiosk));
    // Mon compte asks for the recovery address; the ENT does not answer before the end.
    ent.server().on("GET", "/directory/user/mailstate", FakeHttpServer::Response::hang());
    QTest::mouseClick(KioskHarness::findIn<QAbstractButton>(kiosk.window.signedInPage(), u"accountButton"_s),
                      Qt::LeftButton);
    QTRY_COMPARE(ent.server().count("/directory/user/mailstate"), 1);
    QSignalSpy ended(&kiosk.session, &KioskSession::ended);
    QVERIFY(ended.wait(5000));
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QVERIFY(!kiosk.session.isBusy());
    // The kiosk is usable at once by the next pupil.
    QVERIFY(signIn(kiosk));
}

QTEST_MAIN(TestIdleLogout)
#include "tst_idlelogout.moc"
