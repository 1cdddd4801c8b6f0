#pragma once

#include <QByteArrayView>
#include <QString>
#include <QUrl>

namespace LeoEnt {

// Absolute redirect targets, always built from public_url and never from the Host header (ENT protocol §1.3).
class SafeRedirect final
{
public:
    explicit SafeRedirect(const QUrl& publicUrl);

    QString absolute(QByteArrayView pathAndQuery) const; // an already encoded path on our origin

    // A callback parameter, URL-decoded once more as ENT Core does, as an absolute Location. Kept: a path
    // starting with "/" and a letter or digit, or an absolute URL on our own origin. Anything else, and a
    // callback back to /auth/login (a loop), gives the root of public_url.
    QString location(const QString& callback) const;
    // The callback of POST /auth/reset (ENT protocol §3.11): the same rule, but /auth/login is allowed and is what a
    // missing or refused callback gives.
    QString afterReset(const QString& callback) const;

private:
    QString safePath(const QString& decoded) const;
    QString checkedPath(const QString& callback) const; // empty when refused
    QString encoded(const QString& path) const;

    QUrl m_publicUrl;
    QString m_origin;
    QString m_root;
};

} // namespace LeoEnt
