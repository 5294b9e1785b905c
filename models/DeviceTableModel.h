#pragma once
// The fleet as a table: one row per stored device.

#include "storage/StorageTypes.h"

#include <QAbstractTableModel>

namespace fleet::models {

class DeviceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Status, Name, Model, Location, Address, Serial, LastSuccess, ColumnCount };

    explicit DeviceTableModel(QObject *parent = nullptr);

    void setDevices(const QList<storage::DeviceRecord> &devices);
    const storage::DeviceRecord *deviceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::DeviceRecord> m_devices;
};

} // namespace fleet::models
