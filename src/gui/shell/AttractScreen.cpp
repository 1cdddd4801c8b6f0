#include "gui/shell/AttractScreen.h"

#include "core/session/KioskSession.h"
#include "gui/help/HelpPage.h"
#include "gui/MainWindow.h"
#include "gui/shell/AttractPage.h"
#include "gui/signin/LoginPage.h"

namespace LeoKiosk::Gui {

AttractScreen::AttractScreen(MainWindow& window, KioskSession& session, QObject* parent)
    : QObject(parent), m_window(window)
{
    if (!session.config().attractScreen)
        return;
    m_page = new AttractPage(&window);
    m_page->setSiteName(session.config().siteName);
    m_window.addPage(m_page);
    connect(m_page, &AttractPage::signInRequested, this, [this] { m_window.showPage(m_window.loginPage()); });
    connect(m_page, &AttractPage::lostPasswordRequested, this, &AttractScreen::openLostPassword);
    connect(&session, &KioskSession::ended, this, &AttractScreen::show);
    show();
}

AttractScreen::~AttractScreen() = default;

void AttractScreen::show()
{
    if (m_page)
        m_window.showPage(m_page);
}

void AttractScreen::openLostPassword()
{
    // Opened exactly as "Besoin d'aide ?" → "Vous avez perdu votre mot de passe ?" opens it.
    m_window.openHelpTopic(HelpPage::Topic::LostPassword);
}

} // namespace LeoKiosk::Gui
