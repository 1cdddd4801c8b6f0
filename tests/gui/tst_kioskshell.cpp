// The kiosk shell: the kiosk profile's lock on the window, the admin gesture, the admin PIN prompt and
// panel, and the attract screen, on the real window as main() builds it.
#include "core/secrets/AdminPin.h"
#include "gui/admin/AdminGesture.h"
#include "gui/admin/AdminMode.h"
#include "gui/admin/AdminPanelPage.h"
#include "gui/admin/AdminPinPage.h"
#include "gui/help/ForgotPasswordPage.h"
#include "gui/help/HelpPage.h"
#include "gui/shell/AttractPage.h"
#include "gui/shell/AttractScreen.h"
#include "gui/shell/KioskGuard.h"
#include "gui/signin/LoginPage.h"
#include "gui/signin/SignedInPage.h"
#include "gui/widgets/MessageLabel.h"
#include "gui/widgets/SecretLineEdit.h"
#include "support/FakeEnt.h"
#include "support/FakeSecretStore.h"
#include "support/FakeTranslator.h"
#include "support/KioskHarness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointingDevice>
#include <QShortcut>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LeoKiosk;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString rightPin = u"482 915 k"_s;


// Counts the presses of one key that reach a widget (after every application event filter).
class KeyCounter final : public QObject
{
public:
    explicit KeyCounter(Qt::Key key) : m_key(key) {}
    int presses = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == m_key)
            ++presses;
        return QObject::eventFilter(watched, event);
    }

private:
    const Qt::Key m_key;
};

// The kiosk profile (or another) on `ent`, with the admin PIN set.
KioskConfig adminConfig(const FakeEnt& ent, const QString& pinHash, KioskProfile profile = KioskProfile::Kiosk)
{
    KioskConfig config = ent.config(profile);
    config.adminPinHash = pinHash;
    config.adminPinLockoutSeconds = 300;
    return config;
}

// Tab from the focus widget: true if the focus goes through `stops`, in that order.
bool tabsThrough(std::initializer_list<const QWidget*> stops)
{
    for (const QWidget* stop : stops) {
        press(Qt::Key_Tab);
        if (QApplication::focusWidget() != stop) {
            qWarning("Tab went to %s, not to %s", qPrintable(focusName()),
                     stop ? qPrintable(stop->objectName()) : "a missing widget");
            return false;
        }
    }
    return true;
}

// A kiosk with the admin exit wired as main() wires it, the exit and the restart recorded instead of done.
struct AdminKiosk
{
    explicit AdminKiosk(const KioskConfig& config, const QString& storeDirectory)
        : kiosk(config, parts(storeDirectory)), guard(kiosk.app().guard()), admin(kiosk.app().adminMode())
    {
        reloaded = loadedFrom(config);
    }

    App::KioskApplication::Parts parts(const QString& storeDirectory)
    {
        App::KioskApplication::Parts parts;
        parts.secrets = &secrets;
        parts.store = LocalStore::Options();
        parts.store->directory = storeDirectory;
        parts.reload = [this] { return reloaded; };
        parts.exit = [this](int code) { exitCodes.append(code); };
        parts.restart = [this](const QString& program, const QStringList& arguments) {
            restarts.append(QStringList{program} + arguments);
            return restartSucceeds;
        };
        return parts;
    }

    static ConfigLoadResult loadedFrom(const KioskConfig& config)
    {
        ConfigLoadResult loaded;
        loaded.config = config;
        return loaded;
    }

    void tapCorner(int times)
    {
        for (int i = 0; i < times; ++i)
            QTest::mouseClick(&kiosk.window, Qt::LeftButton, {}, QPoint(10, 10));
    }
    // Shown and active, then the admin gesture: the PIN prompt comes where a PIN hash is set.
    bool showAndTapCorner()
    {
        if (!kiosk.showActive())
            return false;
        tapCorner(AdminGesture::tapsNeeded);
        return true;
    }

    SecretLineEdit* pinLineEdit() const
    {
        return KioskHarness::findIn<SecretLineEdit>(admin.pinPage(), u"pinLineEdit"_s);
    }
    QAbstractButton* pinButton(const QString& name) const
    {
        return KioskHarness::findIn<QAbstractButton>(admin.pinPage(), name);
    }
    QAbstractButton* panelButton(const QString& name) const
    {
        return KioskHarness::findIn<QAbstractButton>(admin.panelPage(), name);
    }
    MessageLabel* pinMessage() const { return KioskHarness::findIn<MessageLabel>(admin.pinPage(), u"messageLabel"_s); }

    // Types a PIN and presses Enter, then waits for the verdict.
    void tryPin(const QString& pin)
    {
        QTest::keyClicks(pinLineEdit(), pin);
        QTest::keyClick(pinLineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!admin.pinPage()->isBusy(), 20000);
    }

    FakeSecretStore secrets;
    KioskHarness kiosk;
    KioskGuard& guard;
    AdminMode& admin;
    ConfigLoadResult reloaded;
    QList<int> exitCodes;
    QList<QStringList> restarts;
    bool restartSucceeds = true;
};

// The fake ENT, built first so that it is up before the kiosk that talks to it (a base is built before members).
struct WithFakeEnt
{
    FakeEnt ent;
};

// The AdminKiosk of most tests here: the kiosk profile with the admin PIN set, on a fake ENT of its own.
struct PinKiosk final : WithFakeEnt, AdminKiosk
{
    PinKiosk(const QString& pinHash, const QString& storeDirectory)
        : AdminKiosk(adminConfig(ent, pinHash), storeDirectory)
    {
    }
};

} // namespace

class TestKioskShell final : public QObject
{
    Q_OBJECT

private:
    QString m_pinHash;
    QTemporaryDir m_storeDir;

private Q_SLOTS:
    void initTestCase();

    void kioskWindowIsFramelessAndOnTop();
    void closeShortcuts_data();
    void closeShortcuts();
    void closeEvent();
    void escapeStillClosesDialogs();
    void hiddenCursor();

    void cornerTaps_data();
    void cornerTaps();
    void touchTapsCountOnce();
    void keyChord();

    void rightPinOpensPanel();
    void wrongPinsLockThePrompt();
    void noPinHashNoPrompt();
    void backLeavesAndWipes();
    void sessionEndWipesAdminPages();
    void reloadRefusedShowsKeys();
    void reloadAcceptedRestarts();
    void adminPagesByKeyboard();

    void attractScreenAtStartAndAfterEverySession();
    void attractButtonsLeadToLoginAndLostPassword();
    void attractScreenOff();

    void accessibleNamesAndTouchTargets();
};

void TestKioskShell::initTestCase()
{
    const std::optional<QString> hash = AdminPin::hash(SecretBytes(rightPin));
    QVERIFY(hash.has_value());
    m_pinHash = *hash;
    QVERIFY(m_storeDir.isValid());
}

void TestKioskShell::kioskWindowIsFramelessAndOnTop()
{
    FakeEnt ent;
    {
        KioskHarness kiosk(ent.config(KioskProfile::Kiosk));
        KioskGuard& guard = kiosk.app().guard();
        QVERIFY(kiosk.showActive());
        QVERIFY(guard.isActive());
        QVERIFY(kiosk.window.windowFlags().testFlag(Qt::FramelessWindowHint));
        QVERIFY(kiosk.window.windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    }
    KioskHarness kiosk(ent.config(KioskProfile::Desktop));
    KioskGuard& guard = kiosk.app().guard();
    QVERIFY(kiosk.showActive());
    QVERIFY(!guard.isActive());
    QVERIFY(!kiosk.window.windowFlags().testFlag(Qt::FramelessWindowHint));
    QVERIFY(!kiosk.window.windowFlags().testFlag(Qt::WindowStaysOnTopHint));
}

void TestKioskShell::closeShortcuts_data()
{
    QTest::addColumn<KioskProfile>("profile");
    QTest::addColumn<QKeyCombination>("keys");
    QTest::addColumn<bool>("swallowed");
    const QList<std::pair<const char*, QKeyCombination>> keys = {
        {"Alt+F4", Qt::ALT | Qt::Key_F4}, {"Ctrl+F4", Qt::CTRL | Qt::Key_F4},          {"Ctrl+Q", Qt::CTRL | Qt::Key_Q},
        {"Ctrl+W", Qt::CTRL | Qt::Key_W}, {"Escape", QKeyCombination(Qt::Key_Escape)},
    };
    for (const auto& [name, combination] : keys) {
        QTest::addRow("kiosk %s", name) << KioskProfile::Kiosk << combination << true;
        QTest::addRow("desktop %s", name) << KioskProfile::Desktop << combination << false;
    }
}

void TestKioskShell::closeShortcuts()
{
    QFETCH(KioskProfile, profile);
    QFETCH(QKeyCombination, keys);
    QFETCH(bool, swallowed);

    FakeEnt ent;
    KioskHarness kiosk(ent.config(profile));
    // What an application or the platform would do with the key: a window-wide shortcut.
    QShortcut shortcut(QKeySequence(keys), &kiosk.window);
    QSignalSpy activated(&shortcut, &QShortcut::activated);
    QVERIFY(kiosk.showActive());
    QLineEdit* field = kiosk.loginLineEdit();
    field->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), field);
    KeyCounter counter(keys.key());
    field->installEventFilter(&counter);

    QTest::keyClick(field, keys.key(), keys.keyboardModifiers());

    QCOMPARE(activated.count(), swallowed ? 0 : 1);
    if (swallowed)
        QCOMPARE(counter.presses, 0);
    QVERIFY(kiosk.window.isVisible());
    // An ordinary key still gets through.
    QTest::keyClick(field, Qt::Key_A);
    QCOMPARE(field->text(), u"a"_s);
}

void TestKioskShell::closeEvent()
{
    FakeEnt ent;
    {
        KioskHarness kiosk(ent.config(KioskProfile::Kiosk));
        KioskGuard& guard = kiosk.app().guard();
        QVERIFY(kiosk.showActive());
        QVERIFY(!guard.isCloseAllowed());
        QVERIFY(!kiosk.window.close());
        QVERIFY(kiosk.window.isVisible());
        guard.allowClose(); // the admin exit
        QVERIFY(kiosk.window.close());
        QVERIFY(!kiosk.window.isVisible());
    }
    KioskHarness kiosk(ent.config(KioskProfile::Desktop));
    KioskGuard& guard = kiosk.app().guard();
    QVERIFY(kiosk.showActive());
    QVERIFY(guard.isCloseAllowed());
    QVERIFY(kiosk.window.close());
    QVERIFY(!kiosk.window.isVisible());
}

void TestKioskShell::escapeStillClosesDialogs()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config(KioskProfile::Kiosk));
    QVERIFY(kiosk.showActive());
    QDialog dialog(&kiosk.window);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
    QVERIFY(kiosk.window.isVisible());
}

void TestKioskShell::hiddenCursor()
{
    FakeEnt ent;
    QVERIFY(!QGuiApplication::overrideCursor());
    KioskConfig config = ent.config(KioskProfile::Kiosk);
    config.hideCursor = true;
    {
        KioskHarness kiosk(config);
        QVERIFY(QGuiApplication::overrideCursor());
        QCOMPARE(QGuiApplication::overrideCursor()->shape(), Qt::BlankCursor);
    }
    QVERIFY(!QGuiApplication::overrideCursor());
    {
        config.hideCursor = false;
        KioskHarness kiosk(config);
        QVERIFY(!QGuiApplication::overrideCursor());
    }
    config.profile = KioskProfile::Desktop;
    config.hideCursor = true;
    KioskHarness kiosk(config);
    QVERIFY(!QGuiApplication::overrideCursor());
}

void TestKioskShell::cornerTaps_data()
{
    QTest::addColumn<QList<int>>("millisecondsBetween"); // one entry per tap after the first
    QTest::addColumn<QPoint>("where");
    QTest::addColumn<int>("triggers");
    QTest::newRow("five quick taps") << QList<int>{100, 100, 100, 100} << QPoint(10, 10) << 1;
    QTest::newRow("five taps in 2.9 s") << QList<int>{700, 700, 700, 800} << QPoint(70, 70) << 1;
    QTest::newRow("four taps") << QList<int>{100, 100, 100} << QPoint(10, 10) << 0;
    QTest::newRow("too slow") << QList<int>{1000, 1000, 1000, 1000} << QPoint(10, 10) << 0;
    QTest::newRow("outside the corner") << QList<int>{100, 100, 100, 100} << QPoint(90, 10) << 0;
    QTest::newRow("ten quick taps") << QList<int>{100, 100, 100, 100, 100, 100, 100, 100, 100} << QPoint(5, 5) << 2;
}

void TestKioskShell::cornerTaps()
{
    QFETCH(QList<int>, millisecondsBetween);
    QFETCH(QPoint, where);
    QFETCH(int, triggers);

    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    auto now = std::chrono::steady_clock::time_point(1h);
    AdminGesture gesture(kiosk.window, ent.config(), [&now] { return now; });
    QSignalSpy triggered(&gesture, &AdminGesture::triggered);
    QVERIFY(kiosk.showActive());

    QTest::mouseClick(&kiosk.window, Qt::LeftButton, {}, where);
    for (int ms : millisecondsBetween) {
        now += std::chrono::milliseconds(ms);
        QTest::mouseClick(&kiosk.window, Qt::LeftButton, {}, where);
    }
    QCOMPARE(triggered.count(), triggers);
}

void TestKioskShell::touchTapsCountOnce()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    AdminGesture gesture(kiosk.window, ent.config());
    QSignalSpy triggered(&gesture, &AdminGesture::triggered);
    QVERIFY(kiosk.showActive());
    QPointingDevice* screen = QTest::createTouchDevice();

    // Widgets that take no touch get a mouse press made up from it: that must not count as a second tap.
    for (int i = 0; i < 3; ++i) {
        QTest::touchEvent(&kiosk.window, screen).press(0, QPoint(20, 20));
        QTest::touchEvent(&kiosk.window, screen).release(0, QPoint(20, 20));
    }
    QCOMPARE(triggered.count(), 0);
    for (int i = 0; i < 2; ++i) {
        QTest::touchEvent(&kiosk.window, screen).press(0, QPoint(20, 20));
        QTest::touchEvent(&kiosk.window, screen).release(0, QPoint(20, 20));
    }
    QCOMPARE(triggered.count(), 1);
}

void TestKioskShell::keyChord()
{
    FakeEnt ent;
    KioskConfig config = ent.config();
    config.adminGesture = u"Ctrl+Alt+Shift+A"_s;
    KioskHarness kiosk(config);
    AdminGesture gesture(kiosk.window, config);
    QSignalSpy triggered(&gesture, &AdminGesture::triggered);
    QVERIFY(kiosk.showActive());
    QLineEdit* field = kiosk.loginLineEdit();
    field->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), field);

    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(triggered.count(), 0);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(triggered.count(), 1);
    // With a chord configured, corner taps do nothing.
    for (int i = 0; i < AdminGesture::tapsNeeded; ++i)
        QTest::mouseClick(&kiosk.window, Qt::LeftButton, {}, QPoint(10, 10));
    QCOMPARE(triggered.count(), 1);
}

void TestKioskShell::rightPinOpensPanel()
{
    PinKiosk app(m_pinHash, m_storeDir.path());
    KioskHarness& kiosk = app.kiosk;
    QSignalSpy ended(&kiosk.session, &KioskSession::ended);
    QVERIFY(kiosk.showActive());
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());

    app.tapCorner(AdminGesture::tapsNeeded);
    QCOMPARE(kiosk.window.currentPage(), app.admin.pinPage());
    QTRY_COMPARE(QApplication::focusWidget(), app.pinLineEdit());

    QTest::keyClicks(app.pinLineEdit(), rightPin);
    QTest::mouseClick(app.pinButton(u"validateButton"_s), Qt::LeftButton);
    // Busy while argon2 runs, the field already empty.
    QVERIFY(app.admin.pinPage()->isBusy());
    QVERIFY(!app.pinButton(u"validateButton"_s)->isEnabled());
    QCOMPARE(app.pinButton(u"validateButton"_s)->text(), translated("AdminPinPage", "Checking…"));
    QVERIFY(app.pinLineEdit()->text().isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), app.admin.panelPage(), 20000);
    auto* report = KioskHarness::findIn<QPlainTextEdit>(app.admin.panelPage(), u"diagnosticsTextEdit"_s);
    QTRY_VERIFY_WITH_TIMEOUT(report->toPlainText().contains(u"Local database"_s), 20000);
    QVERIFY(report->toPlainText().startsWith(u"leo-kiosk "_s));
    QVERIFY(!report->toPlainText().contains(rightPin));
    QVERIFY(!report->toPlainText().contains(m_pinHash)); // the configuration report never shows the hash

    QTest::mouseClick(app.panelButton(u"quitButton"_s), Qt::LeftButton);
    QCOMPARE(app.exitCodes, QList<int>{0});
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.first().first().value<KioskSession::EndReason>(), KioskSession::EndReason::AdminExit);
    QVERIFY(app.guard.isCloseAllowed());
    QVERIFY(kiosk.window.close());
}

void TestKioskShell::wrongPinsLockThePrompt()
{
    PinKiosk app(m_pinHash, m_storeDir.path());
    KioskHarness& kiosk = app.kiosk;
    QVERIFY(app.showAndTapCorner());
    QCOMPARE(kiosk.window.currentPage(), app.admin.pinPage());

    for (int tried = 1; tried < AdminPin::maxFailures; ++tried) {
        app.tryPin(u"000000"_s);
        QCOMPARE(kiosk.window.currentPage(), app.admin.pinPage());
        QVERIFY(app.pinLineEdit()->text().isEmpty());
        QCOMPARE(app.pinMessage()->text(),
                 translated("AdminPinPage", "Wrong code. %n tries left before the prompt is locked.",
                            AdminPin::maxFailures - tried));
        QCOMPARE(QApplication::focusWidget(), app.pinLineEdit());
    }
    app.tryPin(u"111111"_s);
    const QString locked =
        translated("AdminPinPage", "Too many wrong codes: the prompt is locked for %n more minute(s).", 5);
    QCOMPARE(app.pinMessage()->text(), locked);

    // Locked: the right PIN is refused unchecked.
    app.tryPin(rightPin);
    QCOMPARE(kiosk.window.currentPage(), app.admin.pinPage());
    QCOMPARE(app.pinMessage()->text(), locked);
    QVERIFY(app.pinLineEdit()->text().isEmpty());

    // Leaving and coming back does not lift the lock.
    QTest::mouseClick(app.pinButton(u"backButton"_s), Qt::LeftButton);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    app.tapCorner(AdminGesture::tapsNeeded);
    QCOMPARE(kiosk.window.currentPage(), app.admin.pinPage());
    QCOMPARE(app.pinMessage()->text(), locked);
    app.tryPin(rightPin);
    QCOMPARE(kiosk.window.currentPage(), app.admin.pinPage());
}

void TestKioskShell::noPinHashNoPrompt()
{
    FakeEnt ent;
    KioskConfig config = adminConfig(ent, m_pinHash);
    config.adminPinHash.clear();
    AdminKiosk app(config, m_storeDir.path());
    QVERIFY(app.kiosk.showActive());
    app.tapCorner(AdminGesture::tapsNeeded * 2);
    QCOMPARE(app.kiosk.window.currentPage(), app.kiosk.window.loginPage());

    // The desktop profile has the prompt too when a hash is set.
    AdminKiosk desktop(adminConfig(ent, m_pinHash, KioskProfile::Desktop), m_storeDir.path());
    QVERIFY(desktop.kiosk.showActive());
    desktop.tapCorner(AdminGesture::tapsNeeded);
    QCOMPARE(desktop.kiosk.window.currentPage(), desktop.admin.pinPage());
}

void TestKioskShell::backLeavesAndWipes()
{
    PinKiosk app(m_pinHash, m_storeDir.path());
    KioskHarness& kiosk = app.kiosk;
    QVERIFY(kiosk.showActive());
    kiosk.window.showPage(kiosk.window.helpPage());
    app.tapCorner(AdminGesture::tapsNeeded);
    QCOMPARE(kiosk.window.currentPage(), app.admin.pinPage());
    QTest::keyClicks(app.pinLineEdit(), u"12345"_s);
    QTest::mouseClick(app.pinButton(u"backButton"_s), Qt::LeftButton);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.helpPage()); // where the gesture was made
    QVERIFY(app.pinLineEdit()->text().isEmpty());

    app.tapCorner(AdminGesture::tapsNeeded);
    app.tryPin(rightPin);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), app.admin.panelPage(), 20000);
    QTest::mouseClick(app.panelButton(u"backButton"_s), Qt::LeftButton);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.helpPage());
    QVERIFY(app.admin.panelPage()->diagnostics().isEmpty());
    QVERIFY(app.exitCodes.isEmpty());
}

void TestKioskShell::sessionEndWipesAdminPages()
{
    PinKiosk app(m_pinHash, m_storeDir.path());
    KioskHarness& kiosk = app.kiosk;
    QVERIFY(app.showAndTapCorner());
    QTest::keyClicks(app.pinLineEdit(), u"12345"_s);
    app.tryPin(u"9"_s); // a wrong PIN: a message is shown
    QVERIFY(!app.pinMessage()->text().isEmpty());
    QTest::keyClicks(app.pinLineEdit(), u"abc"_s);

    kiosk.session.end(KioskSession::EndReason::Idle);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QVERIFY(app.pinLineEdit()->text().isEmpty());
    QVERIFY(app.pinMessage()->text().isEmpty());
}

void TestKioskShell::reloadRefusedShowsKeys()
{
    PinKiosk app(m_pinHash, m_storeDir.path());
    KioskHarness& kiosk = app.kiosk;
    QSignalSpy ended(&kiosk.session, &KioskSession::ended);
    app.reloaded = ConfigLoader::load({{u"idle_timeout"_s, u"soon"_s}}, {}, {});
    QVERIFY(!app.reloaded.ok());
    QVERIFY(kiosk.showActive());
    app.tapCorner(AdminGesture::tapsNeeded);
    app.tryPin(rightPin);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), app.admin.panelPage(), 20000);

    QTest::mouseClick(app.panelButton(u"reloadButton"_s), Qt::LeftButton);
    auto* message = KioskHarness::findIn<MessageLabel>(app.admin.panelPage(), u"messageLabel"_s);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(u"idle_timeout"_s));
    QCOMPARE(kiosk.window.currentPage(), app.admin.panelPage());
    QVERIFY(app.restarts.isEmpty());
    QVERIFY(app.exitCodes.isEmpty());
    QCOMPARE(ended.count(), 0);
    QVERIFY(!app.guard.isCloseAllowed());
}

void TestKioskShell::reloadAcceptedRestarts()
{
    PinKiosk app(m_pinHash, m_storeDir.path());
    KioskHarness& kiosk = app.kiosk;
    QSignalSpy ended(&kiosk.session, &KioskSession::ended);
    QVERIFY(kiosk.showActive());
    app.tapCorner(AdminGesture::tapsNeeded);
    app.tryPin(rightPin);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), app.admin.panelPage(), 20000);

    // A restart that cannot start: the kiosk goes on and says so.
    app.restartSucceeds = false;
    QTest::mouseClick(app.panelButton(u"reloadButton"_s), Qt::LeftButton);
    QCOMPARE(app.restarts.size(), 1);
    QVERIFY(app.exitCodes.isEmpty());
    QCOMPARE(kiosk.window.currentPage(), app.admin.panelPage());
    QVERIFY(KioskHarness::findIn<MessageLabel>(app.admin.panelPage(), u"messageLabel"_s)->isVisible());

    app.restartSucceeds = true;
    QTest::mouseClick(app.panelButton(u"reloadButton"_s), Qt::LeftButton);
    QCOMPARE(app.restarts.size(), 2);
    QCOMPARE(app.restarts.last(),
             QStringList{QCoreApplication::applicationFilePath()} + QCoreApplication::arguments().mid(1));
    QCOMPARE(app.exitCodes, QList<int>{0});
    QCOMPARE(ended.last().first().value<KioskSession::EndReason>(), KioskSession::EndReason::AdminExit);
    QVERIFY(app.guard.isCloseAllowed());
}

void TestKioskShell::adminPagesByKeyboard()
{
    PinKiosk app(m_pinHash, m_storeDir.path());
    KioskHarness& kiosk = app.kiosk;
    QVERIFY(app.showAndTapCorner());
    QTRY_COMPARE(QApplication::focusWidget(), app.pinLineEdit());

    // PIN field → VALIDATE → Back, in that order.
    QVERIFY(tabsThrough({app.pinButton(u"validateButton"_s), app.pinButton(u"backButton"_s)}));
    press(Qt::Key_Backtab);
    press(Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), app.pinLineEdit());
    QTest::keyClicks(app.pinLineEdit(), rightPin);
    QTest::keyClick(app.pinLineEdit(), Qt::Key_Tab);
    press(Qt::Key_Space); // VALIDATE
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window.currentPage(), app.admin.panelPage(), 20000);

    // Panel: Back first, then reload, then Quit; the report can be reached and left with Tab.
    QTRY_COMPARE(QApplication::focusWidget(), app.panelButton(u"backButton"_s));
    QVERIFY(tabsThrough({app.panelButton(u"reloadButton"_s), app.panelButton(u"quitButton"_s)}));
    press(Qt::Key_Backtab);
    press(Qt::Key_Backtab);
    press(Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(),
             KioskHarness::findIn<QPlainTextEdit>(app.admin.panelPage(), u"diagnosticsTextEdit"_s));
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), app.panelButton(u"quitButton"_s));
    press(Qt::Key_Return);
    QCOMPARE(app.exitCodes, QList<int>{0});
}

void TestKioskShell::attractScreenAtStartAndAfterEverySession()
{
    FakeEnt ent;
    KioskConfig config = ent.config();
    config.attractScreen = true;
    config.siteName = u"Lycée Jules Verne"_s;
    KioskHarness kiosk(config);
    AttractScreen& attract = kiosk.app().attractScreen();
    QVERIFY(attract.page());
    QVERIFY(kiosk.showActive());
    QCOMPARE(kiosk.window.currentPage(), attract.page());
    QCOMPARE(KioskHarness::findIn<QLabel>(attract.page(), u"siteNameLabel"_s)->text(), config.siteName);
    QVERIFY(KioskHarness::findIn<QWidget>(attract.page(), u"wordmark"_s)->isVisible());

    // main() ends the empty session at start; then every way out of a session.
    for (const auto reason : {KioskSession::EndReason::Startup, KioskSession::EndReason::Logout,
                              KioskSession::EndReason::Idle, KioskSession::EndReason::SessionLimit}) {
        kiosk.window.showPage(kiosk.window.loginPage());
        kiosk.session.end(reason);
        QCOMPARE(kiosk.window.currentPage(), attract.page());
        QTRY_COMPARE(QApplication::focusWidget(), KioskHarness::findIn<QWidget>(attract.page(), u"signInButton"_s));
    }

    // A real sign-in and sign-out.
    QTest::mouseClick(KioskHarness::findIn<QAbstractButton>(attract.page(), u"signInButton"_s), Qt::LeftButton);
    kiosk.typeCredentials(u"adele.adams"_s, u"pass word+1"_s);
    kiosk.clickSignIn();
    QTRY_COMPARE(kiosk.window.currentPage(), kiosk.window.signedInPage());
    QTest::mouseClick(kiosk.signOutButton(), Qt::LeftButton);
    QTRY_COMPARE(kiosk.window.currentPage(), attract.page());
}

void TestKioskShell::attractButtonsLeadToLoginAndLostPassword()
{
    FakeEnt ent;
    KioskConfig config = ent.config();
    config.attractScreen = true;
    config.siteName.clear();
    KioskHarness kiosk(config);
    AttractScreen& attract = kiosk.app().attractScreen();
    QVERIFY(kiosk.showActive());
    QVERIFY(KioskHarness::findIn<QLabel>(attract.page(), u"siteNameLabel"_s)->isHidden()); // no site name

    QTest::mouseClick(KioskHarness::findIn<QAbstractButton>(attract.page(), u"signInButton"_s), Qt::LeftButton);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    QTRY_COMPARE(QApplication::focusWidget(), kiosk.loginLineEdit());

    attract.show();
    QTest::mouseClick(KioskHarness::findIn<QAbstractButton>(attract.page(), u"forgotPasswordButton"_s), Qt::LeftButton);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.forgotPasswordPage());

    // By keyboard: Sign in has the focus, Tab reaches the other, Space presses it.
    attract.show();
    QTRY_COMPARE(QApplication::focusWidget(), KioskHarness::findIn<QWidget>(attract.page(), u"signInButton"_s));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), KioskHarness::findIn<QWidget>(attract.page(), u"forgotPasswordButton"_s));
    press(Qt::Key_Space);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.forgotPasswordPage());
    attract.show();
    QTRY_COMPARE(QApplication::focusWidget(), KioskHarness::findIn<QWidget>(attract.page(), u"signInButton"_s));
    press(Qt::Key_Return);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
}

void TestKioskShell::attractScreenOff()
{
    FakeEnt ent;
    KioskHarness kiosk(ent.config());
    AttractScreen& attract = kiosk.app().attractScreen();
    QVERIFY(!attract.page());
    QVERIFY(kiosk.showActive());
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
    kiosk.session.end(KioskSession::EndReason::Logout);
    QCOMPARE(kiosk.window.currentPage(), kiosk.window.loginPage());
}

void TestKioskShell::accessibleNamesAndTouchTargets()
{
    FakeEnt ent;
    KioskConfig config = adminConfig(ent, m_pinHash);
    config.attractScreen = true;
    AdminKiosk app(config, m_storeDir.path());
    AttractScreen& attract = app.kiosk.app().attractScreen();
    QVERIFY(app.kiosk.showActive());

    const auto check = [](KioskPage* page) {
        const QList<QWidget*> stops = tabStops(page);
        QVERIFY(!stops.isEmpty());
        for (QWidget* widget : stops) {
            QVERIFY2(widget->height() >= 48,
                     qPrintable(u"%1 is %2 px high"_s.arg(widget->objectName()).arg(widget->height())));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(!visibleName(page, widget).isEmpty(), qPrintable(widget->objectName()));
        }
    };
    QCOMPARE(app.kiosk.window.currentPage(), attract.page());
    check(attract.page());
    app.tapCorner(AdminGesture::tapsNeeded);
    QCOMPARE(app.kiosk.window.currentPage(), app.admin.pinPage());
    check(app.admin.pinPage());
    QCOMPARE(app.pinLineEdit()->accessibleName(), visibleName(app.admin.pinPage(), app.pinLineEdit()));
    // The PIN field is a secret field: hidden text, no context menu to copy from, no predictions.
    QCOMPARE(app.pinLineEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(app.pinLineEdit()->contextMenuPolicy(), Qt::NoContextMenu);
    QVERIFY(app.pinLineEdit()->inputMethodHints().testFlag(Qt::ImhHiddenText));
    QVERIFY(app.pinLineEdit()->inputMethodHints().testFlag(Qt::ImhSensitiveData));
    app.tryPin(rightPin);
    QTRY_COMPARE_WITH_TIMEOUT(app.kiosk.window.currentPage(), app.admin.panelPage(), 20000);
    check(app.admin.panelPage());
    // The attract buttons are the screen's whole point: bigger than the minimum.
    QVERIFY(KioskHarness::findIn<QWidget>(attract.page(), u"signInButton"_s)->height() >= 72);
}

QTEST_MAIN(TestKioskShell)
#include "tst_kioskshell.moc"
