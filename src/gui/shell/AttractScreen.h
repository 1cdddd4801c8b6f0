#pragma once

#include <QObject>

namespace LeoKiosk {
class KioskSession;
}

namespace LeoKiosk::Gui {

class AttractPage;
class MainWindow;

// attract_screen: the welcome page comes first at start and after every end of session (sign-out, idle, limit,
// admin), instead of the login screen. Connect it after MainWindow, whose own handler of KioskSession::ended wipes
// the pages and shows the login screen first. "Sign in" opens the login screen, "Forgot your password?" the help
// flow's lost-password screen. With attract_screen off it adds nothing.
class AttractScreen final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttractScreen)

public:
    AttractScreen(MainWindow& window, KioskSession& session, QObject* parent = nullptr);
    ~AttractScreen() override;

    AttractPage* page() const { return m_page; } // null when attract_screen is off

public Q_SLOTS:
    void show();

private:
    void openLostPassword();

    MainWindow& m_window;
    AttractPage* m_page = nullptr;
};

} // namespace LeoKiosk::Gui
