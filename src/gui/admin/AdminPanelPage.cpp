#include "gui/admin/AdminPanelPage.h"
#include "ui_AdminPanelPage.h"

namespace LeoKiosk::Gui {

AdminPanelPage::AdminPanelPage(QWidget* parent) : KioskPage(parent), m_ui(std::make_unique<Ui::AdminPanelPage>())
{
    setUpUi(*m_ui);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &AdminPanelPage::reloadRequested);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &AdminPanelPage::quitRequested);
    connect(m_ui->backButton, &QPushButton::clicked, this, &AdminPanelPage::backRequested);
    renderDiagnostics();
}

AdminPanelPage::~AdminPanelPage() = default;

void AdminPanelPage::resetPage()
{
    m_report.clear();
    renderDiagnostics();
    m_ui->messageLabel->clearMessage();
}

QWidget* AdminPanelPage::initialFocusWidget() const
{
    return m_ui->backButton;
}

void AdminPanelPage::setDiagnostics(const QString& report)
{
    m_report = report;
    renderDiagnostics();
}

QString AdminPanelPage::diagnostics() const
{
    return m_report;
}

void AdminPanelPage::showReloadErrors(const QStringList& errors)
{
    m_ui->messageLabel->showMessage([errors]() -> QString {
        //: Before the list of refused configuration values (each names its key, in English)
        return tr("The configuration was not reloaded:") + u'\n' + errors.join(u'\n');
    });
}

void AdminPanelPage::showRestartFailed()
{
    m_ui->messageLabel->showMessage(
        [] { return tr("The kiosk could not be started again with the new configuration."); });
}

void AdminPanelPage::retranslate()
{
    m_ui->retranslateUi(this);
    renderDiagnostics();
}

void AdminPanelPage::renderDiagnostics()
{
    // The report itself is for IT and stays in English, as `leo-kiosk --diagnostics` prints it.
    m_ui->diagnosticsTextEdit->setPlainText(m_report.isEmpty() ? tr("Running the diagnostics…") : m_report);
}

} // namespace LeoKiosk::Gui
