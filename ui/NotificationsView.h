#pragma once
// The Notifications tab: every stored notification (time, profile, event, condition, device,
// recipients, delivery state, attempts, last error), newest first, with a text filter and a state
// filter. "Retry now" makes the selected queued notifications (or all queued ones) due at once,
// puts the selected failed ones back in the queue (for a user who may change settings; checked
// and audited in the core), and asks the alerting service to deliver; in a window attached to the service
// (fleetkeeperd) there is none here, and the service's dispatcher sends them at its next round (every minute): one
// sender per profile, so no mail goes out twice. install() also adds the Alert profiles and SMTP server menu entries.

#include "util/ProfileRoot.h"

#include <QWidget>

namespace fleet::security {
class Session;
}
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace fleet::storage {
class DatabaseWorker;
}
namespace fleet::alerting {
class AlertingService;
}

namespace fleet::ui {

class NotificationsView final : public QWidget
{
    Q_OBJECT
public:
    enum Column : quint8 {
        Time,
        Profile,
        Event,
        Condition,
        Device,
        Recipients,
        State,
        Attempts,
        LastError,
        ColumnCount
    };

    explicit NotificationsView(const ProfileRoot &profile, QWidget *parent = nullptr);
    ~NotificationsView() override;
    Q_DISABLE_COPY_MOVE(NotificationsView)

    // Adds the view as a tab of tabs and "Alert profiles…" and "SMTP server…" to menu; returns the view.
    static NotificationsView *install(const ProfileRoot &profile, QTabWidget *tabs, QMenu *menu,
                                      security::Session *session = nullptr);

    // Whose hand "Retry now" is (install() sets it): without a session only queued rows are retried.
    void setSession(security::Session *session) { m_session = session; }

    // Delivery goes through service (one sender per process); the view follows its rounds.
    void attachAlerting(alerting::AlertingService *service);

    QTableView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_text; }

Q_SIGNALS:
    void refreshed(int notifications);
    void retried(int rescheduled);
    void failed(const QString &message);

public Q_SLOTS:
    void refresh();
    void retryNow();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QList<qint64> selectedIds() const;

    ProfileRoot m_profile;
    storage::DatabaseWorker *m_worker;
    alerting::AlertingService *m_alerting = nullptr;
    security::Session *m_session = nullptr;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_state;
    QSortFilterProxyModel *m_text;
    QLineEdit *m_filter;
    QComboBox *m_stateFilter;
    QPushButton *m_retry;
    QLabel *m_status;
    QTableView *m_table;
    bool m_loading = false;
    bool m_reloadAfter = false;
};

} // namespace fleet::ui
