#pragma once
// A device's inventory from its latest snapshot JSON (collect::snapshotToJson): general properties,
// input trays, output bins, covers, interpreters, installed components, markers, network interfaces
// and addresses, as a read-only tree of "property: value". Keys it has no label for are still shown
// (under their JSON name), so a field added to the snapshot later is never hidden.

#include <QAbstractItemModel>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace fleet::models {

class DevicePropertiesModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Property, Value, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1 }; // the JSON key (or array index) of the node

    explicit DevicePropertiesModel(QObject *parent = nullptr);
    ~DevicePropertiesModel() override;

    void setSnapshot(const QJsonObject &snapshot);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Node;

private:
    Node *nodeOf(const QModelIndex &index) const;
    std::unique_ptr<Node> m_root;
};

} // namespace fleet::models
