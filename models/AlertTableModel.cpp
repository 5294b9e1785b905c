#include "AlertTableModel.h"

#include <QColor>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSet>

namespace fleet::models {

using storage::FleetAlert;
using storage::SeverityClass;

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

// Whether a reload changed anything a view shows, so unchanged rows are not repainted.
bool sameContent(const FleetAlert &a, const FleetAlert &b)
{
    return a.alert.lastSeen == b.alert.lastSeen && a.alert.clearedAt == b.alert.clearedAt &&
           a.alert.firstSeen == b.alert.firstSeen && a.alert.severity == b.alert.severity &&
           a.alert.description == b.alert.description && a.alert.codeName == b.alert.codeName &&
           a.alert.groupName == b.alert.groupName && a.acknowledgement.at == b.acknowledgement.at &&
           a.acknowledgement.by == b.acknowledgement.by && a.acknowledgement.note == b.acknowledgement.note &&
           a.deviceName == b.deviceName && a.deviceLocation == b.deviceLocation && a.deviceAddress == b.deviceAddress &&
           a.deviceModel == b.deviceModel && a.deviceManufacturer == b.deviceManufacturer &&
           a.deviceSerial == b.deviceSerial;
}

QString modelText(const FleetAlert &f)
{
    if (f.deviceManufacturer.isEmpty() || f.deviceModel.startsWith(f.deviceManufacturer, Qt::CaseInsensitive))
        return f.deviceModel;
    return QString(f.deviceManufacturer + u' ' + f.deviceModel).trimmed();
}

} // namespace

AlertTableModel::AlertTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AlertTableModel::reindex(int from)
{
    for (int row = from; row < m_alerts.size(); ++row)
        m_rowById.insert(m_alerts.at(row).alert.id, row);
}

void AlertTableModel::removeRowsWhere(const std::function<bool(const FleetAlert &)> &gone)
{
    // From the end, one beginRemoveRows per run of adjacent rows.
    int row = int(m_alerts.size()) - 1;
    while (row >= 0) {
        if (!gone(m_alerts.at(row))) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && gone(m_alerts.at(row - 1)))
            --row;
        beginRemoveRows({}, row, last);
        for (int r = row; r <= last; ++r)
            m_rowById.remove(m_alerts.at(r).alert.id);
        m_alerts.remove(row, last - row + 1);
        reindex(row);
        endRemoveRows();
        --row;
    }
}

void AlertTableModel::setAlerts(const QList<FleetAlert> &alerts)
{
    QSet<qint64> ids;
    ids.reserve(alerts.size());
    for (const FleetAlert &f : alerts)
        ids.insert(f.alert.id);
    removeRowsWhere([&ids](const FleetAlert &f) { return !ids.contains(f.alert.id); });
    updateAlerts(alerts);
}

void AlertTableModel::updateAlerts(const QList<FleetAlert> &alerts)
{
    QList<FleetAlert> added;
    QSet<qint64> addedIds;
    for (const FleetAlert &f : alerts) {
        const int row = rowOf(f.alert.id);
        if (row < 0) {
            if (!addedIds.contains(f.alert.id)) {
                addedIds.insert(f.alert.id);
                added << f;
            }
            continue;
        }
        if (sameContent(m_alerts.at(row), f))
            continue;
        m_alerts[row] = f;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_alerts.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_alerts.append(added);
    reindex(first);
    endInsertRows();
}

void AlertTableModel::removeAlerts(const QList<qint64> &ids)
{
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    removeRowsWhere([&gone](const FleetAlert &f) { return gone.contains(f.alert.id); });
}

const FleetAlert *AlertTableModel::alertAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts.at(row) : nullptr;
}

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertTableModel::severityText(SeverityClass c)
{
    switch (c) {
    case SeverityClass::Critical:
        return tr("Critical");
    case SeverityClass::Warning:
        return tr("Warning");
    case SeverityClass::Other:
        return tr("Other");
    }
    return {};
}

QColor AlertTableModel::severityColor(SeverityClass c)
{
    // Mid-tone hues: an icon on a light or a dark base stays visible; text keeps the palette's colour.
    switch (c) {
    case SeverityClass::Critical:
        return QColor(0xe0, 0x3e, 0x3e);
    case SeverityClass::Warning:
        return QColor(0xe8, 0xa2, 0x02);
    case SeverityClass::Other:
        return QColor(0x6f, 0x8f, 0xaf);
    }
    return {};
}

QString AlertTableModel::descriptionText(const FleetAlert &f)
{
    if (!f.alert.description.isEmpty())
        return f.alert.description;
    if (!f.alert.codeName.isEmpty())
        return f.alert.codeName;
    return tr("Alert code %1").arg(f.alert.code);
}

QString AlertTableModel::codeText(const storage::AlertRecord &a)
{
    const QString group = a.groupName.isEmpty() ? tr("group %1").arg(a.group) : a.groupName;
    const QString code = a.codeName.isEmpty() ? tr("code %1").arg(a.code) : a.codeName;
    return group + QStringLiteral(" / ") + code;
}

QString AlertTableModel::deviceText(const FleetAlert &f)
{
    if (!f.deviceName.isEmpty())
        return f.deviceName;
    const QString model = modelText(f);
    return model.isEmpty() ? f.deviceAddress : tr("%1 (%2)").arg(model, f.deviceAddress);
}

QString AlertTableModel::acknowledgementText(const storage::Acknowledgement &a)
{
    return a.isValid() ? tr("%1, %2").arg(a.by, timeText(a.at)) : QString();
}

QIcon AlertTableModel::severityIcon(SeverityClass c) const
{
    auto it = m_icons.constFind(int(c));
    if (it != m_icons.cend())
        return *it;
    // A shape per class as well as a colour, so the classes differ without colour vision too.
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor colour = severityColor(c);
        p.setPen(QPen(colour.darker(150), size / 16.0));
        p.setBrush(colour);
        const QRectF r(size * 0.1, size * 0.1, size * 0.8, size * 0.8);
        switch (c) {
        case SeverityClass::Critical:
            p.drawEllipse(r);
            break;
        case SeverityClass::Warning: {
            QPainterPath triangle;
            triangle.moveTo(r.center().x(), r.top());
            triangle.lineTo(r.bottomRight());
            triangle.lineTo(r.bottomLeft());
            triangle.closeSubpath();
            p.drawPath(triangle);
            break;
        }
        case SeverityClass::Other:
            p.drawRoundedRect(r.adjusted(size * 0.1, size * 0.1, -size * 0.1, -size * 0.1), size * 0.1, size * 0.1);
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    m_icons.insert(int(c), icon);
    return icon;
}

QVariant AlertTableModel::display(const FleetAlert &f, int column) const
{
    switch (column) {
    case Severity:
        return severityText(f.severityClass());
    case Device:
        return deviceText(f);
    case Location:
        return f.deviceLocation;
    case Description:
        return descriptionText(f);
    case Code:
        return codeText(f.alert);
    case FirstSeen:
        return timeText(f.alert.firstSeen);
    case LastSeen:
        return timeText(f.alert.lastSeen);
    case Cleared:
        return timeText(f.alert.clearedAt);
    case Acknowledged:
        return acknowledgementText(f.acknowledgement);
    default:
        return {};
    }
}

QVariant AlertTableModel::toolTip(const FleetAlert &f, int column) const
{
    const storage::AlertRecord &a = f.alert;
    switch (column) {
    case Severity: {
        const QString level = a.severityName.isEmpty()
                                  ? tr("prtAlertSeverityLevel %1 is not defined by the Printer MIB").arg(a.severity)
                                  : tr("prtAlertSeverityLevel %1 (%2)").arg(a.severityName).arg(a.severity);
        const QString training = a.trainingLevelName.isEmpty() ? QString::number(a.trainingLevel) : a.trainingLevelName;
        return tr("%1: %2; training level %3").arg(severityText(f.severityClass()), level, training);
    }
    case Device: {
        QStringList parts{deviceText(f)};
        if (!modelText(f).isEmpty())
            parts << modelText(f);
        parts << f.deviceAddress;
        if (!f.deviceSerial.isEmpty())
            parts << tr("serial %1").arg(f.deviceSerial);
        parts.removeDuplicates();
        return parts.join(QStringLiteral("\n"));
    }
    case Description:
    case Code:
        return tr("%1\n%2, group index %3, location %4 (printer %5, alert row %6)")
            .arg(descriptionText(f), codeText(a))
            .arg(a.groupIndex)
            .arg(a.location)
            .arg(a.hrDeviceIndex)
            .arg(a.alertIndex);
    case Cleared:
        return a.isOpen() ? tr("Still open")
                          : tr("Cleared: not reported by the device at %1").arg(timeText(a.clearedAt));
    case Acknowledged: {
        if (!f.isAcknowledged())
            return tr("Not acknowledged");
        const QString who = tr("Acknowledged by %1 at %2").arg(f.acknowledgement.by, timeText(f.acknowledgement.at));
        return f.acknowledgement.note.isEmpty() ? who : who + u'\n' + tr("Note: %1").arg(f.acknowledgement.note);
    }
    default:
        return display(f, column);
    }
}

QVariant AlertTableModel::sortValue(const FleetAlert &f, int column) const
{
    switch (column) {
    case Severity:
        return int(f.severityClass());
    case FirstSeen:
        return f.alert.firstSeen;
    case LastSeen:
        return f.alert.lastSeen;
    case Cleared:
        return f.alert.clearedAt;
    case Acknowledged:
        return f.acknowledgement.at;
    default:
        return display(f, column).toString().toLower();
    }
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    const FleetAlert *f = index.isValid() && index.column() < ColumnCount ? alertAt(index.row()) : nullptr;
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*f, index.column());
    case Qt::ToolTipRole:
        return toolTip(*f, index.column());
    case Qt::AccessibleTextRole:
        // Empty cells still say something to a screen reader.
        if (index.column() == Cleared && f->alert.isOpen())
            return tr("Still open");
        if (index.column() == Acknowledged && !f->isAcknowledged())
            return tr("Not acknowledged");
        return display(*f, index.column());
    case Qt::DecorationRole:
        return index.column() == Severity ? QVariant(severityIcon(f->severityClass())) : QVariant();
    case SortRole:
        return sortValue(*f, index.column());
    case AlertIdRole:
        return f->alert.id;
    case DeviceIdRole:
        return f->alert.deviceId;
    case SeverityClassRole:
        return int(f->severityClass());
    case SeverityColorRole:
        return severityColor(f->severityClass());
    case AcknowledgedRole:
        return f->isAcknowledged();
    case OpenRole:
        return f->alert.isOpen();
    default:
        return {};
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Device:
        return tr("Device");
    case Location:
        return tr("Location");
    case Description:
        return tr("Alert");
    case Code:
        return tr("Group / code");
    case FirstSeen:
        return tr("First seen");
    case LastSeen:
        return tr("Last seen");
    case Cleared:
        return tr("Cleared");
    case Acknowledged:
        return tr("Acknowledged");
    default:
        return {};
    }
}

} // namespace fleet::models
