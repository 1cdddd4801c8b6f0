#pragma once

#include "core/config/KioskConfig.h"

#include <QKeyCombination>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <deque>
#include <functional>

class QWidget;

namespace LeoKiosk::Gui {

// The hidden way to the admin PIN prompt: five taps or clicks in the window's top-left corner
// within three seconds, or the key chord of admin_gesture. Seen by an application event filter, so that a tap still
// lands on whatever is there; the chord is swallowed. Time comes from a steady clock
// (injectable for tests), read only when an input arrives: nothing polls.
class AdminGesture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminGesture)

public:
    static constexpr int tapsNeeded = 5;
    static constexpr std::chrono::milliseconds tapWindow{3000};
    static constexpr int cornerSize = 80; // px, from the window's top-left corner

    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    // `config.adminGesture`: "corner-taps" or a chord in QKeySequence's portable form ("Ctrl+Alt+Shift+A").
    AdminGesture(QWidget& window, const KioskConfig& config, Clock now = {}, QObject* parent = nullptr);
    ~AdminGesture() override;

Q_SIGNALS:
    void triggered();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool belongsToWindow(const QObject* object) const;
    void tap(quint64 timestamp, QPointF globalPosition);

    QPointer<QWidget> m_window;
    const bool m_cornerTaps;
    const QKeyCombination m_chord;
    Clock m_now;
    std::deque<std::chrono::steady_clock::time_point> m_taps;
    quint64 m_lastTap = 0;
};

} // namespace LeoKiosk::Gui
