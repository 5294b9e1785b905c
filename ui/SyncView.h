#pragma once
// The "Remote services" tab (R3): whether and as whom the agent is registered, how the last sync
// went and when the next one is due, "Sync now", the payload outbox (each payload viewable
// decrypted) and the log of every request sent to the server. Everything is read off the GUI
// thread through a DatabaseWorker; sync runs go through the SyncService when one is attached,
// else through a SyncAgentRunner, the same path as `fleetkeeper-cli sync --now`.

#include "sync/SyncAgent.h"
#include "util/ProfileRoot.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace fleet::storage {
class DatabaseWorker;
}
namespace fleet::sync {
class SyncService;
}
namespace fleet::models {
class ExchangeModel;
class OutboxModel;
} // namespace fleet::models

namespace fleet::security {
class Session;
}

namespace fleet::ui {

class PayloadViewerDialog;
class SyncAgentRunner;
class ConsentView;

class SyncView final : public QWidget
{
    Q_OBJECT
public:
    explicit SyncView(const ProfileRoot &profile, QWidget *parent = nullptr);
    // Who uses the view: Sync now and the dialogs it opens act as the session's user (the core
    // checks). Without a session nobody may do anything but look.
    void setSession(security::Session *session) { m_session = session; }
    ~SyncView() override;

    // The app's always-on service: "Sync now" runs through it and the next sync time is its own.
    void setSyncService(sync::SyncService *service);

    models::OutboxModel *outboxModel() const { return m_outbox; }
    models::ExchangeModel *exchangeModel() const { return m_exchanges; }
    QSortFilterProxyModel *exchangeFilter() const { return m_exchangeFilter; }
    QTableView *outboxView() const { return m_outboxView; }
    QTableView *exchangeView() const { return m_exchangeView; }

public Q_SLOTS:
    void refresh();
    void syncNow();
    // Opens the decrypted payload of the current outbox row; returns the dialog (null without a row).
    PayloadViewerDialog *viewPayload();
    void openRegistration();
    void openSecurityMode();
    // The remote requests waiting for consent; a decision has the service act on it at once.
    ConsentView *openConsents();

Q_SIGNALS:
    void refreshed();
    void syncFinished(const fleet::sync::SyncReport &report);

private:
    struct Snapshot;
    void show(const Snapshot &snapshot);
    void showReport(const sync::SyncReport &report);
    QWidget *buildStatus();

    ProfileRoot m_profile;
    storage::DatabaseWorker *m_worker;
    SyncAgentRunner *m_runner;
    sync::SyncService *m_service = nullptr;
    security::Session *m_session = nullptr;
    security::Actor actor() const;
    models::OutboxModel *m_outbox;
    models::ExchangeModel *m_exchanges;
    QSortFilterProxyModel *m_outboxSort;
    QSortFilterProxyModel *m_exchangeFilter;
    QTableView *m_outboxView;
    QTableView *m_exchangeView;
    QLineEdit *m_filter;
    QLabel *m_registered;
    QLabel *m_agentId;
    QLabel *m_server;
    QLabel *m_serverCertificate;
    QLabel *m_mode;
    QLabel *m_lastSync;
    QLabel *m_nextSync;
    QLabel *m_nextRetry;
    QLabel *m_counts;
    QLabel *m_message;
    QPushButton *m_syncNow;
    QPushButton *m_viewPayload;
    bool m_syncing = false;
};

} // namespace fleet::ui
