// AddressList: the IP addresses and CIDR ranges of [recovery] address_allow_list.

#include "common/AddressList.h"

#include <QTest>

using namespace LeoEnt;
using namespace Qt::StringLiterals;

class TestAddressList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyListContainsNothing();
    void contains();
    void mappedIpv4IsTheIpv4Address();
    void zeroPrefixContainsTheWholeFamily();
    void refusesBadEntries();
};

void TestAddressList::emptyListContainsNothing()
{
    const std::optional<AddressList> list = AddressList::parse(u"   "_s);
    QVERIFY(list.has_value());
    QVERIFY(!list->contains(u"127.0.0.1"_s));
    QVERIFY(!list->contains(u"::1"_s));
}

void TestAddressList::contains()
{
    const std::optional<AddressList> list =
        AddressList::parse(u"192.0.2.10  198.51.100.0/24 203.0.112.0/20 2001:db8::/32"_s);
    QVERIFY(list.has_value());
    // each range's first and last addresses, and a /20 that ends inside a byte
    const QStringList inside = {u"192.0.2.10"_s,
                                u"198.51.100.0"_s,
                                u"198.51.100.255"_s,
                                u"203.0.112.0"_s,
                                u"203.0.127.255"_s,
                                u"2001:db8::1"_s,
                                u"2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"_s};
    for (const QString& address : inside)
        QVERIFY2(list->contains(address), qPrintable(address));
    // the neighbours, an IPv4 address whose bytes open the IPv6 range, a host name, nothing
    const QStringList outside = {u"192.0.2.11"_s,  u"198.51.101.0"_s, u"203.0.128.0"_s, u"203.0.111.255"_s,
                                 u"2001:db9::1"_s, u"32.1.13.184"_s,  u"example.org"_s, QString()};
    for (const QString& address : outside)
        QVERIFY2(!list->contains(address), qPrintable(address));
}

void TestAddressList::mappedIpv4IsTheIpv4Address()
{
    const std::optional<AddressList> list = AddressList::parse(u"192.0.2.0/24"_s);
    QVERIFY(list.has_value());
    QVERIFY(list->contains(u"::ffff:192.0.2.10"_s));
    QVERIFY(!list->contains(u"::ffff:192.0.3.10"_s));
}

void TestAddressList::zeroPrefixContainsTheWholeFamily()
{
    const std::optional<AddressList> list = AddressList::parse(u"0.0.0.0/0"_s);
    QVERIFY(list.has_value());
    QVERIFY(list->contains(u"8.8.8.8"_s));
    QVERIFY(list->contains(u"255.255.255.255"_s));
    QVERIFY(!list->contains(u"2001:db8::1"_s));
}

void TestAddressList::refusesBadEntries()
{
    // an octet or a prefix out of range, a prefix missing, a host name, one bad entry among good ones, commas
    const QStringList bad = {u"300.1.1.1"_s,
                             u"10.0.0.0/33"_s,
                             u"2001:db8::/129"_s,
                             u"10.0.0.0/-1"_s,
                             u"10.0.0.0/"_s,
                             u"school.example"_s,
                             u"192.0.2.1 nope 198.51.100.0/24"_s,
                             u"192.0.2.1,192.0.2.2"_s};
    for (const QString& text : bad)
        QVERIFY2(!AddressList::parse(text).has_value(), qPrintable(text));
}

QTEST_APPLESS_MAIN(TestAddressList)
#include "tst_serveraddresslist.moc"
