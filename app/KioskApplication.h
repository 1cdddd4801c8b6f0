#pragma once

#include "core/config/ConfigLoader.h"
#include "core/i18n/LanguageManager.h"
#include "core/secrets/SecretStore.h"
#include "core/session/IdleWatcher.h"
#include "core/session/KioskSession.h"
#include "core/session/RestartOnLogout.h"
#include "core/storage/LocalStore.h"
#include "core/storage/SessionJournal.h"
#include "gui/admin/AdminMode.h"
#include "gui/MainWindow.h"
#include "gui/shell/AttractScreen.h"
#include "gui/shell/IdleLogout.h"
#include "gui/shell/KioskGuard.h"
#include "gui/shell/VirtualKeyboard.h"

#include <memory>
#include <optional>

namespace LeoKiosk::App {

// The kiosk as one object graph, built from a loaded configuration: the languages, the style sheet (set on the
// application once), the keychain (desktop profile only), the encrypted local store and its journal, the session,
// the window, and around it the kiosk profile's lock, the attract screen, the idle sign-out, the admin exit, the
// on-screen keyboard and restart_on_logout. main() builds it, shows it and starts it; the GUI tests build the same
// graph through KioskHarness, with Parts in place of what a test must not touch (the system keychain, the app data
// folder, the process's exit).
//
// Nothing that the first frame does not need runs before it: start() waits for the window's first paint, then
// builds the shell no one can use sooner (the idle sign-out and the admin exit, whose overlay and pages would
// otherwise be built and styled before the login screen shows), wipes what a crashed run may have left, and opens
// the local store (its key from a systemd credential, a key file, the keychain where it cannot prompt, or memory);
// the ENT's password rule is fetched a second after start().
class KioskApplication final
{
    Q_DISABLE_COPY_MOVE(KioskApplication)

public:
    // What a test puts in place of the real thing; the program leaves every field empty. ({} on each field: a
    // designated initializer may name only some.)
    struct Parts
    {
        // Where secrets go. Unset: the system keychain (KeychainSecretStore, owned here) in the desktop profile, none
        // in the kiosk profile. Set: that store, not owned, or none (nullptr: nothing is remembered, and the local
        // store's key comes from a credential or a key file, else memory).
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
        // The file where a restart_on_logout restart leaves the next process the sign-in screen's notice
        // (Gui::MainWindow::SignInNotice: which sentence, never whose session it was). Unset: leo-kiosk-notice in the
        // user's runtime folder (XDG_RUNTIME_DIR, emptied at boot); none if there is no such folder.
        std::optional<QString> restartNotice{};
    };

    // Before QApplication exists: what the configuration needs from the environment (virtual_keyboard).
    static void prepareEnvironment(const KioskConfig& config);

    // `loaded` must be ok(). Builds what the first screen needs; shows nothing and starts nothing.
    KioskApplication(ConfigLoadResult loaded, Parts parts);
    ~KioskApplication();

    // The window as the profile wants it: the kiosk profile covers the whole screen, the desktop one is a window.
    void show();
    // Once shown, the deferred start-up. After the first frame (or a second, on a platform that never paints it):
    // the read-aloud engine started on its thread, buildShell(), the session ended (KioskSession::EndReason::Startup:
    // nothing of a previous run left), the local store opened in the background and serving the cached ENT context. A second after this call: the ENT's
    // password rule fetched. The tests do without it: nothing of theirs is left to wipe, and no test ENT expects
    // those requests.
    void start();
    // The idle sign-out and the admin exit (its gesture, PIN prompt and panel). The tests build them at once;
    // asking for either builds both.
    void buildShell();

    const KioskConfig& config() const { return m_session.config(); }
    LanguageManager& languages() { return m_languages; }
    KioskSession& session() { return m_session; }
    LocalStore& store() { return m_store; }
    SessionJournal& journal() { return m_journal; }
    Gui::MainWindow& window() { return m_window; }
    Gui::KioskGuard& guard() { return m_guard; }
    Gui::AttractScreen& attractScreen() { return m_attract; }
    Gui::IdleLogout& idleLogout() { return shell().idleLogout; }
    Gui::AdminMode& adminMode() { return shell().admin; }
    Gui::VirtualKeyboard& virtualKeyboard() { return m_keyboard; }

private:
    // What the whole process gets as this member is built: first, before any widget exists. The application's
    // style sheet (set later, it would polish every widget again) and the kiosk's own accessible interfaces (Qt keeps
    // the interface it made first for a widget, and a screen reader already running asks as the widgets are built).
    // A second kiosk in the same process (the tests build one per test) finds both in place.
    struct ProcessWide final
    {
        static constexpr int bodyPointSize = 17; // kiosk.qss: QWidget { font-size: 17pt; }
        ProcessWide();
    };

    // What buildShell() builds.
    struct Shell final
    {
        Q_DISABLE_COPY_MOVE(Shell)

        explicit Shell(KioskApplication& app);
        ~Shell();

        Gui::IdleLogout idleLogout;
        Gui::AdminMode admin;
    };

    Shell& shell();
    // The program's end: Parts::exit, or QCoreApplication::exit.
    void exit(int code) const;
    // restart_on_logout: the sign-in screen's notice written for the next process (nothing if there is none), and,
    // after the start-up wipe, read back, shown and deleted.
    QString restartNoticePath() const;
    void leaveNoticeForRestart() const;
    void showNoticeLeftByRestart();

    // What buildShell() takes, kept until then.
    const ConfigLoadResult m_loaded;
    Parts m_parts;
    // Built in this order, destroyed in the reverse one: what a member uses is declared before it.
    const ProcessWide m_processWide;
    const std::unique_ptr<SecretStore> m_keychain;
    SecretStore* const m_secrets;
    const LocalStore::Options m_storeOptions;
    LanguageManager m_languages;
    LocalStore m_store;
    KioskSession m_session;
    SessionJournal m_journal;
    Gui::MainWindow m_window;
    Gui::KioskGuard m_guard;
    Gui::AttractScreen m_attract;
    Gui::VirtualKeyboard m_keyboard;
    RestartOnLogout m_restartOnLogout;
    std::optional<Shell> m_shell;
};

} // namespace LeoKiosk::App
