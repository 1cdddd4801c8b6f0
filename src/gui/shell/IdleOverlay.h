#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class IdleOverlay;
}

namespace LeoKiosk::Gui {

// The full-screen warning before an idle sign-out: "Vous êtes toujours là ?", the seconds left and a big
// « Je suis encore là » button. It covers its parent (the main window's central area) while shown and takes the
// keyboard focus; stillHere() when the button is pressed. Who counts (IdleWatcher) drives it from outside:
// showCountdown() on countdownStarted, setRemaining() on countdownTick, dismiss() on activityResumed or the end.
class IdleOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleOverlay)

public:
    explicit IdleOverlay(QWidget* parent);
    ~IdleOverlay() override;

    void showCountdown(int seconds);
    void setRemaining(int seconds);
    void dismiss();
    int remaining() const { return m_remaining; }

Q_SIGNALS:
    void stillHere();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void render();

    const std::unique_ptr<Ui::IdleOverlay> m_ui;
    int m_remaining = 0;
};

} // namespace LeoKiosk::Gui
