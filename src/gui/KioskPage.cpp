#include "gui/KioskPage.h"

#include "core/ent/EntStatus.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QLineEdit>

namespace LeoKiosk::Gui {

KioskPage::KioskPage(QWidget* parent)
    : QWidget(parent)
{
}

KioskPage::~KioskPage() = default;

QWidget* KioskPage::initialFocusWidget() const
{
    return nullptr;
}

void KioskPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskPage::wipe(QLineEdit* lineEdit)
{
    lineEdit->setText(QString()); // setText() resets the undo/redo history, clear() does not
}

void KioskPage::setButtonText(QAbstractButton* button, const QString& text)
{
    button->setText(text);
    button->setAccessibleName(text);
}

void KioskPage::setInputsEnabled(const QList<QWidget*>& inputs, bool enabled)
{
    if (!enabled && isAncestorOf(QApplication::focusWidget()))
        setFocus(Qt::OtherFocusReason);
    for (QWidget* input : inputs)
        input->setEnabled(enabled);
}

bool KioskPage::entJudgedNothing(EntStatus status)
{
    switch (status) {
    case EntStatus::Unreachable:
    case EntStatus::Timeout:
    case EntStatus::TlsError:
    case EntStatus::MalformedReply:
    case EntStatus::ServerError:
        return true;
    default:
        return false;
    }
}

} // namespace LeoKiosk::Gui
