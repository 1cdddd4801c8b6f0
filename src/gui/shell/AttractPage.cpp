#include "gui/shell/AttractPage.h"
#include "ui_AttractPage.h"

#include "gui/widgets/Wordmark.h"

namespace LeoKiosk::Gui {

namespace {
constexpr int logoHeight = 120;
}

AttractPage::AttractPage(QWidget* parent) : KioskPage(parent), m_ui(std::make_unique<Ui::AttractPage>())
{
    setUpUi(*m_ui);
    m_ui->wordmark->setLogoHeight(logoHeight);
    m_ui->siteNameLabel->setVisible(false);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &AttractPage::signInRequested);
    connect(m_ui->forgotPasswordButton, &QPushButton::clicked, this, &AttractPage::lostPasswordRequested);
}

AttractPage::~AttractPage() = default;

void AttractPage::resetPage()
{
    // Nothing typed, nothing of a pupil shown.
}

QWidget* AttractPage::initialFocusWidget() const
{
    return m_ui->signInButton;
}

void AttractPage::setSiteName(const QString& siteName)
{
    m_ui->siteNameLabel->setText(siteName);
    m_ui->siteNameLabel->setVisible(!siteName.isEmpty());
}

void AttractPage::retranslate()
{
    const QString siteName = m_ui->siteNameLabel->text();
    m_ui->retranslateUi(this);
    setSiteName(siteName);
}

} // namespace LeoKiosk::Gui
