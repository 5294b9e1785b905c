#pragma once
// Groups the (filtered, sorted) fleet by location or model: a header row per group, its devices
// below in the source's order. Without a grouping it passes the source through unchanged, so the
// table view always shows this model.

#include <QAbstractTableModel>
#include <QPersistentModelIndex>

namespace fleet::models {

class FleetGroupModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Grouping { NoGrouping, ByLocation, ByModel };
    enum Role {
        GroupHeaderRole = Qt::UserRole + 100, // bool: true on a group's header row
        GroupSizeRole,                        // int, on header rows
    };

    explicit FleetGroupModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source);
    QAbstractItemModel *sourceModel() const { return m_source; }
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    QModelIndex mapToSource(const QModelIndex &index) const;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const;
    bool isGroupHeader(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void groupsChanged(); // header rows moved: views re-apply their spans

private:
    struct Row
    {
        int sourceRow = -1; // -1: a group header
        QString group;
        int groupSize = 0;
    };
    QAbstractItemModel *m_source = nullptr;
    Grouping m_grouping = NoGrouping;
    QList<Row> m_rows;        // only used when grouping
    QList<int> m_rowOfSource; // source row -> our row, when grouping

    int groupColumn() const;
    void rebuild();
    void forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
};

} // namespace fleet::models
