#include "core/session/RestartOnLogout.h"

#include "core/session/KioskSession.h"

namespace LeoKiosk {

RestartOnLogout::RestartOnLogout(KioskSession& session, QObject* parent) : QObject(parent)
{
    connect(&session, &KioskSession::ended, this, [this](KioskSession::EndReason reason) {
        // AdminExit: the admin panel quits or restarts the program itself.
        if (reason != KioskSession::EndReason::Startup && reason != KioskSession::EndReason::AdminExit)
            m_sessionEnded = true;
    });
    connect(&session, &KioskSession::logoutFinished, this, [this] {
        if (m_sessionEnded)
            Q_EMIT restartRequested();
    });
}

RestartOnLogout::~RestartOnLogout() = default;

} // namespace LeoKiosk
