#include "gui/widgets/EntStatusBanner.h"
#include "ui_EntStatusBanner.h"

#include "core/session/EntReachability.h"

#include <QAccessible>
#include <QEvent>

#include <cmath>

namespace LeoKiosk::Gui {

EntStatusBanner::EntStatusBanner(EntReachability& reachability, QWidget* parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::EntStatusBanner>())
    , m_reachability(reachability)
{
    m_ui->setupUi(this);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &EntStatusBanner::render);
    connect(&m_reachability, &EntReachability::unreachable, this, &EntStatusBanner::showUnreachable);
    connect(&m_reachability, &EntReachability::retryScheduled, this, &EntStatusBanner::render);
    connect(&m_reachability, &EntReachability::reachable, this, [this] {
        m_tick.stop();
        hide();
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        m_reachability.retryNow();
        render();
    });
    setVisible(m_reachability.isUnreachable());
    render();
}

EntStatusBanner::~EntStatusBanner() = default;

void EntStatusBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    }
    QFrame::changeEvent(event);
}

void EntStatusBanner::showUnreachable()
{
    render();
    show();
    m_tick.start();
    QAccessibleEvent alert(m_ui->statusLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void EntStatusBanner::render()
{
    const auto wait = m_reachability.nextRetryIn();
    //: Banner while the ENT does not answer; the help screens need no server
    QString text = tr("The ENT is not answering at the moment. The help screens and the guide still work.");
    if (wait.count() > 0) {
        const int seconds = int(std::ceil(double(wait.count()) / 1000.0));
        //: Second sentence of the 'ENT unreachable' banner; %n is a number of seconds
        text += u' ' + tr("New attempt in %n second(s).", nullptr, seconds);
    } else {
        //: Second sentence of the 'ENT unreachable' banner while the kiosk is trying again
        text += u' ' + tr("Trying again…");
    }
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setAccessibleName(text);
}

} // namespace LeoKiosk::Gui
