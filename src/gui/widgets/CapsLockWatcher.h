#pragma once

#include <QObject>

class QKeyEvent;
class QWidget;

namespace LeoKiosk::Gui {

// Guesses whether Caps Lock is on from the keys typed into the watched widgets: Qt has no portable query. A letter
// that arrives upper-case without Shift, or lower-case with Shift, means on; the opposite means off. Pressing the
// Caps Lock key itself is taken as "off" until a letter says otherwise, so a stale warning never stays up.
class CapsLockWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapsLockWatcher)

public:
    explicit CapsLockWatcher(QObject* parent = nullptr);
    ~CapsLockWatcher() override;

    void watch(QWidget* widget);

public Q_SLOTS:
    void reset();

Q_SIGNALS:
    void changed(bool on);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void inspect(const QKeyEvent& event);
    void setOn(bool on);

    bool m_on = false;
};

} // namespace LeoKiosk::Gui
