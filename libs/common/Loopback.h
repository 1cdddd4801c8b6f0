#pragma once

#include <QStringView>

namespace Common {

// Whether a URL's host names this machine: "localhost" (any case) or a loopback address (127.0.0.0/8, ::1, also in
// brackets). Plain http:// is accepted only towards such a host, by the kiosk for its ENT and by the server for its
// mail relay.
bool isLoopbackHost(QStringView host);

} // namespace Common
