#include "MeterTableModel.h"

#include "collect/MeterProfileSet.h"

#include <QLocale>

namespace fleet::models {

namespace {
// The canonical meter names (collect::canonicalMeterNames) as a reader says them.
struct MeterLabel
{
    const char16_t *stored;
    const char *label;
};
constexpr MeterLabel kLabels[] = {
    {u"total", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Total")},
    {u"black", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Black")},
    {u"color", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Colour")},
    {u"twoColor", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Two-colour")},
    {u"print", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Print")},
    {u"printBlack", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Print, black")},
    {u"printColor", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Print, colour")},
    {u"printTwoColor", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Print, two-colour")},
    {u"copy", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Copy")},
    {u"copyBlack", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Copy, black")},
    {u"copyColor", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Copy, colour")},
    {u"copyTwoColor", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Copy, two-colour")},
    {u"fax", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Fax")},
    {u"faxBlack", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Fax, black")},
    {u"faxColor", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Fax, colour")},
    {u"faxTwoColor", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Fax, two-colour")},
    {u"scan", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Scan")},
    {u"scanBlack", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Scan, black")},
    {u"scanColor", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Scan, colour")},
    {u"scanCopy", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Scan to copy")},
    {u"scanFax", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Scan to fax")},
    {u"scanOther", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Scan, other")},
    {u"duplex", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Duplex")},
    {u"blackLarge", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Black, large")},
    {u"blackSmall", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Black, small")},
    {u"colorLarge", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Colour, large")},
    {u"colorSmall", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Colour, small")},
    {u"largeFormat", QT_TRANSLATE_NOOP("fleet::models::MeterTableModel", "Large format")},
};
} // namespace

MeterTableModel::MeterTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MeterTableModel::setMeters(const QList<storage::MeterReading> &meters)
{
    beginResetModel();
    m_meters = meters;
    endResetModel();
}

const storage::MeterReading *MeterTableModel::meterAt(int row) const
{
    return row >= 0 && row < m_meters.size() ? &m_meters.at(row) : nullptr;
}

int MeterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meters.size());
}

int MeterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeterTableModel::meterName(const QString &stored)
{
    for (const MeterLabel &l : kLabels)
        if (stored == QStringView(l.stored))
            return tr(l.label);
    // marker.<hrDeviceIndex>.<markerIndex>: prtMarkerLifeCount of one marker.
    const QStringList parts = stored.split(u'.');
    if (parts.size() == 3 && parts.first() == u"marker")
        return tr("Marker %1 life count (device %2)").arg(parts.at(2), parts.at(1));
    return stored;
}

QString MeterTableModel::sourceText(const QString &stored)
{
    if (stored == u"printer-mib")
        return tr("Printer MIB");
    if (stored.startsWith(u"vendor:")) {
        const QString id = stored.mid(7);
        if (const collect::MeterProfile *p = collect::MeterProfileSet::builtin().profile(id))
            return tr("Vendor profile %1 (%2)").arg(p->vendor, id);
        return tr("Vendor profile %1").arg(id);
    }
    return stored;
}

QVariant MeterTableModel::data(const QModelIndex &index, int role) const
{
    const storage::MeterReading *m = index.isValid() ? meterAt(index.row()) : nullptr;
    if (!m)
        return {};
    if (role == RawNameRole)
        return m->meter;
    if (role == SortRole) {
        if (index.column() == Value)
            return qulonglong(m->value);
        if (index.column() == ReadAt)
            return m->readAt;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Meter:
            return m->meter;
        case Value:
            return tr("Raw value: %1").arg(m->rawValue);
        case Source:
            return m->source;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Meter:
        return meterName(m->meter);
    case Value:
        return QLocale().toString(qulonglong(m->value));
    case Unit:
        return m->unit;
    case Source:
        return sourceText(m->source);
    case Oid:
        return m->oid;
    case ReadAt:
        return QLocale().toString(m->readAt.toLocalTime(), QLocale::ShortFormat);
    case Note:
        return m->suspect ? tr("Lower than the reading before: not counted as usage") : QString();
    default:
        return {};
    }
}

QVariant MeterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Meter:
        return tr("Meter");
    case Value:
        return tr("Value");
    case Unit:
        return tr("Unit");
    case Source:
        return tr("Source");
    case Oid:
        return tr("OID");
    case ReadAt:
        return tr("Read at");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace fleet::models
