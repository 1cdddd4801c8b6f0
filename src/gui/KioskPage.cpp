#include "KioskPage.h"

#include <QEvent>
#include <QLineEdit>

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
