#pragma once
// The fleet's alerts as a table: one row per alert occurrence (storage::FleetAlert), keyed by the
// alert id. Reloads merge by id (changed rows emit dataChanged, gone rows are removed, new rows
// appended) instead of resetting, so a view keeps its selection, current row and scroll position.
// Rows are in arrival order; sort through a proxy on SortRole.

#include "storage/AlertRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

#include <functional>

namespace fleet::models {

class AlertTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Severity,
        Device,
        Location,
        Description,
        Code,
        FirstSeen,
        LastSeen,
        Cleared,
        Acknowledged,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers and times that sort naturally (severity: most severe lowest)
        AlertIdRole,                 // qint64
        DeviceIdRole,                // qint64
        SeverityClassRole,           // int(storage::SeverityClass)
        SeverityColorRole,           // QColor of the severity class (the icon's colour)
        AcknowledgedRole,            // bool
        OpenRole,                    // bool: not cleared
    };

    explicit AlertTableModel(QObject *parent = nullptr);

    // Replaces the content with alerts, merging by id (see above).
    void setAlerts(const QList<storage::FleetAlert> &alerts);
    // Replaces the rows of these alerts (by id) and appends unknown ones; other rows stay.
    void updateAlerts(const QList<storage::FleetAlert> &alerts);
    void removeAlerts(const QList<qint64> &ids);

    const storage::FleetAlert *alertAt(int row) const;
    int rowOf(qint64 alertId) const { return m_rowById.value(alertId, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(storage::SeverityClass c);
    // The colour that marks a class; chosen to read on light and dark palettes alike.
    static QColor severityColor(storage::SeverityClass c);
    // What the alert says: its description, else the MIB name of its code, else the code number.
    static QString descriptionText(const storage::FleetAlert &f);
    // "markerSupplies / markerInkAlmostEmpty", numbers where the MIB has no name.
    static QString codeText(const storage::AlertRecord &a);
    static QString deviceText(const storage::FleetAlert &f);
    static QString acknowledgementText(const storage::Acknowledgement &a);

private:
    QVariant display(const storage::FleetAlert &f, int column) const;
    QVariant toolTip(const storage::FleetAlert &f, int column) const;
    QVariant sortValue(const storage::FleetAlert &f, int column) const;
    QIcon severityIcon(storage::SeverityClass c) const;
    void removeRowsWhere(const std::function<bool(const storage::FleetAlert &)> &gone);
    void reindex(int from);

    QList<storage::FleetAlert> m_alerts;
    QHash<qint64, int> m_rowById;
    mutable QHash<int, QIcon> m_icons; // built on first use: a QPixmap needs the GUI application
};

} // namespace fleet::models
