#include "support/ClosedPort.h"

#include <QTcpServer>

namespace LeoKiosk::Test {

QUrl closedLocalUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(probe.serverPort());
    return url; // the port is released when probe goes
}

} // namespace LeoKiosk::Test
