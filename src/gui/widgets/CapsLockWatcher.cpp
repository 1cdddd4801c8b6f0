#include "gui/widgets/CapsLockWatcher.h"

#include <QKeyEvent>
#include <QWidget>

namespace LeoKiosk::Gui {

CapsLockWatcher::CapsLockWatcher(QObject* parent)
    : QObject(parent)
{
}

CapsLockWatcher::~CapsLockWatcher() = default;

void CapsLockWatcher::watch(QWidget* widget)
{
    widget->installEventFilter(this);
}

void CapsLockWatcher::reset()
{
    setOn(false);
}

bool CapsLockWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress)
        inspect(*static_cast<QKeyEvent*>(event));
    return QObject::eventFilter(watched, event);
}

void CapsLockWatcher::inspect(const QKeyEvent& event)
{
    if (event.key() == Qt::Key_CapsLock) {
        setOn(false);
        return;
    }
    // Shortcuts and AltGr combinations say nothing about Caps Lock.
    if (event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return;
    const QString text = event.text();
    if (text.size() != 1)
        return;
    const QChar letter = text.front();
    if (!letter.isLetter() || letter.toUpper() == letter.toLower())
        return;
    const bool shift = event.modifiers().testFlag(Qt::ShiftModifier);
    setOn(letter.isUpper() != shift);
}

void CapsLockWatcher::setOn(bool on)
{
    if (m_on == on)
        return;
    m_on = on;
    Q_EMIT changed(on);
}

} // namespace LeoKiosk::Gui
