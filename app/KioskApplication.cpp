#include "app/KioskApplication.h"

#include "core/diagnostics/ExitCode.h"
#include "core/i18n/LanguageManager.h"
#include "core/secrets/SecretStore.h"
#include "core/session/KioskSession.h"
#include "core/session/RestartOnLogout.h"
#include "core/storage/SessionJournal.h"
#include "gui/MainWindow.h"
#include "gui/shell/AttractPage.h"
#include "gui/shell/AttractScreen.h"
#include "gui/shell/IdleLogout.h"
#include "gui/shell/KioskGuard.h"
#include "gui/shell/VirtualKeyboard.h"

#include <QApplication>
#include <QFile>
#include <QScreen>
#include <QTimer>

#include <chrono>

namespace LeoKiosk::App {

using namespace Qt::Literals::StringLiterals;

namespace {

// One style sheet for the whole application, set before any widget exists: set later, it would polish every widget
// again. A second kiosk in the same process (the tests build one per test) finds it set already.
void applyStyleSheet()
{
    QFile file(u":/styles/kiosk.qss"_s);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QString sheet = QString::fromUtf8(file.readAll());
    if (qApp->styleSheet() != sheet)
        qApp->setStyleSheet(sheet);
}

// Reloading the configuration from the admin panel starts a new process. Under a supervisor (systemd sets
// INVOCATION_ID for its units; restart_on_logout says one is there) a detached child would be killed with the unit:
// the kiosk exits with ExitCode::RestartRequested and the supervisor starts it again.
bool hasSupervisor(const KioskConfig& config)
{
    return config.restartOnLogout || qEnvironmentVariableIsSet("INVOCATION_ID");
}

} // namespace

// Built in this order, destroyed in the reverse one: what a member uses is declared before it.
struct KioskApplication::Graph
{
    Graph(const ConfigLoadResult& loaded, Parts& parts)
        : keychain(parts.secrets ? nullptr : std::make_unique<KeychainSecretStore>())
        , secrets(parts.secrets ? *parts.secrets : keychain.get())
        , storeOptions(parts.store ? *parts.store : LocalStore::Options::fromConfig(loaded.config))
        , languages(loaded.config.languages, loaded.config.defaultLanguage) // installs the default's catalogues
        , store(secrets, storeOptions)
        , session(loaded.config, secrets)
        , journal(session, store)
        , window(session, languages)
        , guard(window, loaded.config)
        , attract(window, session)
        , idleLogout(window, session, parts.idle ? *parts.idle : IdleWatcher::Settings::fromConfig(loaded.config))
        , admin(window, session, guard, loaded, std::move(parts.reload))
        , keyboard(window)
        , restartOnLogout(session)
    {
    }

    std::unique_ptr<SecretStore> keychain;
    SecretStore* const secrets;
    const LocalStore::Options storeOptions;
    LanguageManager languages;
    LocalStore store;
    KioskSession session;
    SessionJournal journal;
    Gui::MainWindow window;
    Gui::KioskGuard guard;
    Gui::AttractScreen attract;
    Gui::IdleLogout idleLogout;
    Gui::AdminMode admin;
    Gui::VirtualKeyboard keyboard;
    RestartOnLogout restartOnLogout;
};

void KioskApplication::prepareEnvironment(const KioskConfig& config)
{
    Gui::VirtualKeyboard::prepareEnvironment(config);
}

KioskApplication::KioskApplication(ConfigLoadResult loaded, Parts parts)
{
    applyStyleSheet();
    m_graph = std::make_unique<Graph>(loaded, parts);
    Graph& graph = *m_graph;
    const KioskConfig& config = graph.session.config();

    if (graph.attract.page())
        graph.idleLogout.setRestingPage(graph.attract.page());

    if (graph.secrets)
        graph.admin.setDiagnosticsSources(graph.secrets, graph.storeOptions);
    const Gui::AdminMode::ExitHandler exit =
        parts.exit ? std::move(parts.exit) : [](int code) { QCoreApplication::exit(code); };
    if (parts.restart) {
        graph.admin.setRestartHandler(std::move(parts.restart));
        graph.admin.setExitHandler(exit);
    } else if (hasSupervisor(config)) {
        auto restarting = std::make_shared<bool>(false);
        graph.admin.setRestartHandler([restarting](const QString&, const QStringList&) { return *restarting = true; });
        graph.admin.setExitHandler(
            [restarting, exit](int code) { exit(*restarting ? ExitCode::RestartRequested : code); });
    } else {
        graph.admin.setExitHandler(exit);
    }
    if (config.restartOnLogout)
        QObject::connect(&graph.restartOnLogout, &RestartOnLogout::restartRequested, &graph.restartOnLogout,
                         [exit] { exit(ExitCode::RestartRequested); });
}

KioskApplication::~KioskApplication() = default;

void KioskApplication::show()
{
    Gui::MainWindow& window = m_graph->window;
    if (config().profile == KioskProfile::Kiosk) {
        window.showFullScreen();
        // Full screen is a request to the window manager; a bare X server or a compositor without one ignores it.
        window.setGeometry(window.screen()->geometry());
    } else {
        window.show();
    }
}

void KioskApplication::start()
{
    KioskSession& session = m_graph->session;
    LocalStore& store = m_graph->store;
    // After the first paint, nothing slow on the start path. Ending the (empty) session also drops what a crashed
    // previous run may have left, and resetting the login page reads the remembered identifier (desktop profile).
    // The local store asks the keychain for its key in the background and serves the cached ENT context once open.
    QTimer::singleShot(0, &session, [&session, &store] {
        session.end(KioskSession::EndReason::Startup);
        store.open();
        store.attach(session.authContext());
    });
    session.authContext().refreshAfter(std::chrono::seconds(1)); // the ENT's password rule, once the window is up
}

const KioskConfig& KioskApplication::config() const
{
    return m_graph->session.config();
}

LanguageManager& KioskApplication::languages()
{
    return m_graph->languages;
}

KioskSession& KioskApplication::session()
{
    return m_graph->session;
}

LocalStore& KioskApplication::store()
{
    return m_graph->store;
}

SessionJournal& KioskApplication::journal()
{
    return m_graph->journal;
}

Gui::MainWindow& KioskApplication::window()
{
    return m_graph->window;
}

Gui::KioskGuard& KioskApplication::guard()
{
    return m_graph->guard;
}

Gui::AttractScreen& KioskApplication::attractScreen()
{
    return m_graph->attract;
}

Gui::IdleLogout& KioskApplication::idleLogout()
{
    return m_graph->idleLogout;
}

Gui::AdminMode& KioskApplication::adminMode()
{
    return m_graph->admin;
}

Gui::VirtualKeyboard& KioskApplication::virtualKeyboard()
{
    return m_graph->keyboard;
}

} // namespace LeoKiosk::App
