#pragma once

namespace LeoKiosk {

// How leo-kiosk ends, for the supervisor that restarts it (systemd Restart=, Windows Shell Launcher) and for
// scripts. Every mode of the program uses these values.
namespace ExitCode {

inline constexpr int Ok = 0;
inline constexpr int InvalidConfiguration = 2; // start-up, --check-config, --diagnostics
inline constexpr int EntUnavailable = 3;       // --check-config, --diagnostics
inline constexpr int StorageDegraded = 4;      // --diagnostics: no keychain, or a local database not in use
// restart_on_logout: the session was wiped and the process ends so that a fresh one starts. 75 is
// EX_TEMPFAIL; a systemd unit restarts on it (Restart=on-failure or always), Shell Launcher maps it to "restart".
inline constexpr int RestartRequested = 75;

} // namespace ExitCode

} // namespace LeoKiosk
