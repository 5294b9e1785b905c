#pragma once
// The recent polls of one device, newest first: when, how long, how many requests, the result and,
// for a poll that failed, the error class the UI can act on plus the engine's message.

#include "storage/StorageTypes.h"

#include <QAbstractTableModel>

namespace fleet::models {

class PollLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Duration, Requests, Result, ErrorClass, Message, Address, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        RawResultRole,     // kPollOk / kPollPartial / kPollFailed
        RawErrorClassRole, // the stored class name ("noResponse"), empty without error
    };

    explicit PollLogModel(QObject *parent = nullptr);

    // polls oldest first, as the repository returns them; shown newest first.
    void setPolls(const QList<storage::PollRecord> &polls);
    const storage::PollRecord *pollAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString resultText(const QString &result);
    // "No response (host down, filtered or wrong community)" for "noResponse"; unknown names as is.
    static QString errorClassText(const QString &errorClass);

private:
    QList<storage::PollRecord> m_polls; // newest first
};

} // namespace fleet::models
