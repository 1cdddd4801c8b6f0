#include "gui/shell/IdleOverlay.h"
#include "ui_IdleOverlay.h"

#include <QEvent>

namespace LeoKiosk::Gui {

IdleOverlay::IdleOverlay(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::IdleOverlay>())
{
    m_ui->setupUi(this);
    setAutoFillBackground(true); // opaque: nothing of the page shows through, nothing under it takes a click
    connect(m_ui->stillHereButton, &QPushButton::clicked, this, &IdleOverlay::stillHere);
    parent->installEventFilter(this);
    hide();
}

IdleOverlay::~IdleOverlay() = default;

void IdleOverlay::showCountdown(int seconds)
{
    m_remaining = seconds;
    render();
    setGeometry(parentWidget()->rect());
    show();
    raise();
    m_ui->stillHereButton->setFocus(Qt::OtherFocusReason);
}

void IdleOverlay::setRemaining(int seconds)
{
    m_remaining = seconds;
    render();
}

void IdleOverlay::dismiss()
{
    hide();
    m_remaining = 0;
}

bool IdleOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void IdleOverlay::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    }
    QWidget::changeEvent(event);
}

void IdleOverlay::render()
{
    //: Under "Are you still there?"; %n is the number of seconds before the automatic sign-out
    m_ui->remainingLabel->setText(tr("You will be signed out in %n second(s).", nullptr, m_remaining));
    // Its text is its accessible name, announced each second (NameChanged); the description says what it is.
    //: What a screen reader is told the "You will be signed out in…" line is
    m_ui->remainingLabel->setAccessibleDescription(tr("Countdown before the automatic sign-out"));
}

} // namespace LeoKiosk::Gui
