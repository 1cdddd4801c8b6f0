#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace LeoEnt {

// IP addresses and CIDR ranges, IPv4 and IPv6, e.g. "192.0.2.10 198.51.100.0/24 2001:db8::/32". An IPv4-mapped
// IPv6 address (::ffff:192.0.2.10) is the IPv4 address it maps.
class AddressList final
{
public:
    static std::optional<AddressList> parse(const QString& text); // space-separated; nullopt on a bad entry

    bool contains(const QString& address) const;
    // What identifies a client for a per-address limit: the address in binary, an IPv6 one cut to its /64 (one
    // host usually holds a whole /64); the text itself when it is not an address.
    static QByteArray clientKey(const QString& address);

private:
    struct Range
    {
        QByteArray network; // 4 or 16 bytes
        int prefix = 0;     // leading bits that must match
    };

    static std::optional<QByteArray> binary(const QString& address);

    QList<Range> m_ranges;
};

} // namespace LeoEnt
