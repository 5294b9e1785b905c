#pragma once
// Synthetic printers for the desktop benchmarks: distinct identities (serial, name, address) with
// supplies and a total counter, so the database and the window see a realistic fleet.

#include "collect/DeviceSnapshot.h"

#include <QDateTime>
#include <QStringList>

namespace fleet::bench {

// Printer number i, polled at `at`, at address PREFIX.x.y.z:port (default 10.x.y.z:161).
inline DeviceSnapshot syntheticPrinter(int i, const QDateTime &at, const QString &prefix = QStringLiteral("10"),
                                       int port = 161)
{
    static const QStringList models{QStringLiteral("LaserJet M130nw"), QStringLiteral("bizhub C250i"),
                                    QStringLiteral("Aficio MP 301"),   QStringLiteral("ECOSYS M2540dn"),
                                    QStringLiteral("WorkCentre 6515"), QStringLiteral("imageRUNNER C3520")};
    static const QStringList colours{QStringLiteral("black"), QStringLiteral("cyan"), QStringLiteral("magenta"),
                                     QStringLiteral("yellow")};
    DeviceSnapshot s;
    // prefix holds one or two octets; i fills the rest.
    const bool twoOctets = prefix.count(u'.') == 1;
    s.address = twoOctets ? QStringLiteral("%1.%2.%3:%4").arg(prefix).arg(i / 256 % 256).arg(i % 256).arg(port)
                          : QStringLiteral("%1.%2.%3.%4:%5")
                                .arg(prefix)
                                .arg(i / 65536 % 256)
                                .arg(i / 256 % 256)
                                .arg(i % 256)
                                .arg(port);
    s.target = s.address;
    s.reachable = true;
    s.printer = true;
    s.polledAt = at;
    s.identity.serialNumber = QStringLiteral("SN%1").arg(i, 8, 10, QLatin1Char('0'));
    s.identity.model = models.at(i % models.size());
    s.identity.manufacturer = QStringLiteral("Vendor");
    s.identity.sysName = QStringLiteral("prn-%1").arg(i);
    s.identity.sysLocation = QStringLiteral("Building %1, floor %2").arg(i % 40).arg(i % 7);
    s.identity.sysObjectID = QStringLiteral("1.3.6.1.4.1.11.2.3.9.1");
    s.status.overall = i % 50 == 0 ? OverallStatus::Error : i % 10 == 0 ? OverallStatus::Warning : OverallStatus::Ok;
    if (i % 50 == 0)
        s.status.consoleMessages = {QStringLiteral("Paper jam in tray 2")};
    s.counters.lifetimeImpressions = quint64(10000 + i * 37);
    s.counters.meters = {{QStringLiteral("total"), quint64(10000 + i * 37), QStringLiteral("impressions"),
                          QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1"), QString(), QStringLiteral("printer-mib"), at}};
    for (int c = 0; c < (i % 3 == 0 ? 1 : 4); ++c) {
        Supply supply;
        supply.index = c + 1;
        supply.colorant = colours.at(c);
        supply.description = colours.at(c) + QStringLiteral(" toner");
        supply.maxCapacity = 100;
        supply.level = (i * 7 + c * 13) % 100;
        supply.percent = supply.level;
        supply.state = supply.level < 10 ? SupplyState::Low : SupplyState::Ok;
        s.supplies << supply;
    }
    return s;
}

} // namespace fleet::bench
