#pragma once
// Flagged events of one device, newest first: a counter that went down, meters that disagree (or
// agree again), an IP address change. Each says what happened in the words storage recorded.

#include "storage/StorageTypes.h"

#include <QAbstractTableModel>

namespace fleet::models {

class DeviceEventModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Kind, Message, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, RawKindRole };

    explicit DeviceEventModel(QObject *parent = nullptr);

    // events oldest first, as the repository returns them.
    void setEvents(const QList<storage::EventRecord> &events);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(const QString &kind);

private:
    QList<storage::EventRecord> m_events; // newest first
};

} // namespace fleet::models
