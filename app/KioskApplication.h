#pragma once

#include "core/config/ConfigLoader.h"
#include "core/session/IdleWatcher.h"
#include "core/storage/LocalStore.h"
#include "gui/admin/AdminMode.h"

#include <memory>
#include <optional>

namespace LeoKiosk {
class KioskSession;
class LanguageManager;
class SecretStore;
class SessionJournal;
}

namespace LeoKiosk::Gui {
class AttractScreen;
class IdleLogout;
class KioskGuard;
class MainWindow;
class VirtualKeyboard;
}

namespace LeoKiosk::App {

// The kiosk as one object graph, built from a loaded configuration: the languages, the style sheet (set on the
// application once), the keychain, the encrypted local store and its journal, the session, the window, and around
// it the kiosk profile's lock, the attract screen, the idle sign-out, the admin exit, the on-screen keyboard and
// restart_on_logout. main() builds it, shows it and starts it; the GUI tests build the same graph through
// KioskHarness, with Parts in place of what a test must not touch (the system keychain, the app data folder, the
// process's exit).
//
// Nothing slow runs before the first paint: start() defers the wipe of what a crashed run may have left, the
// keychain read that opens the local store, and the fetch of the ENT's password rule.
class KioskApplication final
{
    Q_DISABLE_COPY_MOVE(KioskApplication)

public:
    // What a test puts in place of the real thing; the program leaves every field empty. ({} on each field: a
    // designated initializer may name only some.)
    struct Parts
    {
        // Where secrets go. Unset: the system keychain (KeychainSecretStore, owned here). Set: that store, not owned,
        // or none (nullptr: nothing is remembered, and the local store keeps to memory once opened).
        std::optional<SecretStore*> secrets{};
        // The local store's folder, retention and clock. Unset: from the configuration (the app data folder).
        std::optional<LocalStore::Options> store{};
        // The idle sign-out's timings. Unset: from the configuration (idle_timeout, idle_countdown, session_max).
        std::optional<IdleWatcher::Settings> idle{};
        // The admin panel's "Reload the configuration": the same sources read again. Empty: the configuration given.
        Gui::AdminMode::ConfigReloader reload{};
        // How the program ends (the admin exit, restart_on_logout) and starts again (an accepted reload). Empty:
        // QCoreApplication::exit and QProcess::startDetached; under a supervisor, the exit with
        // ExitCode::RestartRequested instead of a detached restart.
        Gui::AdminMode::ExitHandler exit{};
        Gui::AdminMode::RestartHandler restart{};
    };

    // Before QApplication exists: what the configuration needs from the environment (virtual_keyboard).
    static void prepareEnvironment(const KioskConfig& config);

    // `loaded` must be ok(). Builds everything; shows nothing and starts nothing.
    KioskApplication(ConfigLoadResult loaded, Parts parts);
    ~KioskApplication();

    // The window as the profile wants it: the kiosk profile covers the whole screen, the desktop one is a window.
    void show();
    // Once shown, the deferred start-up: the session ended (KioskSession::EndReason::Startup: nothing of a previous
    // run left), the local store opened in the background and serving the cached ENT context, the ENT's password
    // rule fetched a second after. The tests do without it: nothing of theirs is left to wipe, and no test ENT
    // expects those requests.
    void start();

    const KioskConfig& config() const;
    LanguageManager& languages();
    KioskSession& session();
    LocalStore& store();
    SessionJournal& journal();
    Gui::MainWindow& window();
    Gui::KioskGuard& guard();
    Gui::AttractScreen& attractScreen();
    Gui::IdleLogout& idleLogout();
    Gui::AdminMode& adminMode();
    Gui::VirtualKeyboard& virtualKeyboard();

private:
    struct Graph;

    std::unique_ptr<Graph> m_graph;
};

} // namespace LeoKiosk::App
