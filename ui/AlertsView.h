#pragma once
// The fleet's alerts as a tab: filters (severity class, open/cleared/all, unacknowledged only,
// free text), the open counts, Acknowledge (through AcknowledgeDialog) and "open device" on
// double-click or Enter. The database is read and written by a storage::DatabaseWorker; the GUI
// thread never runs SQL.
//
// The state filter is part of the query (cleared history can be long); severity, acknowledgement
// and text filter the loaded rows at once, in a proxy.

#include "security/Permissions.h"
#include "storage/AlertRepository.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fleet::storage {
class DatabaseWorker;
}
namespace fleet::models {
class AlertTableModel;
}

namespace fleet::security {
class Session;
}

namespace fleet::ui {

class AlertFilterProxy;

class AlertsView final : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsView(const QString &databasePath, QWidget *parent = nullptr);
    ~AlertsView() override;
    Q_DISABLE_COPY_MOVE(AlertsView)

    // Who acknowledges: recorded with every acknowledgement. Default: the operating-system user.
    void setActor(const QString &actor);
    // Who acknowledges: the session's user (name and role; the core checks acknowledge-alerts
    // and audits). Without a session the name of setActor() acts as a Customer, who may not.
    void setSession(security::Session *session) { m_session = session; }
    QString actor() const { return m_actor; }

    QTableView *table() const { return m_view; }
    models::AlertTableModel *alertModel() const { return m_model; }
    // Alert ids of the selected rows, in view order.
    QList<qint64> selectedAlertIds() const;

    // Cleared and all-alert lists show at most this many of the most recently seen alerts.
    static constexpr int kHistoryLimit = 5000;

public Q_SLOTS:
    // Reloads from the database; the selection and current row are kept for alerts still listed.
    void refresh();
    // Opens AcknowledgeDialog for the selected alerts (all must be unacknowledged).
    void acknowledgeSelected();

Q_SIGNALS:
    void deviceActivated(qint64 deviceId);
    void refreshed(int alerts); // the table shows what the database held at the last refresh()
    void acknowledged(const QList<qint64> &alertIds);
    void failed(const QString &message);

private:
    void storeAcknowledgement(const QList<qint64> &ids, const QString &note);
    void applyLocalFilters();
    void updateActions();
    void updateSummary();
    void showError(const QString &message);

    std::unique_ptr<storage::DatabaseWorker> m_worker;
    models::AlertTableModel *m_model;
    AlertFilterProxy *m_proxy;
    QTableView *m_view;
    QCheckBox *m_critical;
    QCheckBox *m_warning;
    QCheckBox *m_other;
    QComboBox *m_state;
    QCheckBox *m_unacknowledgedOnly;
    QLineEdit *m_text;
    QPushButton *m_acknowledge;
    QPushButton *m_refresh;
    QLabel *m_summary;
    QLabel *m_status;
    QString m_actor;
    security::Session *m_session = nullptr;
    security::Actor currentActor() const;
    quint64 m_generation = 0; // of the newest refresh(); older results are dropped
    storage::AlertCounts m_counts;
    bool m_loaded = false;
    bool m_truncated = false;
};

} // namespace fleet::ui
