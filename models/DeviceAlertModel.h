#pragma once
// The open alerts of one device (Printer-MIB alert table as tracked by storage): severity, what the
// device says, and since when.

#include "storage/StorageTypes.h"

#include <QAbstractTableModel>

namespace fleet::models {

class DeviceAlertModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Description, Since, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit DeviceAlertModel(QObject *parent = nullptr);

    void setAlerts(const QList<storage::AlertRecord> &alerts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(const storage::AlertRecord &alert);
    // The device's description; devices that send none still have a code name ("powerUp").
    static QString descriptionText(const storage::AlertRecord &alert);

private:
    QList<storage::AlertRecord> m_alerts;
};

} // namespace fleet::models
