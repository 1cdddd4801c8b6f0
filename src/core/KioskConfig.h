#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

enum class KioskProfile { Kiosk, Desktop };

// The effective configuration. Built by ConfigLoader from the schema's sources; plain values, no I/O.
struct KioskConfig
{
    QUrl entUrl{QStringLiteral("http://127.0.0.1:8090")};
    KioskProfile profile = KioskProfile::Kiosk;
    QString oauthClientId;     // empty: web form login (contract §3.2)
    QString oauthClientSecret;
    QString oauthScope{QStringLiteral("userinfo auth")};
    bool allowRememberMe = false;
    int requestTimeoutMs = 10000;
    QString siteName;
    QStringList languages{QStringLiteral("fr"), QStringLiteral("en")};
    QString defaultLanguage{QStringLiteral("fr")};
    QString caBundle;          // extra PEM CA file trusted for the ENT
    int journalRetentionDays = 7;

    bool usesOAuth() const { return !oauthClientId.isEmpty(); }
    // "Se souvenir de moi" exists only on a personal PC where IT allowed it; never in the kiosk profile.
    bool rememberMeAvailable() const { return profile == KioskProfile::Desktop && allowRememberMe; }
    QByteArray userAgent() const;
};
