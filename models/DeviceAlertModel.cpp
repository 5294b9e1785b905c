#include "DeviceAlertModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace fleet::models {

DeviceAlertModel::DeviceAlertModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeviceAlertModel::setAlerts(const QList<storage::AlertRecord> &alerts)
{
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

int DeviceAlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int DeviceAlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeviceAlertModel::severityText(const storage::AlertRecord &alert)
{
    // prtAlertSeverityLevel (RFC 3805): other(1), critical(3), warning(4), warningBinaryChangeEvent(5).
    if (alert.severityName == u"critical")
        return tr("Critical");
    if (alert.severityName == u"warning")
        return tr("Warning");
    if (alert.severityName == u"warningBinaryChangeEvent")
        return tr("Warning (state change)");
    if (alert.severityName == u"other")
        return tr("Other");
    return tr("Severity %1").arg(alert.severity);
}

QString DeviceAlertModel::descriptionText(const storage::AlertRecord &alert)
{
    const QString text = alert.description.simplified();
    if (!text.isEmpty())
        return text;
    if (!alert.codeName.isEmpty())
        return alert.codeName;
    return tr("Alert code %1").arg(alert.code);
}

QVariant DeviceAlertModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const storage::AlertRecord &a = m_alerts.at(index.row());
    if (role == SortRole) {
        if (index.column() == Severity)
            return a.severity;
        if (index.column() == Since)
            return a.firstSeen;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ForegroundRole && index.column() == Severity && a.severityName == u"critical")
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && index.column() == Description)
        return tr("%1 (group %2, code %3)")
            .arg(descriptionText(a), a.groupName.isEmpty() ? QString::number(a.group) : a.groupName,
                 a.codeName.isEmpty() ? QString::number(a.code) : a.codeName);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Severity:
        return severityText(a);
    case Description:
        return descriptionText(a);
    case Since:
        return QLocale().toString(a.firstSeen.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant DeviceAlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Description:
        return tr("Alert");
    case Since:
        return tr("Since");
    default:
        return {};
    }
}

} // namespace fleet::models
