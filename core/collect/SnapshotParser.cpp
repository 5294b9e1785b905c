#include "collect/SnapshotParser.h"

#include "collect/FirmwareVersion.h"
#include "collect/PrinterMib.h"
#include "collect/TextDecode.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace fleet::collect {

using snmp::Oid;
using snmp::Value;

namespace {
// Every message of this file goes through Tr::tr(). lupdate files a bare tr() under the class or namespace around
// each call, so a free helper with one fixed context is looked up under another name than the catalogue uses;
// a qualified Tr::tr() is filed under the name declared here wherever it is called.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fleet::collect::SnapshotParser)
};

// Rows of one table column: instance index (arcs after the column) -> value.
QList<std::pair<QList<quint32>, Value>> column(const ValueMap &values, const Oid &col)
{
    QList<std::pair<QList<quint32>, Value>> rows;
    for (auto it = values.lowerBound(col); it != values.cend() && it.key().startsWith(col); ++it)
        if (it.key().size() > col.size())
            rows.append({it.key().suffixAfter(col), it.value()});
    return rows;
}

const Value *find(const ValueMap &values, const Oid &oid)
{
    auto it = values.constFind(oid);
    return it == values.cend() ? nullptr : &it.value();
}

const Value *cell(const ValueMap &values, const Oid &col, const QList<quint32> &index)
{
    return find(values, col.appended(index));
}

// Identity strings: trailing padding removed, the rest exactly as the device sent it.
QString identityText(const Value *v)
{
    if (v && (v->type() == Value::Type::OctetString || v->type() == Value::Type::Opaque))
        return text::decodeRightTrimmed(v->bytes());
    return {};
}

QString textOf(const Value *v)
{
    if (!v)
        return {};
    if (v->type() == Value::Type::OctetString || v->type() == Value::Type::Opaque)
        return text::decode(v->bytes());
    if (v->isNumeric() || v->type() == Value::Type::ObjectId || v->type() == Value::Type::IpAddress)
        return v->toDisplayString();
    return {};
}

std::optional<qint64> intOf(const Value *v)
{
    if (!v)
        return std::nullopt;
    if (auto i = v->toInt())
        return i;
    return std::nullopt;
}

std::optional<EnumValue> enumOf(const Value *v, mib::Enum e)
{
    const auto i = intOf(v);
    if (!i)
        return std::nullopt;
    return mib::enumValue(e, *i);
}

QString ipv4(const QList<quint32> &arcs)
{
    if (arcs.size() != 4)
        return {};
    return QStringLiteral("%1.%2.%3.%4").arg(arcs[0]).arg(arcs[1]).arg(arcs[2]).arg(arcs[3]);
}

Oid tableColumn(const Oid &table, quint32 col)
{
    return table.child(col);
}

// A printer's tables have tens of rows; a hostile or broken agent may send hundreds of thousands.
// Beyond this many rows a table is cut, with a warning, so parsing stays cheap on the engine thread.
constexpr qsizetype kMaxRowsPerTable = 5000;

// Rows of a table: every index (of indexArcs arcs) seen in any of the columns, sorted, unique.
QList<QList<quint32>> rowsOf(const ValueMap &v, const QList<Oid> &columns, int indexArcs, DeviceSnapshot &snap)
{
    QList<QList<quint32>> rows;
    for (const Oid &col : columns)
        for (const auto &[index, value] : column(v, col))
            if (index.size() == indexArcs)
                rows.append(index);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.size() > kMaxRowsPerTable) {
        snap.warnings << Tr::tr("A table under %1 has %2 rows; only the first %3 were read.")
                             .arg(columns.first().parent().toString())
                             .arg(rows.size())
                             .arg(kMaxRowsPerTable);
        rows.resize(kMaxRowsPerTable);
    }
    return rows;
}

QList<QList<quint32>> tableRows(const ValueMap &v, const Oid &table, quint32 firstCol, quint32 lastCol, int indexArcs,
                                DeviceSnapshot &snap)
{
    QList<Oid> columns;
    for (quint32 col = firstCol; col <= lastCol; ++col)
        columns << tableColumn(table, col);
    return rowsOf(v, columns, indexArcs, snap);
}

void parseSystem(const ValueMap &v, DeviceSnapshot &snap)
{
    Identity &id = snap.identity;
    id.sysDescr = identityText(find(v, mib::sysDescr));
    if (const Value *oid = find(v, mib::sysObjectID); oid && oid->type() == Value::Type::ObjectId)
        id.sysObjectID = oid->oid().toString();
    if (const Value *up = find(v, mib::sysUpTime)) {
        if (auto ticks = up->toUnsigned())
            id.uptimeSeconds = qint64(*ticks / 100);
    }
    id.sysContact = identityText(find(v, mib::sysContact));
    id.sysName = identityText(find(v, mib::sysName));
    id.sysLocation = identityText(find(v, mib::sysLocation));
    id.manufacturer = manufacturerFor(Oid::fromString(id.sysObjectID));
    if (auto mem = intOf(find(v, mib::hrMemorySize)))
        snap.properties.memoryKBytes = *mem;
}

void parseNetwork(const ValueMap &v, DeviceSnapshot &snap)
{
    Network &net = snap.network;
    QSet<QString> seenMacs;
    const auto interfaces = column(v, mib::ifPhysAddress);
    for (const auto &[index, value] : interfaces) {
        if (net.interfaces.size() >= kMaxRowsPerTable) {
            snap.warnings << Tr::tr("More than %1 interfaces; the rest were not read.").arg(kMaxRowsPerTable);
            break;
        }
        if (index.size() != 1)
            continue;
        InterfaceInfo iface;
        iface.ifIndex = int(index.first());
        iface.macAddress = text::macAddress(value.bytes());
        iface.description = text::decodeTrimmed(textOf(cell(v, mib::ifDescr, index)).toUtf8());
        iface.type = int(intOf(cell(v, mib::ifType, index)).value_or(0));
        iface.operStatus = int(intOf(cell(v, mib::ifOperStatus, index)).value_or(0));
        net.interfaces.append(iface);
        if (!iface.macAddress.isEmpty() && !seenMacs.contains(iface.macAddress)) {
            seenMacs.insert(iface.macAddress);
            net.macAddresses.append(iface.macAddress);
        }
    }
    // Rows from any of the columns: some agents serve only ipAdEntAddr, others omit it.
    const QList<QList<quint32>> rows = rowsOf(v, {mib::ipAdEntAddr, mib::ipAdEntIfIndex, mib::ipAdEntNetMask}, 4, snap);
    for (const QList<quint32> &index : std::as_const(rows)) {
        IpAddressInfo ip;
        ip.address = ipv4(index);
        if (ip.address.isEmpty())
            continue;
        ip.ifIndex = int(intOf(cell(v, mib::ipAdEntIfIndex, index)).value_or(0));
        if (const Value *mask = cell(v, mib::ipAdEntNetMask, index))
            ip.netmask = mask->toDisplayString();
        net.ipAddresses.append(ip);
    }
    // ipRouteTable's default route (0.0.0.0) names the gateway on devices that still serve it.
    if (const Value *gw = find(v, mib::ipRouteNextHop.appended({0, 0, 0, 0})))
        net.defaultGateway = gw->toDisplayString();
}

void parsePrinters(const ValueMap &v, DeviceSnapshot &snap)
{
    QList<int> printerRows;
    for (const auto &[index, value] : column(v, mib::hrDeviceType)) {
        if (index.size() != 1)
            continue;
        if (value.type() == Value::Type::ObjectId && value.oid() == mib::hrDevicePrinter)
            printerRows.append(int(index.first()));
        else if (const QString d = textOf(cell(v, mib::hrDeviceDescr, index)).trimmed(); !d.isEmpty())
            snap.properties.installedComponents << d;
    }
    if (printerRows.isEmpty()) {
        // Devices without a usable hrDeviceTable still fill hrPrinterTable.
        for (const auto &[index, value] : column(v, mib::hrPrinterStatus))
            if (index.size() == 1)
                printerRows.append(int(index.first()));
        for (const auto &[index, value] : column(v, mib::hrPrinterDetectedErrorState))
            if (index.size() == 1 && !printerRows.contains(int(index.first())))
                printerRows.append(int(index.first()));
    }
    for (int row : std::as_const(printerRows)) {
        const QList<quint32> idx{quint32(row)};
        PrinterRow p;
        p.hrDeviceIndex = row;
        p.description = textOf(cell(v, mib::hrDeviceDescr, idx)).trimmed();
        p.deviceStatus = enumOf(cell(v, mib::hrDeviceStatus, idx), mib::Enum::HrDeviceStatus);
        p.printerStatus = enumOf(cell(v, mib::hrPrinterStatus, idx), mib::Enum::HrPrinterStatus);
        if (const Value *e = cell(v, mib::hrPrinterDetectedErrorState, idx)) {
            if (e->type() == Value::Type::OctetString) {
                p.detectedErrorState = e->bytes();
                p.detectedErrors = mib::detectedErrorNames(e->bytes());
            } else {
                snap.warnings << Tr::tr("hrPrinterDetectedErrorState.%1 is not an OCTET STRING (%2); ignored.")
                                     .arg(row)
                                     .arg(e->typeName());
            }
        }
        snap.status.printers.append(p);
    }
    if (!snap.status.printers.isEmpty()) {
        const PrinterRow &first = snap.status.printers.first();
        snap.identity.hrDeviceDescr = first.description;
        snap.status.printerStatus = first.printerStatus ? first.printerStatus->name : QString();
        snap.status.deviceStatus = first.deviceStatus ? first.deviceStatus->name : QString();
        for (const PrinterRow &p : std::as_const(snap.status.printers))
            for (const QString &e : p.detectedErrors)
                if (!snap.status.detectedErrors.contains(e))
                    snap.status.detectedErrors << e;
    }
}

void parseGeneral(const ValueMap &v, DeviceSnapshot &snap)
{
    const int preferred = snap.status.printers.isEmpty() ? -1 : snap.status.printers.first().hrDeviceIndex;
    const auto serials = column(v, mib::prtGeneralSerialNumber);
    for (const auto &[index, value] : serials) {
        const QString s = identityText(&value);
        if (s.trimmed().isEmpty())
            continue;
        if (snap.identity.serialNumber.isEmpty() || (index.size() == 1 && int(index.first()) == preferred))
            snap.identity.serialNumber = s;
    }
    for (const auto &[index, value] : column(v, mib::prtConsoleDisplayBufferText)) {
        const QString line = textOf(&value).trimmed();
        if (!line.isEmpty())
            snap.status.consoleMessages << line;
    }
    QString model = snap.identity.hrDeviceDescr;
    if (model.isEmpty())
        // sysDescr often lists firmware and sub-products after the model ("RICOH MP C2503 1.35 / RICOH
        // Network Printer C model / ..."; "Xerox AltaLink C8045; SS 100.002..."): keep the first part.
        model = snap.identity.sysDescr.section(u';', 0, 0).section(QStringLiteral(" / "), 0, 0).trimmed();
    snap.identity.model = model;
    snap.identity.firmware = firmware::resolve(v, snap.identity);
}

void parseAlerts(const ValueMap &v, DeviceSnapshot &snap)
{
    static const EnumValue kAbsent{0, QString(), false};
    const Oid &t = mib::prtAlertTable;
    // Rows are identified by any column present: agents omit columns freely.
    const QList<QList<quint32>> rows = tableRows(v, t, 2, 9, 2, snap);
    for (const QList<quint32> &idx : std::as_const(rows)) {
        Alert a;
        a.hrDeviceIndex = int(idx[0]);
        a.index = int(idx[1]);
        a.severity = enumOf(cell(v, tableColumn(t, 2), idx), mib::Enum::AlertSeverity).value_or(kAbsent);
        a.trainingLevel = enumOf(cell(v, tableColumn(t, 3), idx), mib::Enum::AlertTraining).value_or(kAbsent);
        a.group = enumOf(cell(v, tableColumn(t, 4), idx), mib::Enum::AlertGroup).value_or(kAbsent);
        a.groupIndex = intOf(cell(v, tableColumn(t, 5), idx)).value_or(0);
        a.location = intOf(cell(v, tableColumn(t, 6), idx)).value_or(0);
        a.code = enumOf(cell(v, tableColumn(t, 7), idx), mib::Enum::AlertCode).value_or(kAbsent);
        a.description = textOf(cell(v, tableColumn(t, 8), idx)).trimmed();
        if (const Value *time = cell(v, tableColumn(t, 9), idx))
            if (auto ticks = time->toInt())
                a.timeTicks = *ticks;
        snap.alerts.append(a);
    }
}

void parseMarkers(const ValueMap &v, DeviceSnapshot &snap)
{
    const Oid &t = mib::prtMarkerTable;
    const QList<QList<quint32>> rows = tableRows(v, t, 2, 5, 2, snap);
    for (const QList<quint32> &idx : std::as_const(rows)) {
        Marker m;
        m.hrDeviceIndex = int(idx[0]);
        m.index = int(idx[1]);
        m.technology = enumOf(cell(v, tableColumn(t, 2), idx), mib::Enum::MarkTech);
        m.unit = enumOf(cell(v, tableColumn(t, 3), idx), mib::Enum::CounterUnit);
        if (const Value *life = cell(v, tableColumn(t, 4), idx)) {
            m.lifeCountType = life->typeName();
            if (auto n = life->toUnsigned())
                m.lifeCount = *n;
            else
                snap.warnings << Tr::tr("prtMarkerLifeCount.%1.%2 is not a counter (%3 %4); not reported.")
                                     .arg(idx[0])
                                     .arg(idx[1])
                                     .arg(life->typeName(), life->toDisplayString());
        }
        if (const Value *on = cell(v, tableColumn(t, 5), idx))
            if (auto n = on->toUnsigned())
                m.powerOnCount = *n;
        if (m.technology && snap.properties.markingTechnology.isEmpty())
            snap.properties.markingTechnology = m.technology->name;
        snap.counters.markers.append(m);
    }
}

void parseSupplies(const ValueMap &v, DeviceSnapshot &snap)
{
    const Oid &t = mib::prtMarkerSuppliesTable;
    const QList<QList<quint32>> rows = tableRows(v, t, 2, 9, 2, snap);
    static const QRegularExpression partNumber(QStringLiteral("\\bP/?N[:\\s]*([A-Z0-9][A-Z0-9-]{3,})"),
                                               QRegularExpression::CaseInsensitiveOption);
    int colorants = 0;
    for (const auto &[index, value] : column(v, mib::prtMarkerColorantValue)) {
        Q_UNUSED(index)
        const QString c = textOf(&value).trimmed().toLower();
        if (!c.isEmpty() && c != u"unknown" && c != u"other")
            ++colorants;
    }
    for (const QList<quint32> &idx : std::as_const(rows)) {
        Supply s;
        s.hrDeviceIndex = int(idx[0]);
        s.index = int(idx[1]);
        s.colorantIndex = int(intOf(cell(v, tableColumn(t, 3), idx)).value_or(0));
        s.supplyClass = enumOf(cell(v, tableColumn(t, 4), idx), mib::Enum::SupplyClass);
        s.type = enumOf(cell(v, tableColumn(t, 5), idx), mib::Enum::SupplyType);
        s.description = textOf(cell(v, tableColumn(t, 6), idx));
        s.unit = enumOf(cell(v, tableColumn(t, 7), idx), mib::Enum::SupplyUnit);
        s.maxCapacity = intOf(cell(v, tableColumn(t, 8), idx));
        s.level = intOf(cell(v, tableColumn(t, 9), idx));
        if (s.colorantIndex > 0)
            s.colorant =
                textOf(find(v, mib::prtMarkerColorantValue.appended({idx[0], quint32(s.colorantIndex)}))).trimmed();
        if (s.maxCapacity && s.level && *s.maxCapacity > 0 && *s.level >= 0 && *s.level <= *s.maxCapacity)
            s.percent = std::round(double(*s.level) * 10000.0 / double(*s.maxCapacity)) / 100.0;
        else if (s.maxCapacity && s.level && *s.maxCapacity > 0 && *s.level > *s.maxCapacity)
            snap.warnings << Tr::tr("Supply %1 reports level %2 above its capacity %3; no percentage given.")
                                 .arg(s.index)
                                 .arg(*s.level)
                                 .arg(*s.maxCapacity);
        s.state = supplyState(s);
        if (const auto m = partNumber.match(s.description); m.hasMatch())
            s.partNumber = m.captured(1);
        snap.supplies.append(s);
    }
    snap.properties.color = colorants > 1;
}
void parseInventory(const ValueMap &v, DeviceSnapshot &snap)
{
    Properties &pr = snap.properties;
    const Oid &in = mib::prtInputTable;
    for (const auto &idx : tableRows(v, in, 2, 18, 2, snap)) {
        InputTray t;
        t.hrDeviceIndex = int(idx[0]);
        t.index = int(idx[1]);
        t.type = enumOf(cell(v, tableColumn(in, 2), idx), mib::Enum::InputType);
        t.maxCapacity = intOf(cell(v, tableColumn(in, 9), idx));
        t.currentLevel = intOf(cell(v, tableColumn(in, 10), idx));
        t.mediaName = textOf(cell(v, tableColumn(in, 12), idx)).trimmed();
        t.name = textOf(cell(v, tableColumn(in, 13), idx)).trimmed();
        if (t.name.isEmpty())
            t.name = textOf(cell(v, tableColumn(in, 18), idx)).trimmed();
        pr.inputs.append(t);
    }
    const Oid &out = mib::prtOutputTable;
    for (const auto &idx : tableRows(v, out, 2, 12, 2, snap)) {
        OutputBin o;
        o.hrDeviceIndex = int(idx[0]);
        o.index = int(idx[1]);
        o.maxCapacity = intOf(cell(v, tableColumn(out, 4), idx));
        o.remainingCapacity = intOf(cell(v, tableColumn(out, 5), idx));
        o.name = textOf(cell(v, tableColumn(out, 7), idx)).trimmed();
        if (o.name.isEmpty())
            o.name = textOf(cell(v, tableColumn(out, 12), idx)).trimmed();
        pr.outputs.append(o);
    }
    const Oid &cov = mib::prtCoverTable;
    for (const auto &idx : tableRows(v, cov, 2, 3, 2, snap)) {
        Cover c;
        c.hrDeviceIndex = int(idx[0]);
        c.index = int(idx[1]);
        c.description = textOf(cell(v, tableColumn(cov, 2), idx)).trimmed();
        c.status = enumOf(cell(v, tableColumn(cov, 3), idx), mib::Enum::CoverStatus);
        pr.covers.append(c);
    }
    const Oid &it = mib::prtInterpreterTable;
    for (const auto &idx : tableRows(v, it, 2, 6, 2, snap)) {
        Interpreter i;
        i.hrDeviceIndex = int(idx[0]);
        i.index = int(idx[1]);
        if (const auto fam = enumOf(cell(v, tableColumn(it, 2), idx), mib::Enum::LangFamily))
            i.language = fam->name.isEmpty() ? QString::number(fam->value) : fam->name;
        i.description = textOf(cell(v, tableColumn(it, 5), idx)).trimmed();
        i.version = textOf(cell(v, tableColumn(it, 4), idx)).trimmed();
        pr.interpreters.append(i);
    }
    // Duplex and speed from the media paths: a duplex path type, the fastest path's speed.
    const Oid &mp = mib::prtMediaPathTable;
    for (const auto &idx : tableRows(v, mp, 2, 11, 2, snap)) {
        if (const auto type = intOf(cell(v, tableColumn(mp, 9), idx))) {
            const bool duplexPath = *type == 3 || *type == 4; // long/shortEdgeBindingDuplex
            pr.duplex = pr.duplex.value_or(false) || duplexPath;
        }
        const auto unit = intOf(cell(v, tableColumn(mp, 2), idx));
        const auto speed = intOf(cell(v, tableColumn(mp, 4), idx));
        if (unit && speed && *speed > 0 && (*unit == 8 || *unit == 9)) // impressions or sheets per hour
            pr.printSpeedPpm = std::max(pr.printSpeedPpm.value_or(0), *speed / 60);
    }
    const Oid &st = mib::hrStorageTable;
    for (const auto &idx : tableRows(v, st, 2, 6, 1, snap)) {
        const Value *type = cell(v, tableColumn(st, 2), idx);
        const auto unitBytes = intOf(cell(v, tableColumn(st, 4), idx));
        const auto size = intOf(cell(v, tableColumn(st, 5), idx));
        const auto used = intOf(cell(v, tableColumn(st, 6), idx));
        if (!type || type->type() != Value::Type::ObjectId || !unitBytes || !size || *unitBytes <= 0 || *size < 0)
            continue;
        if (type->oid() == mib::hrStorageFixedDisk) {
            pr.diskKBytes = pr.diskKBytes.value_or(0) + *size * *unitBytes / 1024;
            if (used && *used >= 0)
                pr.diskUsedKBytes = pr.diskUsedKBytes.value_or(0) + *used * *unitBytes / 1024;
        } else if (type->oid() == mib::hrStorageRam && !pr.memoryKBytes) {
            pr.memoryKBytes = *size * *unitBytes / 1024;
        }
    }
}
} // namespace

QString manufacturerFor(const Oid &sysObjectID)
{
    static const Oid enterprises{1, 3, 6, 1, 4, 1};
    if (!sysObjectID.startsWith(enterprises) || sysObjectID.size() < 7)
        return {};
    // IANA Private Enterprise Numbers of printer and MFP makers (and OEM brands sold under their own).
    static const QHash<quint32, const char *> names = {
        {11, "HP"},          {236, "Samsung"},          {253, "Xerox"},
        {367, "Ricoh"},      {641, "Lexmark"},          {674, "Dell"},
        {1129, "Toshiba"},   {1248, "Epson"},           {1347, "Kyocera"},
        {1552, "Panasonic"}, {1602, "Canon"},           {2001, "OKI"},
        {2385, "Sharp"},     {2435, "Brother"},         {2699, "Printronix"},
        {10642, "Zebra"},    {18334, "Konica Minolta"}, {29, "Fujitsu"},
        {297, "Fuji Xerox"}, {3369, "Intermec"},        {1722, "Sindoh"},
        {6394, "Xante"},     {40463, "Pantum"},         {1285, "Muratec"},
    };
    const char *n = names.value(sysObjectID.at(6), nullptr);
    return n ? QString::fromUtf8(n) : QString();
}

bool looksLikePrinter(const ValueMap &values)
{
    for (const auto &[index, value] : column(values, mib::hrDeviceType))
        if (value.type() == Value::Type::ObjectId && value.oid() == mib::hrDevicePrinter)
            return true;
    auto it = values.lowerBound(mib::prtGeneralTable);
    if (it != values.cend() && it.key().startsWith(mib::prtGeneralTable))
        return true;
    for (const Oid &t : {mib::prtMarkerTable, mib::prtMarkerSuppliesTable, mib::hrPrinterStatus}) {
        auto m = values.lowerBound(t);
        if (m != values.cend() && m.key().startsWith(t))
            return true;
    }
    return false;
}

SupplyState supplyState(const Supply &s)
{
    if (!s.level)
        return SupplyState::Unknown;
    const qint64 level = *s.level;
    if (level == -3)
        return SupplyState::SomeRemaining;
    if (level == -2)
        return SupplyState::Unknown;
    if (level < 0)
        return SupplyState::Other;
    const bool receptacle = s.supplyClass && s.supplyClass->value == 4;
    if (receptacle) { // level is the remaining space
        if (level == 0)
            return SupplyState::Full;
        if (s.percent && *s.percent <= 10.0)
            return SupplyState::NearlyFull;
        return s.percent ? SupplyState::Ok : SupplyState::NoCapacity;
    }
    if (level == 0)
        return SupplyState::Empty;
    if (!s.percent)
        return SupplyState::NoCapacity;
    return *s.percent <= 10.0 ? SupplyState::Low : SupplyState::Ok;
}

OverallStatus deriveOverallStatus(const DeviceSnapshot &snap)
{
    if (!snap.reachable)
        return OverallStatus::Offline;
    static const QStringList errorBits = {QStringLiteral("noPaper"),           QStringLiteral("noToner"),
                                          QStringLiteral("doorOpen"),          QStringLiteral("jammed"),
                                          QStringLiteral("offline"),           QStringLiteral("inputTrayMissing"),
                                          QStringLiteral("outputTrayMissing"), QStringLiteral("markerSupplyMissing"),
                                          QStringLiteral("outputFull")};
    bool error = false, warning = false, known = false;
    for (const PrinterRow &p : snap.status.printers) {
        if (p.deviceStatus) {
            known = true;
            error = error || p.deviceStatus->value == 5;
            warning = warning || p.deviceStatus->value == 3;
        }
        known = known || p.printerStatus.has_value() || !p.detectedErrorState.isEmpty();
        for (const QString &e : p.detectedErrors) {
            if (errorBits.contains(e))
                error = true;
            else
                warning = true;
        }
    }
    for (const Alert &a : snap.alerts) {
        known = true;
        if (!a.severity.present)
            continue;
        error = error || a.severity.value == 3;
        warning = warning || a.severity.value == 4 || a.severity.value == 5;
    }
    if (error)
        return OverallStatus::Error;
    if (warning)
        return OverallStatus::Warning;
    return known ? OverallStatus::Ok : OverallStatus::Unknown;
}

void parseStandardMibs(const ValueMap &values, DeviceSnapshot &snap)
{
    parseSystem(values, snap);
    parseNetwork(values, snap);
    parsePrinters(values, snap);
    parseGeneral(values, snap);
    parseAlerts(values, snap);
    parseMarkers(values, snap);
    parseSupplies(values, snap);
    parseInventory(values, snap);
    snap.status.overall = deriveOverallStatus(snap);
}

} // namespace fleet::collect
