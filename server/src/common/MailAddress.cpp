#include "common/MailAddress.h"

#include <QStringList>

namespace LeoEnt {

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isAtext(QChar c)
{
    return isAsciiAlnum(c) || QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isLocalPart(QStringView local)
{
    if (local.isEmpty() || local.size() > 64 || local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return false;
    for (const QChar c : local) {
        if (c != u'.' && !isAtext(c))
            return false;
    }
    return true;
}

bool isHostName(QStringView domain)
{
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    for (const QStringView label : domain.split(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            if (!isAsciiAlnum(c) && c != u'-')
                return false;
        }
    }
    return true;
}

} // namespace

namespace MailAddress {

bool isValid(QStringView address)
{
    const qsizetype at = address.indexOf(u'@');
    return address.size() <= 254 && at > 0 && address.count(u'@') == 1 && isLocalPart(address.first(at)) &&
           isHostName(address.sliced(at + 1));
}

QStringView domainOf(QStringView address)
{
    return address.sliced(address.indexOf(u'@') + 1);
}

} // namespace MailAddress

} // namespace LeoEnt
