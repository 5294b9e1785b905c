#include "NotificationsView.h"
#include "DialogMenuEntry.h"

#include "AlertProfilesDialog.h"
#include "SmtpSettingsDialog.h"
#include "alerting/AlertingService.h"
#include "alerting/NotificationQueue.h"
#include "alerting/QueueControl.h"
#include "alerting/TestMail.h"
#include "security/Session.h"
#include "storage/DatabaseWorker.h"
#include "storage/FleetRepository.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fleet::ui {

namespace {

constexpr int kShownNotifications = 1000;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kStateRole = Qt::UserRole + 2;

struct Loaded
{
    QList<alerting::NotificationRecord> notifications;
    QHash<qint64, QString> deviceNames;
};

QString stateText(const QString &state)
{
    if (state == alerting::kStateQueued)
        return NotificationsView::tr("queued");
    if (state == alerting::kStateSent)
        return NotificationsView::tr("sent");
    if (state == alerting::kStateDigest)
        return NotificationsView::tr("held for the digest");
    if (state == alerting::kStateMerged)
        return NotificationsView::tr("sent in a digest");
    if (state == alerting::kStateFailed)
        return NotificationsView::tr("failed");
    return state;
}

QString eventText(const QString &event)
{
    if (event == u"opened")
        return NotificationsView::tr("opened");
    if (event == u"cleared")
        return NotificationsView::tr("cleared");
    if (event == u"reminder")
        return NotificationsView::tr("reminder");
    if (event == u"digest")
        return NotificationsView::tr("digest");
    if (event == u"test")
        return NotificationsView::tr("test");
    return event;
}

} // namespace

NotificationsView::NotificationsView(const ProfileRoot &profile, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_worker(new storage::DatabaseWorker(profile.databasePath(), QStringLiteral("notifications"), this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_state(new QSortFilterProxyModel(this))
    , m_text(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_stateFilter(new QComboBox(this))
    , m_retry(new QPushButton(tr("Retry &now"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("notificationsView"));
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("Profile"), tr("Event"), tr("Condition"), tr("Device"),
                                        tr("Recipients"), tr("State"), tr("Attempts"), tr("Last error")});
    m_state->setSourceModel(m_model);
    m_state->setFilterKeyColumn(State);
    m_state->setFilterRole(kStateRole);
    m_text->setSourceModel(m_state);
    m_text->setFilterKeyColumn(-1);
    m_text->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("notificationFilter"));
    m_filter->setPlaceholderText(tr("Filter by profile, condition, device, recipient or error"));
    m_filter->setAccessibleName(tr("Filter notifications"));
    m_filter->setClearButtonEnabled(true);
    m_stateFilter->setObjectName(QStringLiteral("notificationState"));
    m_stateFilter->setAccessibleName(tr("Delivery state"));
    m_stateFilter->addItem(tr("All states"), QString());
    for (const QString &s : {alerting::kStateQueued, alerting::kStateSent, alerting::kStateFailed,
                             alerting::kStateDigest, alerting::kStateMerged})
        m_stateFilter->addItem(stateText(s), s);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshNotifications"));
    m_retry->setObjectName(QStringLiteral("retryNotifications"));
    m_retry->setToolTip(
        tr("Send the selected queued notifications (or all queued ones) now; selected failed ones are tried again"));
    m_status->setObjectName(QStringLiteral("notificationStatus"));
    m_table->setObjectName(QStringLiteral("notificationTable"));
    m_table->setModel(m_text);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_stateFilter);
    bar->addWidget(refreshButton);
    bar->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, m_text, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString state = m_stateFilter->currentData().toString();
        m_state->setFilterRegularExpression(
            state.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(state)));
    });
    connect(refreshButton, &QPushButton::clicked, this, &NotificationsView::refresh);
    connect(m_retry, &QPushButton::clicked, this, &NotificationsView::retryNow);
}

NotificationsView::~NotificationsView()
{
    delete m_worker;
}

NotificationsView *NotificationsView::install(const ProfileRoot &profile, QTabWidget *tabs, QMenu *menu,
                                              security::Session *session)
{
    auto *view = new NotificationsView(profile, tabs);
    view->setSession(session);
    tabs->addTab(view, tr("&Notifications"));
    menu->addSeparator();
    addDialogMenuEntry<AlertProfilesDialog>(menu, tr("Alert &profiles…"), QStringLiteral("alertProfiles"), profile,
                                            session, tabs->window());
    addDialogMenuEntry<SmtpSettingsDialog>(menu, tr("SMTP ser&ver…"), QStringLiteral("smtpSettings"), profile, session,
                                           tabs->window());
    return view;
}

void NotificationsView::attachAlerting(alerting::AlertingService *service)
{
    m_alerting = service;
    connect(service, &alerting::AlertingService::deliveryFinished, this, [this](const alerting::DeliveryReport &r) {
        if (r.sent || r.failed)
            refresh();
    });
    connect(service, &alerting::AlertingService::evaluated, this, [this](const alerting::CycleReport &r) {
        if (r.notifications.queued || r.notifications.held || r.digests)
            refresh();
    });
}

void NotificationsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void NotificationsView::refresh()
{
    if (m_loading) {
        m_reloadAfter = true;
        return;
    }
    m_loading = true;
    m_worker->run<Loaded>(
        [](storage::Database &db) -> storage::Result<Loaded> {
            auto list = alerting::NotificationQueue(db).list(kShownNotifications);
            if (!list)
                return list.error();
            auto devices = storage::FleetRepository(db).devices();
            if (!devices)
                return devices.error();
            Loaded loaded{*list, {}};
            for (const storage::DeviceRecord &d : *devices)
                loaded.deviceNames.insert(d.id, d.name.isEmpty() ? d.address : d.name);
            return loaded;
        },
        this,
        [this](storage::Result<Loaded> r) {
            m_loading = false;
            if (!r) {
                m_status->setText(tr("Cannot read the notifications: %1").arg(r.error().message));
                Q_EMIT failed(r.error().message);
            } else {
                m_model->removeRows(0, m_model->rowCount());
                for (const alerting::NotificationRecord &n : std::as_const(r->notifications)) {
                    QList<QStandardItem *> row;
                    row << new QStandardItem(QLocale().toString(n.createdAt.toLocalTime(), QLocale::ShortFormat))
                        << new QStandardItem(n.profileName) << new QStandardItem(eventText(n.event))
                        << new QStandardItem(n.conditionKey)
                        << new QStandardItem(
                               n.deviceId ? r->deviceNames.value(*n.deviceId, QString::number(*n.deviceId)) : QString())
                        << new QStandardItem(n.recipients.join(QStringLiteral(", ")))
                        << new QStandardItem(stateText(n.state)) << new QStandardItem(QString::number(n.attempts))
                        << new QStandardItem(n.lastError);
                    row.at(Time)->setData(n.id, kIdRole);
                    row.at(Time)->setToolTip(n.subject);
                    row.at(State)->setData(n.state, kStateRole);
                    if (n.state == alerting::kStateQueued && n.nextAttemptAt.isValid())
                        row.at(State)->setToolTip(
                            tr("Next attempt %1")
                                .arg(QLocale().toString(n.nextAttemptAt.toLocalTime(), QLocale::ShortFormat)));
                    row.at(LastError)->setToolTip(n.lastError);
                    m_model->appendRow(row);
                }
                m_status->setText(tr("%n notification(s)", nullptr, int(r->notifications.size())));
                Q_EMIT refreshed(int(r->notifications.size()));
            }
            if (m_reloadAfter) {
                m_reloadAfter = false;
                refresh();
            }
        });
}

QList<qint64> NotificationsView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(Time))
        ids << index.data(kIdRole).toLongLong();
    return ids;
}

void NotificationsView::retryNow()
{
    const QList<qint64> ids = selectedIds();
    const std::optional<security::Actor> actor =
        m_session ? std::optional<security::Actor>(m_session->actor()) : std::nullopt;
    m_retry->setEnabled(false);
    m_worker->run<int>(
        [ids, actor](storage::Database &db) -> storage::Result<int> {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (!actor)
                return alerting::retryNow(db, ids, now);
            // Failed rows among ids go back in the queue too: checked and audited in the core.
            const auto outcome = alerting::retryNow(db, *actor, ids, now);
            if (!outcome)
                return storage::StorageError{storage::StorageErrorCode::QueryFailed, outcome.error().message};
            return outcome->rescheduled + outcome->requeued;
        },
        this,
        [this](storage::Result<int> r) {
            m_retry->setEnabled(true);
            if (!r) {
                m_status->setText(tr("Cannot retry: %1").arg(r.error().message));
                Q_EMIT failed(r.error().message);
                return;
            }
            if (m_alerting) {
                m_status->setText(tr("Sending…"));
                m_alerting->deliver(); // the view refreshes when the delivery is reported
            } else {
                // The process that runs the schedule (the service) sends them within a minute;
                // sending from here as well could send a mail twice.
                m_status->setText(
                    tr("%n notification(s) due now; the service sends them within a minute.", nullptr, *r));
                refresh();
            }
            Q_EMIT retried(*r);
        });
}

} // namespace fleet::ui
