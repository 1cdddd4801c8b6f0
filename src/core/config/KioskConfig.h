#pragma once

#include "core/config/AssistanceContact.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace LeoKiosk {

enum class KioskProfile { Kiosk, Desktop };

// The effective configuration. Built by ConfigLoader from the schema's sources; plain values, no I/O.
struct KioskConfig
{
    QUrl entUrl{QStringLiteral("http://127.0.0.1:8090")};
    KioskProfile profile = KioskProfile::Kiosk;
    QString oauthClientId;     // empty: web form login (ENT protocol §3.2)
    QString oauthClientSecret;
    QString oauthScope{QStringLiteral("userinfo auth directory")}; // directory: Mon compte's recovery address
    bool allowRememberMe = false;
    int requestTimeoutMs = 10000;
    QString siteName;
    // French first, English, then the home languages of most newly arrived pupils (issue #17).
    QStringList languages{QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("uk"),
                          QStringLiteral("pt"), QStringLiteral("tr"), QStringLiteral("ro"), QStringLiteral("es")};
    QString defaultLanguage{QStringLiteral("fr")};
    QString caBundle;          // extra PEM CA file trusted for the ENT
    int journalRetentionDays = 7;

    // Kiosk shell. Where the desktop profile has another default, ConfigLoader applies it.
    int idleTimeoutSeconds = 120;   // no input for this long: the countdown starts (desktop: 600)
    int idleCountdownSeconds = 30;  // the visible "Je suis encore là" countdown, then the session ends
    int sessionMaxSeconds = 900;    // absolute cap whatever the activity; 0: none (desktop: 0)
    bool restartOnLogout = false;   // exit with ExitCode::RestartRequested after every wipe
    QString adminPinHash;           // argon2id string from `leo-kiosk --hash-admin-pin`; empty: no admin exit
    QString adminGesture{QStringLiteral("corner-taps")}; // or a normalised chord, e.g. "Ctrl+Alt+Shift+A"
    int adminPinLockoutSeconds = 300; // after AdminPin::maxFailures wrong PINs
    bool hideCursor = false;
    bool virtualKeyboard = false;
    bool attractScreen = false;
    QUrl helpUrl;                   // https page behind the help screens' QR code; empty: no QR code
    QString federatedNotice;        // sign-in and lost-password screens: where EduConnect pupils go; empty: none
    QUrl federatedNoticeUrl;        // https page behind the notice's QR code; empty: no QR code
    QList<AssistanceContact> supportContacts;
    QList<QByteArray> entSpkiPins;  // SHA-256 of pinned SubjectPublicKeyInfo (32 bytes each); empty: no pinning

    bool usesOAuth() const { return !oauthClientId.isEmpty(); }
    // "Se souvenir de moi" exists only on a personal PC where IT allowed it; never in the kiosk profile.
    bool rememberMeAvailable() const { return profile == KioskProfile::Desktop && allowRememberMe; }
    QByteArray userAgent() const;
    bool adminGestureIsCornerTaps() const { return adminGesture == QLatin1String("corner-taps"); }
};

} // namespace LeoKiosk
