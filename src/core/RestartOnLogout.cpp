#include "RestartOnLogout.h"

#include "KioskSession.h"

RestartOnLogout::RestartOnLogout(KioskSession& session, QObject* parent) : QObject(parent)
{
    connect(&session, &KioskSession::ended, this, [this](KioskSession::EndReason reason) {
        if (reason != KioskSession::EndReason::Startup)
            m_sessionEnded = true;
    });
    connect(&session, &KioskSession::logoutFinished, this, [this] {
        if (m_sessionEnded)
            Q_EMIT restartRequested();
    });
}

RestartOnLogout::~RestartOnLogout() = default;
