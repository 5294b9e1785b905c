#include "collect/FirmwareVersion.h"

#include "collect/TextDecode.h"

#include <QRegularExpression>

#include <algorithm>

namespace fleet::collect::firmware {

using snmp::Oid;
using snmp::Value;

namespace {

// sysDescr is at most 255 octets (RFC 3418); anything past this is not read, so a hostile agent's
// megabyte of text costs nothing.
constexpr qsizetype kMaxScanned = 512;
// A printer has a handful of physical entities; a table longer than this is not searched further.
constexpr int kMaxEntities = 1000;
constexpr qint64 kClassChassis = 3;

const Oid kKyoceraEnterprise{1, 3, 6, 1, 4, 1, 1347};
const Oid kCanonEnterprise{1, 3, 6, 1, 4, 1, 1602};

// A version: optional "V", a digit first, then at least one '.' or '_' separated part ("1.06",
// "100.002.057.09608", "2TP_S000.003.402"). A bare number, a serial ("4F61BKFB101043J") or a word
// ("Y") is not one. It must not run on into more version characters (a trailing full stop is fine).
const QString kToken = QStringLiteral(R"((?<v>[Vv]?\d[0-9A-Za-z]*(?:[._][0-9A-Za-z]+)+)(?!\.?[0-9A-Za-z_]))");

// Labels vendors put before the firmware version, most specific first. Each is generic for its
// convention, not for one device.
const QList<QRegularExpression> &patterns()
{
    static const QList<QRegularExpression> list = [] {
        const QStringList sources = {
            // "Firmware Ver.1.06" (Brother), "Firmware Version: 2.10", "FW 1.2", "F/W Rev 3.04".
            QStringLiteral(R"((?i:\b(?:firmware|fw|f/w)\b(?:\s*(?:ver(?:sion)?|rev(?:ision)?)\b)?)\s*[.:=]?\s*)") +
                kToken,
            // Xerox: "SS 100.002.057.09608, NC ...": SS is the system software set.
            QStringLiteral(R"(\b(?:System Software|SS)\s*[:=]?\s+)") + kToken,
            // Samsung and its OEMs: "OS 1.01.15.47 02-10-2010;Engine 1.01.25;NIC ...": OS is the main firmware.
            QStringLiteral(R"(\bOS\s+)") + kToken,
            // Ricoh and its brands: "<model> <system version> / <network components>".
            QStringLiteral(R"(^(?:RICOH|Ricoh|SAVIN|LANIER|Gestetner|NRG)\s[^/;]*?\s)") + kToken +
                QStringLiteral(R"(\s*/)"),
        };
        QList<QRegularExpression> out;
        for (const QString &s : sources)
            out.append(QRegularExpression(s));
        return out;
    }();
    return list;
}

bool looksLikeDate(const QString &token)
{
    // Dates with a four-digit year are never versions; "14.07.17" stays ambiguous and is taken.
    static const QRegularExpression date(
        QStringLiteral(R"(^(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d{2}[./]\d{1,2}[./]\d{1,2})$)"));
    return date.match(token).hasMatch();
}

QString stripControls(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0))
            c = u' ';
    }
    return out;
}

QString textOf(const Value &v)
{
    if (v.type() == Value::Type::OctetString || v.type() == Value::Type::Opaque)
        return text::decode(v.bytes());
    return {};
}

std::optional<qint64> intAt(const ValueMap &values, const Oid &column, quint32 index)
{
    const auto it = values.constFind(column.child(index));
    if (it == values.cend())
        return std::nullopt;
    return it->toInt();
}

QString revisionAt(const ValueMap &values, const Oid &column, quint32 index)
{
    const auto it = values.constFind(column.child(index));
    return it == values.cend() ? QString() : cleanRevision(textOf(*it));
}

} // namespace

QList<Oid> entitySubtrees()
{
    return {entPhysicalContainedIn, entPhysicalClass, entPhysicalFirmwareRev, entPhysicalSoftwareRev};
}

QList<Oid> vendorSubtrees(const Oid &sysObjectID)
{
    if (sysObjectID.startsWith(kKyoceraEnterprise))
        return {kyoceraFirmwareVersion};
    return {};
}

QList<Oid> vendorScalars(const Oid &sysObjectID)
{
    if (sysObjectID.startsWith(kCanonEnterprise))
        return {canonFirmwareVersion};
    return {};
}

QString fromDescription(const QString &text)
{
    const QString scanned = stripControls(text.left(kMaxScanned));
    for (const QRegularExpression &re : patterns()) {
        for (auto it = re.globalMatch(scanned); it.hasNext();) {
            QString v = it.next().captured(u"v");
            if (v.startsWith(u'V') || v.startsWith(u'v'))
                v.remove(0, 1);
            if (v.size() <= kMaxLength && !looksLikeDate(v))
                return v;
        }
    }
    return {};
}

QString cleanRevision(const QString &text)
{
    const QString v = stripControls(text.left(kMaxScanned)).simplified();
    if (v.isEmpty() || v.size() > kMaxLength || std::none_of(v.cbegin(), v.cend(), [](QChar c) { return c.isDigit(); }))
        return {};
    return v;
}

QString fromEntityMib(const ValueMap &values)
{
    // Rows known from any of the columns, in index order.
    QList<quint32> rows;
    for (const Oid &col : entitySubtrees())
        for (auto it = values.lowerBound(col); it != values.cend() && it.key().startsWith(col); ++it) {
            const QList<quint32> index = it.key().suffixAfter(col);
            if (index.size() == 1)
                rows.append(index.first());
            if (rows.size() > 4 * kMaxEntities)
                break;
        }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.resize(std::min<qsizetype>(rows.size(), kMaxEntities));

    // The device itself: a top-level chassis, then any top-level entity, then any chassis.
    auto rank = [&](quint32 row) {
        const bool top = intAt(values, entPhysicalContainedIn, row) == 0;
        const bool chassis = intAt(values, entPhysicalClass, row) == kClassChassis;
        return top && chassis ? 0 : top ? 1 : chassis ? 2 : 3;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](quint32 a, quint32 b) { return rank(a) < rank(b); });
    for (quint32 row : std::as_const(rows)) {
        if (rank(row) == 3)
            break;
        if (QString v = revisionAt(values, entPhysicalFirmwareRev, row); !v.isEmpty())
            return v;
        if (QString v = revisionAt(values, entPhysicalSoftwareRev, row); !v.isEmpty())
            return v;
    }
    return {};
}

QString fromVendorMib(const ValueMap &values, const Oid &sysObjectID)
{
    for (const Oid &col : vendorSubtrees(sysObjectID))
        for (auto it = values.lowerBound(col); it != values.cend() && it.key().startsWith(col); ++it)
            if (QString v = cleanRevision(textOf(*it)); !v.isEmpty())
                return v; // the first CPU row is the controller's system firmware
    for (const Oid &oid : vendorScalars(sysObjectID))
        if (const auto it = values.constFind(oid); it != values.cend())
            if (QString v = cleanRevision(textOf(*it)); !v.isEmpty())
                return v;
    return {};
}

QString resolve(const ValueMap &values, const Identity &identity)
{
    if (QString v = fromEntityMib(values); !v.isEmpty())
        return v;
    if (QString v = fromDescription(identity.hrDeviceDescr); !v.isEmpty())
        return v;
    if (QString v = fromDescription(identity.sysDescr); !v.isEmpty())
        return v;
    return fromVendorMib(values, Oid::fromString(identity.sysObjectID));
}

} // namespace fleet::collect::firmware
