#include "gui/admin/AdminMode.h"

#include "core/diagnostics/Diagnostics.h"
#include "core/diagnostics/ExitCode.h"
#include "core/secrets/AdminPin.h"
#include "core/session/KioskSession.h"
#include "gui/admin/AdminGesture.h"
#include "gui/admin/AdminPanelPage.h"
#include "gui/admin/AdminPinPage.h"
#include "gui/MainWindow.h"
#include "gui/shell/KioskGuard.h"
#include "gui/signin/LoginPage.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTextStream>

#include <memory>

namespace LeoKiosk::Gui {

AdminMode::AdminMode(MainWindow& window,
                     KioskSession& session,
                     KioskGuard& guard,
                     ConfigLoadResult loaded,
                     ConfigReloader reload,
                     QObject* parent)
    : QObject(parent), m_window(window), m_session(session), m_guard(guard), m_loaded(std::move(loaded)),
      m_reload(std::move(reload)), m_gesture(new AdminGesture(window, m_loaded.config, {}, this)),
      m_pin(new AdminPin(
          m_loaded.config.adminPinHash, std::chrono::seconds(m_loaded.config.adminPinLockoutSeconds), {}, this)),
      m_exit([](int exitCode) { QCoreApplication::exit(exitCode); }),
      m_restart([](const QString& program, const QStringList& arguments) {
          return QProcess::startDetached(program, arguments);
      })
{
    connect(m_gesture, &AdminGesture::triggered, this, &AdminMode::openPinPrompt);
    // A session that ends meanwhile (idle, limit) has already wiped both pages: nothing more to report.
    connect(&m_session, &KioskSession::ended, this, &AdminMode::stopDiagnostics);
}

AdminMode::~AdminMode() = default;

void AdminMode::setDiagnosticsSources(SecretStore* secrets, LocalStore::Options options)
{
    m_diagnosticsSecrets = secrets;
    m_diagnosticsStore = std::move(options);
}

void AdminMode::setExitHandler(ExitHandler exit)
{
    m_exit = std::move(exit);
}

void AdminMode::setRestartHandler(RestartHandler restart)
{
    m_restart = std::move(restart);
}

AdminPinPage* AdminMode::pinPage()
{
    buildPages();
    return m_pinPage;
}

AdminPanelPage* AdminMode::panelPage()
{
    buildPages();
    return m_panelPage;
}

void AdminMode::buildPages()
{
    if (m_pinPage)
        return;
    m_pinPage = new AdminPinPage(&m_window);
    m_panelPage = new AdminPanelPage(&m_window);
    // Added to the window's stack: MainWindow::resetAllPages() wipes them at every end of session.
    m_window.addPage(m_pinPage);
    m_window.addPage(m_panelPage);
    connect(m_pinPage, &AdminPinPage::validateRequested, this, &AdminMode::checkPin);
    connect(m_pinPage, &AdminPinPage::backRequested, this, &AdminMode::leave);
    connect(m_panelPage, &AdminPanelPage::reloadRequested, this, &AdminMode::reloadConfiguration);
    connect(m_panelPage, &AdminPanelPage::quitRequested, this, &AdminMode::quit);
    connect(m_panelPage, &AdminPanelPage::backRequested, this, &AdminMode::leave);
}

void AdminMode::openPinPrompt()
{
    if (m_loaded.config.adminPinHash.isEmpty())
        return; // no admin exit on this kiosk: the gesture does nothing visible
    KioskPage* current = m_window.currentPage();
    if (m_pinPage && (current == m_pinPage || current == m_panelPage))
        return;
    buildPages();
    m_returnPage = current;
    m_pinPage->resetPage();
    m_window.showPage(m_pinPage);
    if (m_pin->isLockedOut())
        m_pinPage->showLockedOut(m_pin->lockoutRemaining());
}

void AdminMode::checkPin()
{
    if (m_pinPage->isBusy())
        return;
    SecretBytes pin = m_pinPage->takePin(); // the field is empty from here on, whatever the verdict
    if (pin.isEmpty()) {
        m_pinPage->showEmpty();
        return;
    }
    m_pinPage->setBusy(true);
    m_pin->verify(std::move(pin), [this, page = QPointer<AdminPinPage>(m_pinPage)](AdminPin::Verdict verdict) {
        if (!page || !page->isBusy())
            return; // the page was reset meanwhile (end of session): the answer lands nowhere
        page->setBusy(false);
        switch (verdict) {
        case AdminPin::Verdict::Accepted:
            return openPanel();
        case AdminPin::Verdict::Refused:
            return page->showRefused(m_pin->failuresLeft());
        case AdminPin::Verdict::LockedOut:
            return page->showLockedOut(m_pin->lockoutRemaining());
        case AdminPin::Verdict::NotConfigured:
            return page->showNotConfigured();
        case AdminPin::Verdict::Busy:
            return;
        }
    });
}

void AdminMode::openPanel()
{
    m_pinPage->resetPage();
    m_panelPage->resetPage();
    m_window.showPage(m_panelPage);
    runDiagnostics();
}

void AdminMode::runDiagnostics()
{
    stopDiagnostics();
    // The stream writes into the text as Diagnostics goes; both live as long as the Diagnostics object.
    struct Report
    {
        QString text;
        QTextStream stream{&text};
    };
    auto report = std::make_shared<Report>();
    Diagnostics* diagnostics =
        m_diagnosticsStore ? new Diagnostics(m_loaded, report->stream, m_diagnosticsSecrets, *m_diagnosticsStore, this)
                           : new Diagnostics(m_loaded, report->stream, this);
    m_diagnostics = diagnostics;
    connect(diagnostics, &Diagnostics::finished, this, [this, diagnostics, report] {
        report->stream.flush();
        m_panelPage->setDiagnostics(report->text);
        diagnostics->deleteLater();
    });
    diagnostics->run();
}

void AdminMode::stopDiagnostics()
{
    if (m_diagnostics) {
        m_diagnostics->disconnect(this);
        m_diagnostics->deleteLater();
    }
    m_diagnostics = nullptr;
}

void AdminMode::reloadConfiguration()
{
    const ConfigLoadResult reloaded = m_reload ? m_reload() : m_loaded;
    if (!reloaded.ok()) {
        m_panelPage->showReloadErrors(reloaded.errors);
        return;
    }
    stopDiagnostics();
    m_session.end(KioskSession::EndReason::AdminExit);
    QStringList arguments = QCoreApplication::arguments();
    if (!arguments.isEmpty())
        arguments.removeFirst(); // the program itself
    if (!m_restart(QCoreApplication::applicationFilePath(), arguments)) {
        m_window.showPage(m_panelPage);
        m_panelPage->showRestartFailed();
        return;
    }
    m_guard.allowClose();
    m_exit(ExitCode::Ok);
}

void AdminMode::quit()
{
    stopDiagnostics();
    m_session.end(KioskSession::EndReason::AdminExit);
    m_guard.allowClose();
    m_exit(ExitCode::Ok);
}

void AdminMode::leave()
{
    stopDiagnostics();
    m_pinPage->resetPage();
    m_panelPage->resetPage();
    m_window.showPage(m_returnPage ? m_returnPage.data() : m_window.loginPage());
}

} // namespace LeoKiosk::Gui
