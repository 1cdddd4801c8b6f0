#pragma once

#include "core/config/ConfigLoader.h"
#include "core/storage/LocalStore.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

namespace LeoKiosk {
class AdminPin;
class Diagnostics;
class KioskSession;
class SecretStore;
}

namespace LeoKiosk::Gui {

class AdminGesture;
class AdminPanelPage;
class AdminPinPage;
class KioskGuard;
class KioskPage;
class MainWindow;

// The admin exit: the hidden gesture opens the PIN prompt when admin_pin_hash is set (in either
// profile), AdminPin checks the PIN off the GUI thread (five wrong ones lock the prompt for admin_pin_lockout), and
// the accepted PIN opens the panel: the diagnostics report, "Reload the configuration", "Quit", "Back".
//
// Reload reads the configuration again from the sources given at start (`reload`). Refused values are shown, named
// by key, and the kiosk goes on with the configuration it has. An accepted one ends the session (AdminExit), starts
// the same program with the same arguments (QProcess::startDetached) and quits with ExitCode::Ok: every object
// that read the old configuration goes with the old process, which no partial re-configuration could promise.
// Quit ends the session (AdminExit), lets the window close and quits with ExitCode::Ok.
// Back wipes both pages and returns to the screen the gesture was made on.
class AdminMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminMode)

public:
    using ConfigReloader = std::function<ConfigLoadResult()>;
    using ExitHandler = std::function<void(int exitCode)>;
    using RestartHandler = std::function<bool(const QString& program, const QStringList& arguments)>;

    // `loaded` is what main() started with (for the diagnostics); `reload` loads the same sources again.
    AdminMode(MainWindow& window,
              KioskSession& session,
              KioskGuard& guard,
              ConfigLoadResult loaded,
              ConfigReloader reload,
              QObject* parent = nullptr);
    ~AdminMode() override;

    // The PIN prompt and the panel are built (together) the first time the gesture opens the prompt, or when asked
    // for here: a kiosk that nobody administers never builds or styles them.
    AdminPinPage* pinPage();
    AdminPanelPage* panelPage();

    // For tests and special deployments: where the diagnostics look (default: the system keychain and the app data
    // folder), how the program ends (default: QCoreApplication::exit) and starts again (default:
    // QProcess::startDetached).
    void setDiagnosticsSources(SecretStore* secrets, LocalStore::Options options);
    void setExitHandler(ExitHandler exit);
    void setRestartHandler(RestartHandler restart);

public Q_SLOTS:
    // What the gesture does: the PIN prompt, if an admin PIN is configured and no admin page is shown already.
    void openPinPrompt();

private:
    void buildPages();
    void checkPin();
    void openPanel();
    void runDiagnostics();
    void stopDiagnostics();
    void reloadConfiguration();
    void quit();
    void leave();

    MainWindow& m_window;
    KioskSession& m_session;
    KioskGuard& m_guard;
    const ConfigLoadResult m_loaded;
    const ConfigReloader m_reload;
    AdminGesture* const m_gesture;
    AdminPin* const m_pin;
    AdminPinPage* m_pinPage = nullptr;
    AdminPanelPage* m_panelPage = nullptr;
    QPointer<KioskPage> m_returnPage;
    QPointer<Diagnostics> m_diagnostics;
    QPointer<SecretStore> m_diagnosticsSecrets;
    std::optional<LocalStore::Options> m_diagnosticsStore;
    ExitHandler m_exit;
    RestartHandler m_restart;
};

} // namespace LeoKiosk::Gui
