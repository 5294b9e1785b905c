// Discovery target specs as an administrator types them: every accepted form, every refusal with
// its message, exclusions, duplicates and the size limit.

#include "discovery/Ipv4RangeSet.h"
#include "discovery/TargetSpec.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace fleet::discovery;

class TestTargetSpec : public QObject
{
    Q_OBJECT

private slots:
    void expand_data();
    void expand();
    void errorsNameTheToken_data();
    void errorsNameTheToken();
    void originAndKind();
    void targetToString_data();
    void targetToString();
    void errorToString();
    void rangeSet_data();
    void rangeSet();
    void largeExpansionIsQuick();
    void garbageNeverCrashes();
};

namespace {

QStringList rendered(const QList<Target> &targets, qsizetype count)
{
    QStringList out;
    for (qsizetype i = 0; i < std::min(count, targets.size()); ++i)
        out.append(targets.at(i).toString());
    return out;
}

QStringList errorTexts(const QList<TargetError> &errors)
{
    QStringList out;
    for (const TargetError &error : errors)
        out.append(error.text);
    return out;
}

QStringList S(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

QStringList S(std::initializer_list<QString> items)
{
    return QStringList(items);
}

QString repeated(QChar c, int n)
{
    return QString(n, c);
}

} // namespace

void TestTargetSpec::expand_data()
{
    QTest::addColumn<QStringList>("specs");
    QTest::addColumn<QStringList>("exclusions");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("firstTargets"); // compared with the first targets of the result
    QTest::addColumn<QString>("lastTarget");       // empty: not checked
    QTest::addColumn<QStringList>("errors");       // TargetError::text of every error, in order
    QTest::addColumn<int>("excluded");
    QTest::addColumn<int>("duplicates");

    const int L = int(kDefaultTargetLimit);
    const QString none;

    // Single IPv4 hosts and ports.
    QTest::addRow("ipv4 single") << S({"10.0.0.5"}) << QStringList() << L << 1 << S({"10.0.0.5"}) << none
                                 << QStringList() << 0 << 0;
    QTest::addRow("ipv4 with port") << S({"10.0.0.5:1161"}) << QStringList() << L << 1 << S({"10.0.0.5:1161"}) << none
                                    << QStringList() << 0 << 0;
    QTest::addRow("explicit default port")
        << S({"10.0.0.5:161"}) << QStringList() << L << 1 << S({"10.0.0.5"}) << none << QStringList() << 0 << 0;
    QTest::addRow("port 65535") << S({"10.0.0.5:65535"}) << QStringList() << L << 1 << S({"10.0.0.5:65535"}) << none
                                << QStringList() << 0 << 0;
    QTest::addRow("whitespace trimmed") << S({"  \t10.0.0.5 \n"}) << QStringList() << L << 1 << S({"10.0.0.5"}) << none
                                        << QStringList() << 0 << 0;
    QTest::addRow("empty specs ignored") << S({"", "   ", "10.0.0.1", ",,"}) << QStringList() << L << 1
                                         << S({"10.0.0.1"}) << none << QStringList() << 0 << 0;
    QTest::addRow("list inside one spec")
        << S({"10.0.0.1, 10.0.0.2  10.0.0.3;10.0.0.4,\t10.0.0.5"}) << QStringList() << L << 5
        << S({"10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5"}) << none << QStringList() << 0 << 0;
    QTest::addRow("loopback allowed") << S({"127.0.0.1:16100"}) << QStringList() << L << 1 << S({"127.0.0.1:16100"})
                                      << none << QStringList() << 0 << 0;
    QTest::addRow("highest unicast") << S({"223.255.255.254"}) << QStringList() << L << 1 << S({"223.255.255.254"})
                                     << none << QStringList() << 0 << 0;

    // Bad IPv4 addresses: an IPv4 message, never taken for a host name.
    QTest::addRow("octet 256") << S({"10.0.0.256"}) << QStringList() << L << 0 << QStringList() << none
                               << S({"10.0.0.256"}) << 0 << 0;
    QTest::addRow("octet 1000") << S({"10.1000.0.1"}) << QStringList() << L << 0 << QStringList() << none
                                << S({"10.1000.0.1"}) << 0 << 0;
    QTest::addRow("leading zero") << S({"01.2.3.4"}) << QStringList() << L << 0 << QStringList() << none
                                  << S({"01.2.3.4"}) << 0 << 0;
    QTest::addRow("leading zero last") << S({"10.0.0.010"}) << QStringList() << L << 0 << QStringList() << none
                                       << S({"10.0.0.010"}) << 0 << 0;
    QTest::addRow("three numbers") << S({"10.0.1"}) << QStringList() << L << 0 << QStringList() << none << S({"10.0.1"})
                                   << 0 << 0;
    QTest::addRow("five numbers") << S({"1.2.3.4.5"}) << QStringList() << L << 0 << QStringList() << none
                                  << S({"1.2.3.4.5"}) << 0 << 0;
    QTest::addRow("empty number") << S({"1..3.4"}) << QStringList() << L << 0 << QStringList() << none << S({"1..3.4"})
                                  << 0 << 0;
    QTest::addRow("trailing dot ipv4") << S({"1.2.3.4."}) << QStringList() << L << 0 << QStringList() << none
                                       << S({"1.2.3.4."}) << 0 << 0;
    QTest::addRow("plain number") << S({"167772161"}) << QStringList() << L << 0 << QStringList() << none
                                  << S({"167772161"}) << 0 << 0;
    QTest::addRow("broadcast 255.255.255.255") << S({"255.255.255.255"}) << QStringList() << L << 0 << QStringList()
                                               << none << S({"255.255.255.255"}) << 0 << 0;
    QTest::addRow("0.0.0.0") << S({"0.0.0.0"}) << QStringList() << L << 0 << QStringList() << none << S({"0.0.0.0"})
                             << 0 << 0;
    QTest::addRow("multicast") << S({"224.0.0.1"}) << QStringList() << L << 0 << QStringList() << none
                               << S({"224.0.0.1"}) << 0 << 0;
    QTest::addRow("reserved 240/4") << S({"240.0.0.1"}) << QStringList() << L << 0 << QStringList() << none
                                    << S({"240.0.0.1"}) << 0 << 0;
    QTest::addRow("bad token does not stop the list")
        << S({"10.0.0.1, 10.0.0.300, 10.0.0.2"}) << QStringList() << L << 2 << S({"10.0.0.1", "10.0.0.2"}) << none
        << S({"10.0.0.300"}) << 0 << 0;

    // Ports.
    QTest::addRow("port 0") << S({"10.0.0.1:0"}) << QStringList() << L << 0 << QStringList() << none
                            << S({"10.0.0.1:0"}) << 0 << 0;
    QTest::addRow("port 65536") << S({"10.0.0.1:65536"}) << QStringList() << L << 0 << QStringList() << none
                                << S({"10.0.0.1:65536"}) << 0 << 0;
    QTest::addRow("port letters") << S({"10.0.0.1:snmp"}) << QStringList() << L << 0 << QStringList() << none
                                  << S({"10.0.0.1:snmp"}) << 0 << 0;
    QTest::addRow("port negative") << S({"10.0.0.1:-1"}) << QStringList() << L << 0 << QStringList() << none
                                   << S({"10.0.0.1:-1"}) << 0 << 0;
    QTest::addRow("port empty") << S({"10.0.0.1:"}) << QStringList() << L << 0 << QStringList() << none
                                << S({"10.0.0.1:"}) << 0 << 0;
    QTest::addRow("port huge") << S({"printer:99999999999"}) << QStringList() << L << 0 << QStringList() << none
                               << S({"printer:99999999999"}) << 0 << 0;
    QTest::addRow("host missing before port")
        << S({":161"}) << QStringList() << L << 0 << QStringList() << none << S({":161"}) << 0 << 0;

    // Prefixes.
    QTest::addRow("cidr /24") << S({"10.0.0.0/24"}) << QStringList() << L << 254 << S({"10.0.0.1", "10.0.0.2"})
                              << "10.0.0.254" << QStringList() << 0 << 0;
    QTest::addRow("cidr /30") << S({"10.0.0.4/30"}) << QStringList() << L << 2 << S({"10.0.0.5", "10.0.0.6"}) << none
                              << QStringList() << 0 << 0;
    QTest::addRow("cidr /31 keeps both") << S({"10.0.0.4/31"}) << QStringList() << L << 2 << S({"10.0.0.4", "10.0.0.5"})
                                         << none << QStringList() << 0 << 0;
    QTest::addRow("cidr /32 single") << S({"10.0.0.7/32"}) << QStringList() << L << 1 << S({"10.0.0.7"}) << none
                                     << QStringList() << 0 << 0;
    QTest::addRow("cidr host bits set") << S({"10.0.0.77/24"}) << QStringList() << L << 254 << S({"10.0.0.1"})
                                        << "10.0.0.254" << QStringList() << 0 << 0;
    QTest::addRow("cidr /16 under limit") << S({"172.16.0.0/16"}) << QStringList() << L << 65534 << S({"172.16.0.1"})
                                          << "172.16.255.254" << QStringList() << 0 << 0;
    QTest::addRow("cidr /15 over limit") << S({"172.16.0.0/15"}) << QStringList() << L << 0 << QStringList() << none
                                         << S({"172.16.0.0/15"}) << 0 << 0;
    QTest::addRow("cidr /0 over limit") << S({"0.0.0.0/0"}) << QStringList() << L << 0 << QStringList() << none
                                        << S({"0.0.0.0/0"}) << 0 << 0;
    QTest::addRow("cidr with port") << S({"10.0.0.0/30:1161"}) << QStringList() << L << 2
                                    << S({"10.0.0.1:1161", "10.0.0.2:1161"}) << none << QStringList() << 0 << 0;
    QTest::addRow("cidr /33") << S({"10.0.0.0/33"}) << QStringList() << L << 0 << QStringList() << none
                              << S({"10.0.0.0/33"}) << 0 << 0;
    QTest::addRow("cidr no length") << S({"10.0.0.0/"}) << QStringList() << L << 0 << QStringList() << none
                                    << S({"10.0.0.0/"}) << 0 << 0;
    QTest::addRow("cidr negative") << S({"10.0.0.0/-8"}) << QStringList() << L << 0 << QStringList() << none
                                   << S({"10.0.0.0/-8"}) << 0 << 0;
    QTest::addRow("cidr of host name") << S({"printer/24"}) << QStringList() << L << 0 << QStringList() << none
                                       << S({"printer/24"}) << 0 << 0;
    QTest::addRow("cidr bad network") << S({"10.0.300.0/24"}) << QStringList() << L << 0 << QStringList() << none
                                      << S({"10.0.300.0/24"}) << 0 << 0;
    QTest::addRow("cidr of multicast") << S({"224.0.1.0/24"}) << QStringList() << L << 0 << QStringList() << none
                                       << S({"224.0.1.0/24"}) << 0 << 0;
    QTest::addRow("cidr 0/8 refused") << S({"0.0.0.0/24"}) << QStringList() << L << 0 << QStringList() << none
                                      << S({"0.0.0.0/24"}) << 0 << 0;

    // Ranges.
    QTest::addRow("range crossing octets")
        << S({"10.0.0.254-10.0.1.2"}) << QStringList() << L << 5
        << S({"10.0.0.254", "10.0.0.255", "10.0.1.0", "10.0.1.1", "10.0.1.2"}) << none << QStringList() << 0 << 0;
    QTest::addRow("range crossing two octets") << S({"10.0.255.255-10.1.0.0"}) << QStringList() << L << 2
                                               << S({"10.0.255.255", "10.1.0.0"}) << none << QStringList() << 0 << 0;
    QTest::addRow("range short form") << S({"10.0.0.10-12"}) << QStringList() << L << 3
                                      << S({"10.0.0.10", "10.0.0.11", "10.0.0.12"}) << none << QStringList() << 0 << 0;
    QTest::addRow("range spaced dash") << S({"10.0.0.10 - 10.0.0.11"}) << QStringList() << L << 2
                                       << S({"10.0.0.10", "10.0.0.11"}) << none << QStringList() << 0 << 0;
    QTest::addRow("range single address")
        << S({"10.0.0.9-10.0.0.9"}) << QStringList() << L << 1 << S({"10.0.0.9"}) << none << QStringList() << 0 << 0;
    QTest::addRow("range with port") << S({"10.0.0.1-2:1161"}) << QStringList() << L << 2
                                     << S({"10.0.0.1:1161", "10.0.0.2:1161"}) << none << QStringList() << 0 << 0;
    QTest::addRow("range reversed") << S({"10.0.0.50-10.0.0.10"}) << QStringList() << L << 0 << QStringList() << none
                                    << S({"10.0.0.50-10.0.0.10"}) << 0 << 0;
    QTest::addRow("range short reversed")
        << S({"10.0.0.50-10"}) << QStringList() << L << 0 << QStringList() << none << S({"10.0.0.50-10"}) << 0 << 0;
    QTest::addRow("range short 256") << S({"10.0.0.1-256"}) << QStringList() << L << 0 << QStringList() << none
                                     << S({"10.0.0.1-256"}) << 0 << 0;
    QTest::addRow("range end missing") << S({"10.0.0.1-"}) << QStringList() << L << 0 << QStringList() << none
                                       << S({"10.0.0.1-"}) << 0 << 0;
    QTest::addRow("range start missing") << S({"-10.0.0.1"}) << QStringList() << L << 0 << QStringList() << none
                                         << S({"-10.0.0.1"}) << 0 << 0;
    QTest::addRow("range bad end") << S({"10.0.0.1-10.0.0.999"}) << QStringList() << L << 0 << QStringList() << none
                                   << S({"10.0.0.1-10.0.0.999"}) << 0 << 0;
    QTest::addRow("range two dashes") << S({"10.0.0.1-5-9"}) << QStringList() << L << 0 << QStringList() << none
                                      << S({"10.0.0.1-5-9"}) << 0 << 0;
    QTest::addRow("range over limit") << S({"10.0.0.0-10.255.255.255"}) << QStringList() << L << 0 << QStringList()
                                      << none << S({"10.0.0.0-10.255.255.255"}) << 0 << 0;
    QTest::addRow("range to broadcast") << S({"223.255.255.254-255.255.255.255"}) << QStringList() << L << 0
                                        << QStringList() << none << S({"223.255.255.254-255.255.255.255"}) << 0 << 0;

    // Host names.
    QTest::addRow("host name") << S({"printer.example.com"}) << QStringList() << L << 1 << S({"printer.example.com"})
                               << none << QStringList() << 0 << 0;
    QTest::addRow("host name with port") << S({"printer.example.com:1161"}) << QStringList() << L << 1
                                         << S({"printer.example.com:1161"}) << none << QStringList() << 0 << 0;
    QTest::addRow("single label") << S({"printer-01"}) << QStringList() << L << 1 << S({"printer-01"}) << none
                                  << QStringList() << 0 << 0;
    QTest::addRow("digits first label") << S({"3com.example"}) << QStringList() << L << 1 << S({"3com.example"}) << none
                                        << QStringList() << 0 << 0;
    QTest::addRow("absolute name") << S({"printer.example."}) << QStringList() << L << 1 << S({"printer.example."})
                                   << none << QStringList() << 0 << 0;
    QTest::addRow("idn to ace") << S({"drukker.bücher.example"}) << QStringList() << L << 1
                                << S({"drukker.xn--bcher-kva.example"}) << none << QStringList() << 0 << 0;
    QTest::addRow("label of 63") << S({repeated(u'a', 63) + u".example"}) << QStringList() << L << 1
                                 << S({repeated(u'a', 63) + u".example"}) << none << QStringList() << 0 << 0;
    QTest::addRow("label of 64") << S({repeated(u'a', 64) + u".example"}) << QStringList() << L << 0 << QStringList()
                                 << none << S({repeated(u'a', 64) + u".example"}) << 0 << 0;
    const QString name253 =
        repeated(u'a', 63) + u'.' + repeated(u'b', 63) + u'.' + repeated(u'c', 63) + u'.' + repeated(u'd', 61);
    QTest::addRow("name of 253") << S({name253}) << QStringList() << L << 1 << S({name253}) << none << QStringList()
                                 << 0 << 0;
    QTest::addRow("name of 254") << S({name253 + u'd'}) << QStringList() << L << 0 << QStringList() << none
                                 << S({name253 + u'd'}) << 0 << 0;
    QTest::addRow("underscore") << S({"print_er.example"}) << QStringList() << L << 0 << QStringList() << none
                                << S({"print_er.example"}) << 0 << 0;
    QTest::addRow("leading hyphen") << S({"-printer.example"}) << QStringList() << L << 0 << QStringList() << none
                                    << S({"-printer.example"}) << 0 << 0;
    QTest::addRow("trailing hyphen") << S({"printer-.example"}) << QStringList() << L << 0 << QStringList() << none
                                     << S({"printer-.example"}) << 0 << 0;
    QTest::addRow("empty label") << S({"printer..example"}) << QStringList() << L << 0 << QStringList() << none
                                 << S({"printer..example"}) << 0 << 0;
    QTest::addRow("leading dot") << S({".example"}) << QStringList() << L << 0 << QStringList() << none
                                 << S({".example"}) << 0 << 0;
    QTest::addRow("numeric last label") << S({"printer.123"}) << QStringList() << L << 0 << QStringList() << none
                                        << S({"printer.123"}) << 0 << 0;
    QTest::addRow("bad character") << S({"printer!.example"}) << QStringList() << L << 0 << QStringList() << none
                                   << S({"printer!.example"}) << 0 << 0;
    QTest::addRow("url is not a host") << S({"http://printer/"}) << QStringList() << L << 0 << QStringList() << none
                                       << S({"http://printer/"}) << 0 << 0;

    // IPv6: single hosts only.
    QTest::addRow("ipv6 loopback") << S({"::1"}) << QStringList() << L << 1 << S({"::1"}) << none << QStringList() << 0
                                   << 0;
    QTest::addRow("ipv6 bracket port") << S({"[fe80::1]:1161"}) << QStringList() << L << 1 << S({"[fe80::1]:1161"})
                                       << none << QStringList() << 0 << 0;
    QTest::addRow("ipv6 brackets no port")
        << S({"[2001:db8::5]"}) << QStringList() << L << 1 << S({"2001:db8::5"}) << none << QStringList() << 0 << 0;
    QTest::addRow("ipv6 canonical") << S({"2001:0DB8:0000:0000:0000:0000:0000:0005"}) << QStringList() << L << 1
                                    << S({"2001:db8::5"}) << none << QStringList() << 0 << 0;
    QTest::addRow("ipv6 scope id") << S({"fe80::1%eth0"}) << QStringList() << L << 1 << S({"fe80::1%eth0"}) << none
                                   << QStringList() << 0 << 0;
    QTest::addRow("ipv6 prefix") << S({"2001:db8::/64"}) << QStringList() << L << 0 << QStringList() << none
                                 << S({"2001:db8::/64"}) << 0 << 0;
    QTest::addRow("ipv6 range") << S({"2001:db8::1-2001:db8::5"}) << QStringList() << L << 0 << QStringList() << none
                                << S({"2001:db8::1-2001:db8::5"}) << 0 << 0;
    QTest::addRow("ipv6 invalid") << S({"2001:db8:::1"}) << QStringList() << L << 0 << QStringList() << none
                                  << S({"2001:db8:::1"}) << 0 << 0;
    QTest::addRow("ipv6 unclosed bracket")
        << S({"[::1"}) << QStringList() << L << 0 << QStringList() << none << S({"[::1"}) << 0 << 0;
    QTest::addRow("ipv6 junk after bracket")
        << S({"[::1]1161"}) << QStringList() << L << 0 << QStringList() << none << S({"[::1]1161"}) << 0 << 0;
    QTest::addRow("ipv6 bad port") << S({"[::1]:0"}) << QStringList() << L << 0 << QStringList() << none
                                   << S({"[::1]:0"}) << 0 << 0;
    QTest::addRow("brackets around ipv4")
        << S({"[10.0.0.1]:161"}) << QStringList() << L << 0 << QStringList() << none << S({"[10.0.0.1]:161"}) << 0 << 0;
    QTest::addRow("ipv6 unspecified") << S({"::"}) << QStringList() << L << 0 << QStringList() << none << S({"::"}) << 0
                                      << 0;
    QTest::addRow("ipv6 multicast") << S({"ff02::1"}) << QStringList() << L << 0 << QStringList() << none
                                    << S({"ff02::1"}) << 0 << 0;

    // Duplicates: same host and port, first occurrence kept in place.
    QTest::addRow("dup across specs") << S({"10.0.0.1", "10.0.0.0/30"}) << QStringList() << L << 2
                                      << S({"10.0.0.1", "10.0.0.2"}) << none << QStringList() << 0 << 1;
    QTest::addRow("order of first occurrence")
        << S({"10.0.0.3", "10.0.0.1-3"}) << QStringList() << L << 3 << S({"10.0.0.3", "10.0.0.1", "10.0.0.2"}) << none
        << QStringList() << 0 << 1;
    QTest::addRow("other port is no dup") << S({"10.0.0.1", "10.0.0.1:1161"}) << QStringList() << L << 2
                                          << S({"10.0.0.1", "10.0.0.1:1161"}) << none << QStringList() << 0 << 0;
    QTest::addRow("explicit 161 is a dup") << S({"10.0.0.1", "10.0.0.1:161"}) << QStringList() << L << 1
                                           << S({"10.0.0.1"}) << none << QStringList() << 0 << 1;
    QTest::addRow("host name case dup") << S({"Printer.Example.com", "printer.example.COM."}) << QStringList() << L << 1
                                        << S({"Printer.Example.com"}) << none << QStringList() << 0 << 1;
    QTest::addRow("ipv6 spelling dup") << S({"2001:DB8:0:0::5", "[2001:db8::5]:161"}) << QStringList() << L << 1
                                       << S({"2001:db8::5"}) << none << QStringList() << 0 << 1;

    // Exclusions.
    QTest::addRow("exclude single") << S({"10.0.0.0/29"}) << S({"10.0.0.3"}) << L << 5
                                    << S({"10.0.0.1", "10.0.0.2", "10.0.0.4", "10.0.0.5", "10.0.0.6"}) << none
                                    << QStringList() << 1 << 0;
    QTest::addRow("exclude cidr") << S({"10.0.0.0/24"}) << S({"10.0.0.128/25"}) << L << 127 << S({"10.0.0.1"})
                                  << "10.0.0.127" << QStringList() << 127 << 0;
    QTest::addRow("exclude range") << S({"10.0.0.1-10"}) << S({"10.0.0.3 - 10.0.0.5"}) << L << 7
                                   << S({"10.0.0.1", "10.0.0.2", "10.0.0.6"}) << "10.0.0.10" << QStringList() << 3 << 0;
    QTest::addRow("exclude short range") << S({"10.0.0.1-10"}) << S({"10.0.0.2-9"}) << L << 2
                                         << S({"10.0.0.1", "10.0.0.10"}) << none << QStringList() << 8 << 0;
    QTest::addRow("exclude cidr covers network and broadcast")
        << S({"10.0.0.0-10.0.0.255", "10.0.1.1"}) << S({"10.0.0.0/24"}) << L << 1 << S({"10.0.1.1"}) << none
        << QStringList() << 256 << 0;
    QTest::addRow("exclude everything ipv4") << S({"10.0.0.0/30", "printer"}) << S({"0.0.0.0/0"}) << L << 1
                                             << S({"printer"}) << none << QStringList() << 2 << 0;
    QTest::addRow("exclude host name case") << S({"printer.example", "other.example"}) << S({"PRINTER.example."}) << L
                                            << 1 << S({"other.example"}) << none << QStringList() << 1 << 0;
    QTest::addRow("exclude with port only that port") << S({"10.0.0.1", "10.0.0.1:1161"}) << S({"10.0.0.1:1161"}) << L
                                                      << 1 << S({"10.0.0.1"}) << none << QStringList() << 1 << 0;
    QTest::addRow("exclude without port every port") << S({"10.0.0.1", "10.0.0.1:1161"}) << S({"10.0.0.1"}) << L << 0
                                                     << QStringList() << none << QStringList() << 2 << 0;
    QTest::addRow("exclude host name port") << S({"printer:1161", "printer"}) << S({"printer:1161"}) << L << 1
                                            << S({"printer"}) << none << QStringList() << 1 << 0;
    QTest::addRow("exclude ipv6") << S({"::1", "[::1]:1161", "::2"}) << S({"0:0::1"}) << L << 1 << S({"::2"}) << none
                                  << QStringList() << 2 << 0;
    QTest::addRow("excluded counted once") << S({"10.0.0.0/30", "10.0.0.1", "10.0.0.1-2"}) << S({"10.0.0.1"}) << L << 1
                                           << S({"10.0.0.2"}) << none << QStringList() << 1 << 1;
    QTest::addRow("exclusion list in one spec") << S({"10.0.0.1-5"}) << S({"10.0.0.1, 10.0.0.3;10.0.0.5"}) << L << 2
                                                << S({"10.0.0.2", "10.0.0.4"}) << none << QStringList() << 3 << 0;
    QTest::addRow("exclusion brings prefix under limit")
        << S({"10.0.0.0/15"}) << S({"10.1.0.0/16"}) << L << 65535 << S({"10.0.0.1"}) << "10.0.255.255" << QStringList()
        << 65535 << 0;
    QTest::addRow("exclusion removes multicast part")
        << S({"223.255.255.250-224.0.0.5"}) << S({"224.0.0.0/4"}) << L << 6 << S({"223.255.255.250"})
        << "223.255.255.255" << QStringList() << 6 << 0;
    QTest::addRow("bad exclusion reported") << S({"10.0.0.1"}) << S({"10.0.0.300", "print_er"}) << L << 1
                                            << S({"10.0.0.1"}) << none << S({"10.0.0.300", "print_er"}) << 0 << 0;

    // Limits: a spec over the limit is refused whole, the others still expand.
    QTest::addRow("limit exact") << S({"10.0.0.0/24"}) << QStringList() << 254 << 254 << S({"10.0.0.1"}) << "10.0.0.254"
                                 << QStringList() << 0 << 0;
    QTest::addRow("limit one over") << S({"10.0.0.0/24"}) << QStringList() << 253 << 0 << QStringList() << none
                                    << S({"10.0.0.0/24"}) << 0 << 0;
    QTest::addRow("limit others still expand") << S({"10.0.0.0/8", "10.1.0.1"}) << QStringList() << L << 1
                                               << S({"10.1.0.1"}) << none << S({"10.0.0.0/8"}) << 0 << 0;
    QTest::addRow("limit cumulative") << S({"10.0.0.1-3", "10.0.1.1-3", "10.0.2.1"}) << QStringList() << 5 << 4
                                      << S({"10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.2.1"}) << none
                                      << S({"10.0.1.1-3"}) << 0 << 0;
    QTest::addRow("limit counts after dedup")
        << S({"10.0.0.1-3", "10.0.0.2-4"}) << QStringList() << 4 << 4
        << S({"10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"}) << none << QStringList() << 0 << 2;
    QTest::addRow("limit for host names")
        << S({"a", "b", "c"}) << QStringList() << 2 << 2 << S({"a", "b"}) << none << S({"c"}) << 0 << 0;
}

void TestTargetSpec::expand()
{
    QFETCH(QStringList, specs);
    QFETCH(QStringList, exclusions);
    QFETCH(int, limit);
    QFETCH(int, count);
    QFETCH(QStringList, firstTargets);
    QFETCH(QString, lastTarget);
    QFETCH(QStringList, errors);
    QFETCH(int, excluded);
    QFETCH(int, duplicates);

    const TargetParseResult result = TargetSpec::expand(specs, exclusions, limit);
    QStringList messages;
    for (const TargetError &error : result.errors)
        messages.append(error.toString());
    QVERIFY2(errorTexts(result.errors) == errors, qPrintable(messages.join(u'\n')));
    for (const TargetError &error : result.errors) {
        QVERIFY2(error.message.contains(error.text), qPrintable(error.message));
        QCOMPARE(error.line, 0);
    }
    QCOMPARE(result.targets.size(), count);
    QCOMPARE(rendered(result.targets, firstTargets.size()), firstTargets);
    if (!lastTarget.isEmpty())
        QCOMPARE(result.targets.last().toString(), lastTarget);
    QCOMPARE(result.excludedCount, excluded);
    QCOMPARE(result.duplicateCount, duplicates);
}

// The message says what is wrong, not only that something is.
void TestTargetSpec::errorsNameTheToken_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("hint");

    QTest::addRow("octet") << "10.0.0.256"
                           << "256 is greater than 255";
    QTest::addRow("leading zero") << "01.2.3.4"
                                  << "leading zero";
    QTest::addRow("count") << "10.0.1"
                           << "four numbers";
    QTest::addRow("broadcast") << "255.255.255.255"
                               << "broadcast";
    QTest::addRow("multicast range") << "223.255.255.254-224.0.0.1"
                                     << "224.0.0.0";
    QTest::addRow("limit") << "0.0.0.0/0"
                           << "limit of 65536";
    QTest::addRow("limit count") << "10.0.0.0/15"
                                 << "131070";
    QTest::addRow("reversed") << "10.0.0.50-10.0.0.10"
                              << "reversed";
    QTest::addRow("port") << "10.0.0.1:70000"
                          << "1 to 65535";
    QTest::addRow("prefix length") << "10.0.0.0/40"
                                   << "0 to 32";
    QTest::addRow("underscore") << "print_er"
                                << "“_”";
    QTest::addRow("long label") << QString(70, u'x') + u".example" << "63";
    QTest::addRow("ipv6 prefix") << "2001:db8::/64"
                                 << "IPv6 prefixes";
    QTest::addRow("ipv6 port hint") << "fe80::1:1161:x"
                                    << "[address]:port";
}

void TestTargetSpec::errorsNameTheToken()
{
    QFETCH(QString, spec);
    QFETCH(QString, hint);
    const TargetParseResult result = TargetSpec::expand({spec});
    QCOMPARE(result.errors.size(), 1);
    const TargetError &error = result.errors.first();
    QVERIFY2(error.message.contains(hint), qPrintable(error.message));
    QVERIFY2(error.message.contains(spec), qPrintable(error.message));
    QCOMPARE(error.origin, spec);
}

void TestTargetSpec::originAndKind()
{
    const TargetParseResult result = TargetSpec::expand(S({" 10.0.0.1, printer.example ", "[::1]:1161"}));
    QCOMPARE(result.targets.size(), 3);
    QCOMPARE(result.targets.at(0).origin, QStringLiteral("10.0.0.1, printer.example"));
    QCOMPARE(result.targets.at(0).kind, Target::Kind::Ipv4);
    QCOMPARE(result.targets.at(1).origin, QStringLiteral("10.0.0.1, printer.example"));
    QCOMPARE(result.targets.at(1).kind, Target::Kind::DnsName);
    QCOMPARE(result.targets.at(1).host, QStringLiteral("printer.example"));
    QCOMPARE(result.targets.at(2).kind, Target::Kind::Ipv6);
    QCOMPARE(result.targets.at(2).host, QStringLiteral("::1"));
    QCOMPARE(result.targets.at(2).port, quint16(1161));
    QCOMPARE(result.targets.at(2).origin, QStringLiteral("[::1]:1161"));
}

void TestTargetSpec::targetToString_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("expected");

    QTest::addRow("ipv4") << int(Target::Kind::Ipv4) << "10.0.0.5" << 161 << "10.0.0.5";
    QTest::addRow("ipv4 port") << int(Target::Kind::Ipv4) << "10.0.0.5" << 1161 << "10.0.0.5:1161";
    QTest::addRow("ipv6") << int(Target::Kind::Ipv6) << "fe80::1" << 161 << "fe80::1";
    QTest::addRow("ipv6 port") << int(Target::Kind::Ipv6) << "fe80::1" << 1161 << "[fe80::1]:1161";
    QTest::addRow("name") << int(Target::Kind::DnsName) << "printer.example" << 161 << "printer.example";
    QTest::addRow("name port") << int(Target::Kind::DnsName) << "printer.example" << 2161 << "printer.example:2161";
}

void TestTargetSpec::targetToString()
{
    QFETCH(int, kind);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, expected);
    Target target;
    target.kind = Target::Kind(kind);
    target.host = host;
    target.port = quint16(port);
    QCOMPARE(target.toString(), expected);
    // What toString() writes reads back as the same target.
    const TargetParseResult again = TargetSpec::expand({expected});
    QCOMPARE(again.targets.size(), 1);
    QCOMPARE(again.targets.first().host, host);
    QCOMPARE(again.targets.first().port, quint16(port));
    QCOMPARE(again.targets.first().kind, target.kind);
}

void TestTargetSpec::errorToString()
{
    QCOMPARE((TargetError{QStringLiteral("hosts.csv"), 12, QStringLiteral("x"), QStringLiteral("bad")}).toString(),
             QStringLiteral("hosts.csv:12: bad"));
    QCOMPARE(
        (TargetError{QStringLiteral("10.0.0.300"), 0, QStringLiteral("10.0.0.300"), QStringLiteral("bad")}).toString(),
        QStringLiteral("10.0.0.300: bad"));
    QCOMPARE((TargetError{{}, 0, {}, QStringLiteral("bad")}).toString(), QStringLiteral("bad"));
}

void TestTargetSpec::rangeSet_data()
{
    QTest::addColumn<QList<quint32>>("adds"); // pairs first, last
    QTest::addColumn<quint32>("first");
    QTest::addColumn<quint32>("last");
    QTest::addColumn<QList<quint32>>("inside");  // intersection pairs
    QTest::addColumn<QList<quint32>>("outside"); // difference pairs
    QTest::addColumn<quint64>("size");

    using L = QList<quint32>;
    const quint32 max = 0xFFFFFFFF;
    QTest::addRow("empty") << L{} << 5u << 9u << L{} << L{5, 9} << quint64(0);
    QTest::addRow("touching merge") << L{1, 3, 4, 6} << 0u << 10u << L{1, 6} << L{0, 0, 7, 10} << quint64(6);
    QTest::addRow("overlap merge") << L{5, 10, 1, 7, 9, 20} << 0u << 30u << L{1, 20} << L{0, 0, 21, 30} << quint64(20);
    QTest::addRow("disjoint") << L{10, 20, 30, 40} << 15u << 35u << L{15, 20, 30, 35} << L{21, 29} << quint64(22);
    QTest::addRow("whole space") << L{0, max} << 0u << max << L{0, max} << L{} << (quint64(1) << 32);
    QTest::addRow("top edge") << L{max - 1, max} << max - 5 << max << L{max - 1, max} << L{max - 5, max - 2}
                              << quint64(2);
    QTest::addRow("bottom edge") << L{0, 2} << 0u << 5u << L{0, 2} << L{3, 5} << quint64(3);
    QTest::addRow("contained") << L{0, 100} << 10u << 20u << L{10, 20} << L{} << quint64(101);
}

void TestTargetSpec::rangeSet()
{
    QFETCH(QList<quint32>, adds);
    QFETCH(quint32, first);
    QFETCH(quint32, last);
    QFETCH(QList<quint32>, inside);
    QFETCH(QList<quint32>, outside);
    QFETCH(quint64, size);

    Ipv4RangeSet set;
    for (qsizetype i = 0; i + 1 < adds.size(); i += 2)
        set.add(adds.at(i), adds.at(i + 1));
    const auto flatten = [](const QList<Ipv4Interval> &intervals) {
        QList<quint32> out;
        for (const Ipv4Interval &interval : intervals)
            out << interval.first << interval.last;
        return out;
    };
    QCOMPARE(flatten(set.intersection(first, last)), inside);
    QCOMPARE(flatten(set.difference(first, last)), outside);
    QCOMPARE(set.size(), size);
}

// A /16 is the largest list an administrator normally types; it must not make a dialog stutter.
void TestTargetSpec::largeExpansionIsQuick()
{
    QElapsedTimer timer;
    timer.start();
    const TargetParseResult result =
        TargetSpec::expand({QStringLiteral("10.20.0.0/16")}, {QStringLiteral("10.20.128.0/17")});
    const qint64 ms = timer.elapsed();
    QCOMPARE(result.targets.size(), 32767);
    QCOMPARE(result.excludedCount, 32767);
    qInfo("expanding 10.20.0.0/16 minus 10.20.128.0/17 took %lld ms", ms);
    QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
}

// Random specs from the characters that matter to the parser: every token ends as targets or an
// error with a message, and every target reads back as itself.
void TestTargetSpec::garbageNeverCrashes()
{
    const QString alphabet = QStringLiteral("0123456789.:/-[]%, abcdef_é");
    QRandomGenerator random(20240611);
    for (int round = 0; round < 5000; ++round) {
        QString spec;
        const int size = random.bounded(30);
        for (int i = 0; i < size; ++i)
            spec.append(alphabet.at(random.bounded(int(alphabet.size()))));
        const TargetParseResult result = TargetSpec::expand({spec}, {}, 300);
        QVERIFY2(result.targets.size() <= 300, qPrintable(spec));
        for (const TargetError &error : result.errors)
            QVERIFY2(!error.message.isEmpty() && !error.text.isEmpty(), qPrintable(spec));
        if (result.errors.isEmpty() && result.duplicateCount == 0)
            QVERIFY2(!result.targets.isEmpty() || TargetSpec::tokens(spec).isEmpty(), qPrintable(spec));
        for (const Target &target : result.targets) {
            const TargetParseResult again = TargetSpec::expand({target.toString()});
            QVERIFY2(again.errors.isEmpty() && again.targets.size() == 1, qPrintable(spec));
            QVERIFY2(again.targets.first().host == target.host && again.targets.first().port == target.port,
                     qPrintable(spec + u" -> " + target.toString()));
        }
    }
}

QTEST_GUILESS_MAIN(TestTargetSpec)
#include "tst_targetspec.moc"
