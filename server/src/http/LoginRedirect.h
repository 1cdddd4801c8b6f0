#pragma once

#include <QByteArrayView>
#include <QString>

namespace LeoEnt {

class SafeRedirect;

// Where a secured route sends a caller without a session, as ENT Core's web-utils UserAuthFilter.redirectLogin builds
// it (ENT protocol §17 item 1): the configured login page (auth/login_uri, auth/callback_param) or
// /auth/login?callback=<the address asked for>. With auth/login_redirect_port_8009, a request without
// X-Forwarded-For gets web-utils' rewrite of the origin to "<scheme>:8009", which loses the host ("http:8009/…").
class LoginRedirect final
{
public:
    struct Settings
    {
        QString loginUri;      // empty: /auth/login
        QString callbackParam; // with loginUri
        bool port8009Rewrite = false;
    };

    LoginRedirect(Settings settings, const SafeRedirect& redirect);

    // `target`: the path and query asked for, as sent; `forwardedFor`: the request carried X-Forwarded-For.
    QString location(QByteArrayView target, bool forwardedFor) const;

private:
    Settings m_settings;
    const SafeRedirect& m_redirect;
};

} // namespace LeoEnt
