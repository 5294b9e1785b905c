#include "CredentialProfileModel.h"

#include <QSet>

namespace fleet::models {

CredentialProfileModel::CredentialProfileModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CredentialProfileModel::setProfiles(const QList<snmp::Credential> &profiles)
{
    beginResetModel();
    m_profiles = profiles;
    m_checked = QList<bool>(profiles.size(), true);
    endResetModel();
    Q_EMIT checkedChanged();
}

int CredentialProfileModel::rowOfName(const QString &name) const
{
    for (int i = 0; i < m_profiles.size(); ++i)
        if (m_profiles.at(i).name == name)
            return i;
    return -1;
}

QStringList CredentialProfileModel::names() const
{
    QStringList names;
    names.reserve(m_profiles.size());
    for (const snmp::Credential &c : m_profiles)
        names << c.name;
    return names;
}

int CredentialProfileModel::append(const snmp::Credential &profile)
{
    const int row = int(m_profiles.size());
    beginInsertRows({}, row, row);
    m_profiles.append(profile);
    m_checked.append(true);
    endInsertRows();
    return row;
}

int CredentialProfileModel::replace(int row, const snmp::Credential &profile)
{
    if (row < 0 || row >= m_profiles.size())
        return -1;
    m_profiles[row] = profile;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return row;
}

int CredentialProfileModel::duplicate(int row)
{
    if (row < 0 || row >= m_profiles.size())
        return -1;
    snmp::Credential copy = m_profiles.at(row);
    copy.name = uniqueName(tr("%1 (copy)").arg(copy.name));
    beginInsertRows({}, row + 1, row + 1);
    m_profiles.insert(row + 1, copy);
    m_checked.insert(row + 1, m_checked.at(row));
    endInsertRows();
    return row + 1;
}

bool CredentialProfileModel::remove(int row)
{
    if (row < 0 || row >= m_profiles.size())
        return false;
    beginRemoveRows({}, row, row);
    m_profiles.removeAt(row);
    m_checked.removeAt(row);
    endRemoveRows();
    Q_EMIT checkedChanged();
    return true;
}

int CredentialProfileModel::moveUp(int row)
{
    return move(row, row - 1);
}

int CredentialProfileModel::moveDown(int row)
{
    return move(row, row + 1);
}

int CredentialProfileModel::move(int from, int to)
{
    if (from < 0 || from >= m_profiles.size())
        return -1;
    if (to < 0 || to >= m_profiles.size())
        return from; // already first or last
    // beginMoveRows wants the destination as the row the item goes before, in the old numbering.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_profiles.move(from, to);
    m_checked.move(from, to);
    endMoveRows();
    Q_EMIT checkedChanged();
    return to;
}

QString CredentialProfileModel::uniqueName(const QString &base) const
{
    const QString stem = base.trimmed().isEmpty() ? tr("Profile") : base.trimmed();
    const QStringList taken = names();
    if (!taken.contains(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(stem).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

void CredentialProfileModel::setCheckable(bool checkable)
{
    if (checkable == m_checkable)
        return;
    m_checkable = checkable;
    if (!m_profiles.isEmpty())
        Q_EMIT dataChanged(index(0, Name), index(int(m_profiles.size()) - 1, Name));
}

void CredentialProfileModel::setChecked(int row, bool checked)
{
    if (row < 0 || row >= m_checked.size() || m_checked.at(row) == checked)
        return;
    m_checked[row] = checked;
    Q_EMIT dataChanged(index(row, Name), index(row, Name), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

QList<snmp::Credential> CredentialProfileModel::checkedProfiles() const
{
    QList<snmp::Credential> checked;
    for (int i = 0; i < m_profiles.size(); ++i)
        if (m_checked.at(i))
            checked << m_profiles.at(i);
    return checked;
}

void CredentialProfileModel::setCheckedNames(const QStringList &names)
{
    const QSet<QString> wanted(names.cbegin(), names.cend());
    for (int i = 0; i < m_profiles.size(); ++i)
        setChecked(i, wanted.contains(m_profiles.at(i).name));
}

QStringList CredentialProfileModel::checkedNames() const
{
    QStringList names;
    for (const snmp::Credential &c : checkedProfiles())
        names << c.name;
    return names;
}

int CredentialProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int CredentialProfileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CredentialProfileModel::timingText(const snmp::Credential &c) const
{
    return tr("%1 ms, %n retries", nullptr, c.retries).arg(c.timeoutMs);
}

QVariant CredentialProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const snmp::Credential &c = m_profiles.at(index.row());
    if (role == Qt::CheckStateRole && m_checkable && index.column() == Name)
        return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return c.describe(); // masks the community
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return c.name;
    case Version:
        return snmp::versionName(c.version);
    case Security:
        if (c.version != snmp::Version::V3)
            return tr("community");
        return c.describe().mid(3); // "user admin authPriv SHA-256/AES-128" without the leading "v3 "
    case Timing:
        return timingText(c);
    case ColumnCount:
        break;
    }
    return {};
}

bool CredentialProfileModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_checkable || role != Qt::CheckStateRole || index.column() != Name ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked(index.row(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags CredentialProfileModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_checkable && index.isValid() && index.column() == Name)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant CredentialProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Version:
        return tr("Version");
    case Security:
        return tr("Security");
    case Timing:
        return tr("Timing");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fleet::models
