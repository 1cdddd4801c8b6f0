// Nothing appears over the kiosk (issue #11): on a session where gnome-keyring runs with no unlocked collection, as
// in an auto-login kiosk session (tests/support/with-locked-keyring.sh: its own Xvfb, a private session bus), the
// shipped leo-kiosk starts and signs a pupil in against the reference server, and no other top-level window is ever
// mapped on the display — none in the 15 s after start, none in the 15 s after the sign-in — in the kiosk profile
// (which never calls the keychain) and in the desktop profile (which does not call one that could prompt). The
// keyring is left without any collection: nobody asked it for one. The control at the end writes to that keyring as
// the kiosk used to (secret-tool) and sees gnome-keyring's password prompt appear: the watch does see such a window.
//
// The watch listens to the display: every window mapped on the root (X MapNotify, SubstructureNotifyMask) reaches the
// test as an event, for 15 s after start and after the sign-in; nothing signals that a window will never come, so each
// watch lasts its full time.
#include "core/secrets/KeychainPrompt.h"
#include "support/ReferenceServer.h"

#include <QProcess>
#include <QSocketNotifier>
#include <QTest>

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <chrono>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

namespace {

constexpr int watchMs = 15000;
const QString login = u"noprompt.eleve"_s;
const QString password = u"Np4!Invite#Kiosque"_s;

struct TopLevel
{
    Window id = 0;
    qint64 pid = -1; // _NET_WM_PID, -1 when unset
    QString name;

    QString describe() const
    {
        return u"0x%1 \"%2\" (pid %3)"_s.arg(quint64(id), 0, 16).arg(name).arg(pid);
    }
};

class XDisplay
{
    Q_DISABLE_COPY_MOVE(XDisplay)

public:
    XDisplay() : m_display(XOpenDisplay(nullptr)) {}
    ~XDisplay()
    {
        if (m_display)
            XCloseDisplay(m_display);
    }
    bool isOpen() const { return m_display; }
    // The connection's socket, readable when the server has sent something (an event).
    int fd() const { return ConnectionNumber(m_display); }

    // From now on, every window mapped as a child of the root is reported as an event (takeMapped()).
    void watchMaps()
    {
        XSelectInput(m_display, DefaultRootWindow(m_display), SubstructureNotifyMask);
        XFlush(m_display);
    }
    // The windows mapped on the root since the last call, described, in the order the server mapped them.
    QList<TopLevel> takeMapped() const
    {
        QList<TopLevel> mapped;
        while (XPending(m_display) > 0) {
            XEvent event{};
            XNextEvent(m_display, &event);
            if (event.type == MapNotify)
                mapped.append({event.xmap.window, pidOf(event.xmap.window), nameOf(event.xmap.window)});
        }
        return mapped;
    }

    // The root's children that are mapped and viewable, in stacking order.
    QList<TopLevel> viewable() const
    {
        QList<TopLevel> found;
        Window root = 0;
        Window parent = 0;
        Window* children = nullptr;
        unsigned int count = 0;
        XSync(m_display, False);
        if (!XQueryTree(m_display, DefaultRootWindow(m_display), &root, &parent, &children, &count))
            return found;
        for (unsigned int i = 0; i < count; ++i) {
            XWindowAttributes attributes{};
            if (!XGetWindowAttributes(m_display, children[i], &attributes) || attributes.map_state != IsViewable)
                continue;
            found.append({children[i], pidOf(children[i]), nameOf(children[i])});
        }
        if (children)
            XFree(children);
        return found;
    }

private:
    qint64 pidOf(Window window) const
    {
        const Atom pidAtom = XInternAtom(m_display, "_NET_WM_PID", False);
        Atom type = 0;
        int format = 0;
        unsigned long items = 0;
        unsigned long after = 0;
        unsigned char* data = nullptr;
        qint64 pid = -1;
        if (XGetWindowProperty(m_display, window, pidAtom, 0, 1, False, XA_CARDINAL, &type, &format, &items, &after,
                               &data) == Success &&
            data && items == 1 && format == 32)
            pid = qint64(*reinterpret_cast<unsigned long*>(data));
        if (data)
            XFree(data);
        return pid;
    }

    QString nameOf(Window window) const
    {
        char* name = nullptr;
        QString text;
        if (XFetchName(m_display, window, &name) && name)
            text = QString::fromLocal8Bit(name);
        if (name)
            XFree(name);
        return text;
    }

    Display* m_display;
};

QStringList describe(const QList<TopLevel>& windows)
{
    QStringList lines;
    for (const TopLevel& window : windows)
        lines.append(window.describe());
    return lines;
}

bool run(const QString& program, const QStringList& arguments, QByteArray* out = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(20000))
        return false;
    if (out)
        *out = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// The default collection's object path, as the Secret Service says ("/" when there is none).
QString defaultCollection()
{
    QByteArray out;
    run(u"dbus-send"_s, {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                         u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.ReadAlias"_s,
                         u"string:default"_s},
        &out);
    const qsizetype at = out.indexOf("object path \"");
    return at < 0 ? QString() : QString::fromUtf8(out.mid(at + 13).split('"').value(0));
}

} // namespace

class TestNoPrompt final : public QObject
{
    Q_OBJECT

private:
    XDisplay m_screen;
    ReferenceServer m_server;
    QUrl m_url;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
        env.remove(u"QT_IM_MODULE"_s);
        return env;
    }

    std::unique_ptr<QProcess> startKiosk(const QString& profile)
    {
        auto kiosk = std::make_unique<QProcess>();
        kiosk->setProcessEnvironment(environment());
        kiosk->setProcessChannelMode(QProcess::ForwardedChannels);
        kiosk->start(QStringLiteral(LEOKIOSK_BIN), {u"--profile"_s, profile, u"--ent-url"_s, m_url.toString()});
        if (!kiosk->waitForStarted(10000))
            return nullptr;
        return kiosk;
    }

    // The kiosk's own window, once mapped (at most 20 s).
    Window kioskWindow(const QProcess& kiosk) const
    {
        Window found = 0;
        const bool ended = QTest::qWaitFor(
            [&] {
                for (const TopLevel& window : m_screen.viewable()) {
                    if (window.pid == kiosk.processId())
                        found = window.id;
                }
                return found != 0 || kiosk.state() != QProcess::Running;
            },
            20000);
        return ended ? found : 0;
    }

    // Until `until` (a deadline on the monotonic clock), every top-level window on show or mapped must be `allowed`.
    // The first other one, described, or an empty string. The display's map events wake the test up (a socket
    // notifier on the X connection); what Xlib has already read is taken at each wake-up too.
    QString intruderUntil(std::chrono::steady_clock::time_point until, Window allowed)
    {
        QString intruder;
        const auto note = [&](const QList<TopLevel>& windows) {
            for (const TopLevel& window : windows) {
                if (window.id != allowed && intruder.isEmpty())
                    intruder = window.describe();
            }
        };
        m_screen.watchMaps();
        note(m_screen.viewable());
        QSocketNotifier notifier(m_screen.fd(), QSocketNotifier::Read);
        connect(&notifier, &QSocketNotifier::activated, this, [&] { note(m_screen.takeMapped()); });
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
        // Done early only if one came: a watch with no intruder lasts its whole time.
        const bool came = QTest::qWaitFor(
            [&] {
                note(m_screen.takeMapped());
                return !intruder.isEmpty();
            },
            int(std::max<qint64>(0, left.count())));
        Q_ASSERT(came == !intruder.isEmpty());
        return intruder;
    }

    // The kiosk's window from its start, and for watchMs after its start and after a sign-in.
    void startSignInAndWatch(const QString& profile)
    {
        QVERIFY2(m_screen.viewable().isEmpty(), qPrintable(describe(m_screen.viewable()).join(u", "_s)));
        const auto started = std::chrono::steady_clock::now();
        const std::unique_ptr<QProcess> kiosk = startKiosk(profile);
        QVERIFY(kiosk);
        const Window window = kioskWindow(*kiosk);
        QVERIFY2(window, qPrintable(describe(m_screen.viewable()).join(u", "_s)));
        QString intruder = intruderUntil(started + std::chrono::milliseconds(watchMs), window);
        QVERIFY2(intruder.isEmpty(), qPrintable(u"after start: "_s + intruder));
        QCOMPARE(kiosk->state(), QProcess::Running);

        // A pupil signs in (the identifier field has the focus; Tab goes to the password; Enter is CONNEXION).
        const qsizetype logBefore = m_server.log().size();
        const QString id = QString::number(window);
        QVERIFY(run(u"xdotool"_s, {u"windowfocus"_s, u"--sync"_s, id}));
        QVERIFY(run(u"xdotool"_s, {u"type"_s, u"--delay"_s, u"30"_s, login}));
        QVERIFY(run(u"xdotool"_s, {u"key"_s, u"Tab"_s}));
        QVERIFY(run(u"xdotool"_s, {u"type"_s, u"--delay"_s, u"30"_s, password}));
        QVERIFY(run(u"xdotool"_s, {u"key"_s, u"Return"_s}));
        const auto signedIn = [&] { return m_server.log().mid(logBefore).contains(u"/auth/oauth2/userinfo 200"_s); };
        QVERIFY2(QTest::qWaitFor(signedIn, 20000), qPrintable(m_server.log().mid(logBefore)));
        intruder = intruderUntil(std::chrono::steady_clock::now() + std::chrono::milliseconds(watchMs), window);
        QVERIFY2(intruder.isEmpty(), qPrintable(u"after the sign-in: "_s + intruder));
        QCOMPARE(kiosk->state(), QProcess::Running);

        kiosk->terminate();
        if (!kiosk->waitForFinished(10000)) {
            kiosk->kill();
            kiosk->waitForFinished(5000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_screen.viewable().isEmpty(), 10000);
        // Nobody asked the keyring for a collection.
        QCOMPARE(defaultCollection(), u"/"_s);
    }

    QString diagnostics(const QString& profile) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(LEOKIOSK_BIN),
                      {u"--diagnostics"_s, u"--profile"_s, profile, u"--ent-url"_s, m_url.toString()});
        if (!process.waitForFinished(30000))
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!qEnvironmentVariable("HOME").contains(u"leokiosk-locked-keyring"_s))
            QSKIP("needs tests/support/with-locked-keyring.sh as launcher");
        QVERIFY2(m_screen.isOpen(), "no X display");
        QCOMPARE(defaultCollection(), u"/"_s); // no keyring yet: a write would have to create one
        ReferenceServer::Account account;
        account.login = login;
        account.firstName = u"Aucune"_s;
        account.lastName = u"Fenêtre"_s;
        account.password = password.toUtf8();
        QVERIFY2(m_server.addAccount(account), qPrintable(m_server.lastError()));
        m_url = m_server.start();
        QVERIFY2(m_url.isValid(), qPrintable(m_server.lastError()));
    }

    void theKioskProfileNeverPrompts()
    {
        startSignInAndWatch(u"kiosk"_s);
        const QString report = diagnostics(u"kiosk"_s);
        QVERIFY2(report.contains(u"Keychain: not used (never used by the kiosk profile)"_s), qPrintable(report));
        QVERIFY2(report.contains(u"Database key: memory"_s), qPrintable(report));
        QCOMPARE(defaultCollection(), u"/"_s);
    }

    void theDesktopProfileDoesNotAskAKeyringThatWouldPrompt()
    {
        const QString why = KeychainPrompt::wouldPrompt();
        QVERIFY2(why.contains(u"no default keyring"_s), qPrintable(why));
        startSignInAndWatch(u"desktop"_s);
        const QString report = diagnostics(u"desktop"_s);
        QVERIFY2(report.contains(u"Keychain: unavailable (the Secret Service has no default keyring"_s),
                 qPrintable(report));
        QVERIFY2(report.contains(u"Database key: memory"_s), qPrintable(report));
        QCOMPARE(defaultCollection(), u"/"_s);
    }

    // The control, last: what the kiosk used to do (write its key to this keyring) puts gnome-keyring's prompt on
    // the screen, and the watch sees it.
    void controlAWriteToThisKeyringPrompts()
    {
        QVERIFY(m_screen.viewable().isEmpty());
        QProcess write;
        write.start(u"secret-tool"_s, {u"store"_s, u"--label=leo-kiosk control"_s, u"leokiosk"_s, u"control"_s});
        QVERIFY(write.waitForStarted(10000));
        write.write("not-a-key");
        write.closeWriteChannel();
        const QString intruder =
            intruderUntil(std::chrono::steady_clock::now() + std::chrono::milliseconds(watchMs), 0);
        write.kill();
        write.waitForFinished(5000);
        QVERIFY2(!intruder.isEmpty(), "no prompt appeared: the watch would not see one");
    }
};

QTEST_GUILESS_MAIN(TestNoPrompt)
#include "tst_noprompt.moc"
