#include "app/KioskApplication.h"

#include "core/diagnostics/ExitCode.h"
#include "gui/accessibility/AccessibleScrollArea.h"
#include "gui/shell/AttractPage.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QFont>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <array>
#include <chrono>
#include <functional>
#include <string_view>
#include <utility>

namespace LeoKiosk::App {

using namespace Qt::Literals::StringLiterals;

namespace {

// Reloading the configuration from the admin panel starts a new process. Under a supervisor (systemd sets
// INVOCATION_ID for its units; restart_on_logout says one is there) a detached child would be killed with the unit:
// the kiosk exits with ExitCode::RestartRequested and the supervisor starts it again.
bool hasSupervisor(const KioskConfig& config)
{
    return config.restartOnLogout || qEnvironmentVariableIsSet("INVOCATION_ID");
}

// Runs `work` once, after the window's first frame: the paint and the flush to the screen happen in one pass, and
// the work is queued behind it. At the latest after a second, for a platform that never paints the window.
class AfterFirstFrame final : public QObject
{
    Q_DISABLE_COPY_MOVE(AfterFirstFrame)

public:
    AfterFirstFrame(QWidget& window, std::function<void()> work) : QObject(&window), m_work(std::move(work))
    {
        window.installEventFilter(this);
        QTimer::singleShot(std::chrono::seconds(1), this, &AfterFirstFrame::run);
    }
    ~AfterFirstFrame() override = default;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, &AfterFirstFrame::run);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void run()
    {
        if (!m_work)
            return;
        const std::function<void()> work = std::exchange(m_work, nullptr);
        deleteLater();
        work();
    }

    std::function<void()> m_work;
};

// The words of Gui::MainWindow::SignInNotice in the restart notice file.
constexpr std::array<std::pair<Gui::MainWindow::SignInNotice, std::string_view>, 2> noticeWords{{
    {Gui::MainWindow::SignInNotice::SessionLapsed, "session-lapsed"},
    {Gui::MainWindow::SignInNotice::PasswordChanged, "password-changed"},
}};

} // namespace

KioskApplication::ProcessWide::ProcessWide()
{
    Gui::AccessibleScrollArea::install();
    // A widget takes the style sheet's font when it is polished, as it is shown; a QLineEdit lays out its text when it
    // is built, in the application's font. With the sheet's body size (`QWidget { font-size: 17pt; }`) that is a font
    // the screen uses anyway, and the first frame does not wait for one that nothing draws with.
    if (QFont font = QApplication::font(); font.pointSize() != bodyPointSize) {
        font.setPointSize(bodyPointSize);
        QApplication::setFont(font);
    }
    QFile file(u":/styles/kiosk.qss"_s);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QString sheet = QString::fromUtf8(file.readAll());
    if (qApp->styleSheet() != sheet)
        qApp->setStyleSheet(sheet);
}

void KioskApplication::prepareEnvironment(const KioskConfig& config)
{
    Gui::VirtualKeyboard::prepareEnvironment(config);
}

KioskApplication::KioskApplication(ConfigLoadResult loaded, Parts parts)
    : m_loaded(std::move(loaded))
    , m_parts(std::move(parts))
    // The kiosk profile never calls the keychain: a locked or missing keyring would put its password prompt over the
    // kiosk (issue #11). Its database key comes from a systemd credential or a key file, else memory (LocalStore).
    , m_keychain(m_parts.secrets || m_loaded.config.profile != KioskProfile::Desktop
                     ? nullptr
                     : std::make_unique<KeychainSecretStore>())
    , m_secrets(m_parts.secrets ? *m_parts.secrets : m_keychain.get())
    , m_storeOptions(m_parts.store ? *m_parts.store : LocalStore::Options::fromConfig(m_loaded.config))
    , m_languages(m_loaded.config.languages, m_loaded.config.defaultLanguage) // installs the default's catalogues
    , m_store(m_secrets, m_storeOptions)
    , m_session(m_loaded.config, m_secrets)
    , m_journal(m_session, m_store)
    , m_window(m_session, m_languages, Gui::KioskGuard::windowFlags(m_loaded.config))
    , m_guard(m_window, m_loaded.config)
    , m_attract(m_window, m_session)
    , m_keyboard(m_window)
    , m_restartOnLogout(m_session)
{
    if (m_loaded.config.restartOnLogout)
        QObject::connect(&m_restartOnLogout, &RestartOnLogout::restartRequested, &m_restartOnLogout, [this] {
            leaveNoticeForRestart();
            exit(ExitCode::RestartRequested);
        });
}

KioskApplication::~KioskApplication() = default;

KioskApplication::Shell::Shell(KioskApplication& app)
    : idleLogout(app.m_window, app.m_session,
                 app.m_parts.idle ? *app.m_parts.idle : IdleWatcher::Settings::fromConfig(app.m_loaded.config))
    , admin(app.m_window, app.m_session, app.m_guard, app.m_loaded, app.m_parts.reload)
{
    if (app.m_attract.page())
        idleLogout.setRestingPage(app.m_attract.page());
    admin.setDiagnosticsSources(app.m_secrets, app.m_storeOptions);
    if (app.m_parts.restart) {
        admin.setRestartHandler(app.m_parts.restart);
        admin.setExitHandler([&app](int code) { app.exit(code); });
    } else if (hasSupervisor(app.m_loaded.config)) {
        auto restarting = std::make_shared<bool>(false);
        admin.setRestartHandler([restarting](const QString&, const QStringList&) { return *restarting = true; });
        admin.setExitHandler(
            [&app, restarting](int code) { app.exit(*restarting ? ExitCode::RestartRequested : code); });
    } else {
        admin.setExitHandler([&app](int code) { app.exit(code); });
    }
}

KioskApplication::Shell::~Shell() = default;

void KioskApplication::buildShell()
{
    shell();
}

KioskApplication::Shell& KioskApplication::shell()
{
    if (!m_shell)
        m_shell.emplace(*this);
    return *m_shell;
}

void KioskApplication::exit(int code) const
{
    if (m_parts.exit)
        m_parts.exit(code);
    else
        QCoreApplication::exit(code);
}

QString KioskApplication::restartNoticePath() const
{
    if (m_parts.restartNotice)
        return *m_parts.restartNotice;
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? QString() : runtime + u"/leo-kiosk-notice"_s;
}

void KioskApplication::leaveNoticeForRestart() const
{
    const QString path = restartNoticePath();
    const Gui::MainWindow::SignInNotice notice = m_window.signInNotice();
    const auto word = std::ranges::find(noticeWords, notice, &decltype(noticeWords)::value_type::first);
    if (path.isEmpty() || word == noticeWords.end())
        return;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write(word->second.data(), static_cast<qint64>(word->second.size()));
    }
}

void KioskApplication::showNoticeLeftByRestart()
{
    const QString path = restartNoticePath();
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray text = file.read(64).trimmed();
    file.remove(); // said once
    for (const auto& [notice, word] : noticeWords)
        if (text == QByteArrayView(word))
            m_window.showSignInNotice(notice);
}

void KioskApplication::show()
{
    if (config().profile == KioskProfile::Kiosk) {
        m_window.showFullScreen();
        // Full screen is a request to the window manager; a bare X server or a compositor without one ignores it.
        m_window.setGeometry(m_window.screen()->geometry());
    } else {
        m_window.show();
    }
}

void KioskApplication::start()
{
    // Nothing slow before the first frame. Ending the (empty) session also drops what a crashed previous run may have
    // left, and resetting the login page reads the remembered identifier (desktop profile). The local store asks the
    // keychain for its key in the background and serves the cached ENT context once open.
    new AfterFirstFrame(m_window, [this] {
        m_window.readAloud().start(); // « Écouter »: speech-dispatcher reached (or started) on a thread of its own
        buildShell();
        m_session.end(KioskSession::EndReason::Startup);
        showNoticeLeftByRestart();
        m_store.open();
        m_store.attach(m_session.authContext());
    });
    m_session.authContext().refreshAfter(std::chrono::seconds(1)); // the ENT's password rule, once the window is up
}

} // namespace LeoKiosk::App
