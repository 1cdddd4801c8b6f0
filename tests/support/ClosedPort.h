#pragma once

#include <QUrl>

namespace LeoKiosk::Test {

// http://127.0.0.1:<port> where nothing listens (a port just released by the system): the ENT being down, for tests
// that need "connection refused" rather than a server that misbehaves.
QUrl closedLocalUrl();

} // namespace LeoKiosk::Test
