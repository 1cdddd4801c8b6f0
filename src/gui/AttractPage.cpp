#include "AttractPage.h"
#include "ui_AttractPage.h"

#include <QSvgRenderer>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int logoHeight = 120;
}

AttractPage::AttractPage(QWidget* parent) : KioskPage(parent), m_ui(std::make_unique<Ui::AttractPage>())
{
    m_ui->setupUi(this);
    showLogo();
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

void AttractPage::showLogo()
{
    m_ui->logoSvgWidget->load(u":/icons/leo-wordmark.svg"_s);
    // QSvgWidget stretches the drawing to its size; keep the wordmark's proportions.
    const QSize size = m_ui->logoSvgWidget->renderer()->defaultSize();
    if (!size.isEmpty())
        m_ui->logoSvgWidget->setFixedSize(size.scaled(QSize(logoHeight * 10, logoHeight), Qt::KeepAspectRatio));
}
