#include "core/session/AuthContextStore.h"
#include "core/session/EntReachability.h"
#include "gui/help/HelpPage.h"
#include "gui/help/NewPasswordPage.h"
#include "gui/help/StillLostPage.h"
#include "gui/signin/LoginPage.h"
#include "gui/signin/SignedInPage.h"
#include "gui/widgets/EntStatusBanner.h"
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/SecretLineEdit.h"
#include "support/ClosedPort.h"
#include "support/FakeEnt.h"
#include "support/FakeTranslator.h"
#include "support/KioskHarness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

// What the encrypted local store gives back at start-up: the context a previous run fetched.
class CachedContext final : public AuthContextStore
{
public:
    std::optional<QJsonObject> load() override
    {
        return QJsonObject{{u"passwordRegex"_s, u"^(?=.*[0-9])(?=.*[a-zA-Z]).{12,}$"_s}, {u"cgu"_s, false}};
    }
    void save(const QJsonObject&) override {}
};

} // namespace

// "ENT unreachable": a banner with automatic retries, the help screens that need no server still usable,
// and no frozen window, at start-up and in the middle of a session.
class TestEntBanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void downAtStartup();
    void downMidSessionThenBack();
    void checklistFollowsTheCachedRuleWhileDown();
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

void TestEntBanner::checklistFollowsTheCachedRuleWhileDown()
{
    FakeEnt ent;
    KioskConfig config = ent.config();
    config.entUrl = closedLocalUrl();
    KioskHarness kiosk(config);
    CachedContext cached;
    kiosk.session.authContext().setStore(&cached); // as LocalStore::attach() does once the database is open
    QVERIFY(kiosk.showActive());
    kiosk.session.authContext().refresh();
    QTRY_VERIFY(kiosk.window.entStatusBanner()->isVisible());

    // The rule of the last good context (12 characters), not LEO's default 8, though the ENT cannot be asked.
    NewPasswordPage* page = kiosk.window.newPasswordPage();
    page->open(u"adele.adams"_s, u"3zrf6jkz"_s);
    kiosk.window.showPage(page);
    const QString twelve = translated("PasswordPolicy", "At least %n characters", 12);
    auto* length = on<QLabel>(page, u"minLengthRuleLabel"_s);
    QVERIFY2(length->text().contains(twelve), qPrintable(length->text()));
    const auto line = [&twelve](const char* state) {
        return translated("PasswordChecklist", state).arg(twelve);
    };
    auto* field = on<PasswordField>(page, u"newPasswordField"_s)->lineEdit();
    field->setText(u"soleil2024"_s); // 10 characters: enough for LEO's rule, not for this ENT's
    QCOMPARE(length->text(), line("✗ %1 — not met"));
    field->setText(u"soleil2024ab"_s);
    QCOMPARE(length->text(), line("✓ %1 — met"));
}
