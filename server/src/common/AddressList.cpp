#include "common/AddressList.h"

#include <QStringList>

#include <arpa/inet.h>

#include <cstring>

namespace LeoEnt {

std::optional<QByteArray> AddressList::binary(const QString& address)
{
    const QByteArray text = address.toLatin1();
    QByteArray v4(4, '\0');
    if (inet_pton(AF_INET, text.constData(), v4.data()) == 1)
        return v4;
    QByteArray v6(16, '\0');
    if (inet_pton(AF_INET6, text.constData(), v6.data()) != 1)
        return std::nullopt;
    static constexpr char mappedPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\xff', '\xff'};
    if (std::memcmp(v6.constData(), mappedPrefix, sizeof mappedPrefix) == 0)
        return v6.sliced(12);
    return v6;
}

std::optional<AddressList> AddressList::parse(const QString& text)
{
    AddressList list;
    for (const QString& entry : text.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype slash = entry.indexOf(u'/');
        const std::optional<QByteArray> network = binary(slash < 0 ? entry : entry.first(slash));
        if (!network)
            return std::nullopt;
        const int bits = static_cast<int>(network->size()) * 8;
        int prefix = bits;
        if (slash >= 0) {
            bool ok = false;
            prefix = entry.sliced(slash + 1).toInt(&ok);
            if (!ok || prefix < 0 || prefix > bits)
                return std::nullopt;
        }
        list.m_ranges.append({*network, prefix});
    }
    return list;
}

QByteArray AddressList::clientKey(const QString& address)
{
    const std::optional<QByteArray> bytes = binary(address);
    if (!bytes)
        return address.toUtf8();
    return bytes->size() == 16 ? bytes->first(8) : *bytes;
}

bool AddressList::contains(const QString& address) const
{
    const std::optional<QByteArray> candidate = binary(address);
    if (!candidate)
        return false;
    for (const Range& range : m_ranges) {
        if (range.network.size() != candidate->size())
            continue;
        const int whole = range.prefix / 8;
        const int rest = range.prefix % 8;
        if (std::memcmp(range.network.constData(), candidate->constData(), static_cast<size_t>(whole)) != 0)
            continue;
        const auto mask = static_cast<unsigned char>(0xff << (8 - rest));
        if (rest == 0 ||
            ((static_cast<unsigned char>(range.network.at(whole)) ^ static_cast<unsigned char>(candidate->at(whole))) &
             mask) == 0)
            return true;
    }
    return false;
}

} // namespace LeoEnt
