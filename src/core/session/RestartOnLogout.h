#pragma once

#include <QObject>

namespace LeoKiosk {

class KioskSession;

// restart_on_logout: after every end of a session (not the start-up wipe, not the admin exit), once the ENT's logout
// has answered or timed out, restartRequested() — main() then exits with ExitCode::RestartRequested and the supervisor
// (systemd, cage's session, Shell Launcher) starts a fresh process, so that nothing of the session survives even
// in memory. Waiting for the logout keeps the ENT-side session from outliving the kiosk's.
class RestartOnLogout final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestartOnLogout)

public:
    explicit RestartOnLogout(KioskSession& session, QObject* parent = nullptr);
    ~RestartOnLogout() override;

Q_SIGNALS:
    void restartRequested();

private:
    bool m_sessionEnded = false;
};

} // namespace LeoKiosk
