#pragma once

#include <QFrame>
#include <QTimer>

#include <memory>

namespace Ui {
class EntStatusBanner;
}

namespace LeoKiosk {
class EntReachability;
}

namespace LeoKiosk::Gui {

// The strip under the header while the ENT does not answer: what happened, what still works (the help
// screens, the guide), when the kiosk tries again, and a button to try now. Hidden while the ENT answers; its
// one-second timer runs only while it is shown.
class EntStatusBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntStatusBanner)

public:
    EntStatusBanner(EntReachability& reachability, QWidget* parent = nullptr);
    ~EntStatusBanner() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showUnreachable();
    void render();

    const std::unique_ptr<Ui::EntStatusBanner> m_ui;
    EntReachability& m_reachability;
    QTimer m_tick;
};

} // namespace LeoKiosk::Gui
