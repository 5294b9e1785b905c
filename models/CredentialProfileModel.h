#pragma once
// The credential profiles in their order of trial, for the profiles dialog (edit, reorder) and the
// discovery dialog (choose which to try). Secrets never leave through data(): the community and
// passphrases are only in the Credential values, which the dialogs read with profile().

#include "snmp/Credential.h"

#include <QAbstractTableModel>

namespace fleet::models {

class CredentialProfileModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Version, Security, Timing, ColumnCount };

    explicit CredentialProfileModel(QObject *parent = nullptr);

    void setProfiles(const QList<snmp::Credential> &profiles);
    const QList<snmp::Credential> &profiles() const { return m_profiles; }
    const snmp::Credential &profile(int row) const { return m_profiles.at(row); }
    int rowOfName(const QString &name) const;
    QStringList names() const;

    // Edits; each returns the row the profile ends up on, or -1 when the row does not exist.
    int append(const snmp::Credential &profile);
    int replace(int row, const snmp::Credential &profile);
    int duplicate(int row); // inserted below, named "<name> (copy)", "<name> (copy) 2"...
    bool remove(int row);
    int moveUp(int row);
    int moveDown(int row);

    // A name not used by any profile, derived from base.
    QString uniqueName(const QString &base) const;

    // Checkable mode (discovery): column Name carries a check box, every profile checked at first.
    void setCheckable(bool checkable);
    bool isCheckable() const { return m_checkable; }
    void setChecked(int row, bool checked);
    bool isChecked(int row) const { return m_checked.value(row); }
    // The checked profiles, in the model's order.
    QList<snmp::Credential> checkedProfiles() const;
    // Checks exactly the profiles with these names (unknown names are ignored).
    void setCheckedNames(const QStringList &names);
    QStringList checkedNames() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    int move(int from, int to);
    QString timingText(const snmp::Credential &c) const;

    QList<snmp::Credential> m_profiles;
    QList<bool> m_checked; // parallel to m_profiles
    bool m_checkable = false;
};

} // namespace fleet::models
