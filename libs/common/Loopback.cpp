#include "common/Loopback.h"

#include <QHostAddress>
#include <QString>

using namespace Qt::Literals::StringLiterals;

namespace Common {

bool isLoopbackHost(QStringView host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host.toString());
    return !address.isNull() && address.isLoopback();
}

} // namespace Common
