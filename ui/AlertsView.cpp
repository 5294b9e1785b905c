#include "AlertsView.h"

#include "AcknowledgeDialog.h"
#include "AlertTableModel.h"
#include "security/GuardedAlerts.h"
#include "security/Session.h"
#include "storage/DatabaseWorker.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace fleet::ui {

using models::AlertTableModel;
using storage::SeverityClass;

// Severity, acknowledgement and text filters over the loaded rows; sorting on SortRole.
class AlertFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilters(QSet<SeverityClass> severities, bool unacknowledgedOnly, QString text)
    {
        m_severities = std::move(severities);
        m_unacknowledgedOnly = unacknowledgedOnly;
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (sourceParent.isValid())
            return false;
        const auto *model = static_cast<const AlertTableModel *>(sourceModel());
        const storage::FleetAlert *f = model->alertAt(sourceRow);
        if (!f)
            return false;
        if (!m_severities.contains(f->severityClass()))
            return false;
        if (m_unacknowledgedOnly && f->isAcknowledged())
            return false;
        return m_text.isEmpty() || storage::alertMatchesText(*f, m_text);
    }

private:
    QSet<SeverityClass> m_severities{SeverityClass::Critical, SeverityClass::Warning, SeverityClass::Other};
    bool m_unacknowledgedOnly = false;
    QString m_text;
};

namespace {

struct AlertsLoad
{
    QList<storage::FleetAlert> alerts;
    storage::AlertCounts counts;
};

QCheckBox *severityBox(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    box->setAccessibleName(AlertsView::tr("Show %1 alerts").arg(box->text().remove(u'&')));
    box->setChecked(true);
    return box;
}

} // namespace

AlertsView::AlertsView(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
    , m_worker(std::make_unique<storage::DatabaseWorker>(databasePath, QStringLiteral("alerts")))
    , m_model(new AlertTableModel(this))
    , m_proxy(new AlertFilterProxy(this))
    , m_view(new QTableView(this))
    , m_critical(severityBox(tr("&Critical"), QStringLiteral("severityCritical"), this))
    , m_warning(severityBox(tr("&Warning"), QStringLiteral("severityWarning"), this))
    , m_other(severityBox(tr("&Other"), QStringLiteral("severityOther"), this))
    , m_state(new QComboBox(this))
    , m_unacknowledgedOnly(new QCheckBox(tr("&Unacknowledged only"), this))
    , m_text(new QLineEdit(this))
    , m_acknowledge(new QPushButton(tr("Ac&knowledge…"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_actor(storage::currentUserName())
{
    setObjectName(QStringLiteral("alertsView"));
    setAccessibleName(tr("Alerts"));

    m_state->setObjectName(QStringLiteral("alertState"));
    m_state->setAccessibleName(tr("Alert state"));
    m_state->addItem(tr("Open"), int(storage::AlertState::Open));
    m_state->addItem(tr("Cleared"), int(storage::AlertState::Cleared));
    m_state->addItem(tr("All"), int(storage::AlertState::All));
    auto *stateLabel = new QLabel(tr("&State:"), this);
    stateLabel->setBuddy(m_state);

    m_unacknowledgedOnly->setObjectName(QStringLiteral("unacknowledgedOnly"));
    m_unacknowledgedOnly->setAccessibleName(tr("Unacknowledged only"));
    m_text->setObjectName(QStringLiteral("alertFilter"));
    m_text->setPlaceholderText(tr("Filter alerts"));
    m_text->setAccessibleName(tr("Filter alerts"));
    m_text->setClearButtonEnabled(true);

    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_acknowledge->setAccessibleName(tr("Acknowledge the selected alerts"));
    m_acknowledge->setEnabled(false);
    m_refresh->setObjectName(QStringLiteral("refreshAlerts"));
    m_refresh->setAccessibleName(tr("Refresh alerts"));
    m_summary->setObjectName(QStringLiteral("alertSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("alertStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AlertTableModel::SortRole);
    m_view->setObjectName(QStringLiteral("alertTable"));
    m_view->setAccessibleName(tr("Alerts"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AlertTableModel::Severity, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(AlertTableModel::Description, QHeaderView::Interactive);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_critical);
    filters->addWidget(m_warning);
    filters->addWidget(m_other);
    filters->addSpacing(12);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(m_unacknowledgedOnly);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_refresh);
    filters->addWidget(m_acknowledge);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    auto *refreshKey = new QAction(this);
    refreshKey->setShortcut(QKeySequence::Refresh);
    refreshKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshKey);
    connect(refreshKey, &QAction::triggered, this, &AlertsView::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &AlertsView::refresh);
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsView::acknowledgeSelected);
    for (QCheckBox *box : {m_critical, m_warning, m_other, m_unacknowledgedOnly})
        connect(box, &QCheckBox::toggled, this, &AlertsView::applyLocalFilters);
    connect(m_text, &QLineEdit::textChanged, this, &AlertsView::applyLocalFilters);
    connect(m_state, &QComboBox::currentIndexChanged, this, &AlertsView::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsView::updateActions);
    // activated: double-click or Enter (single click where the platform activates on one click).
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QVariant device = index.data(AlertTableModel::DeviceIdRole);
        if (device.isValid())
            Q_EMIT deviceActivated(device.toLongLong());
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &AlertsView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AlertsView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AlertsView::updateSummary);
    // An acknowledgement arriving in a reload changes whether the selection can be acknowledged.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertsView::updateActions);

    updateSummary();
    refresh();
}

AlertsView::~AlertsView()
{
    // Wait for a running job before the widgets its result would touch are gone.
    m_worker.reset();
}

void AlertsView::setActor(const QString &actor)
{
    m_actor = actor.trimmed();
}

security::Actor AlertsView::currentActor() const
{
    return m_session ? m_session->actor() : security::Actor{m_actor, security::Role::Customer};
}

QList<qint64> AlertsView::selectedAlertIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids << index.data(AlertTableModel::AlertIdRole).toLongLong();
    return ids;
}

void AlertsView::refresh()
{
    const quint64 generation = ++m_generation;
    storage::AlertFilter filter;
    filter.state = storage::AlertState(m_state->currentData().toInt());
    if (filter.state != storage::AlertState::Open)
        filter.limit = kHistoryLimit;
    m_worker->run<AlertsLoad>(
        [filter](storage::Database &db) -> storage::Result<AlertsLoad> {
            storage::AlertRepository repo(db);
            auto alerts = repo.alerts(filter);
            if (!alerts)
                return alerts.error();
            auto counts = repo.openCounts();
            if (!counts)
                return counts.error();
            return AlertsLoad{std::move(*alerts), *counts};
        },
        this,
        [this, generation, limit = filter.limit](storage::Result<AlertsLoad> result) {
            if (generation != m_generation)
                return; // a newer refresh() is on its way
            if (!result) {
                showError(tr("Cannot read the alerts: %1").arg(result.error().message));
                return;
            }
            m_status->hide();
            m_truncated = limit > 0 && result->alerts.size() >= limit;
            m_counts = result->counts;
            m_loaded = true;
            // Merged by id: the selection, current row and scroll position survive.
            m_model->setAlerts(result->alerts);
            updateSummary();
            updateActions();
            Q_EMIT refreshed(int(result->alerts.size()));
        });
}

void AlertsView::applyLocalFilters()
{
    QSet<SeverityClass> severities;
    if (m_critical->isChecked())
        severities.insert(SeverityClass::Critical);
    if (m_warning->isChecked())
        severities.insert(SeverityClass::Warning);
    if (m_other->isChecked())
        severities.insert(SeverityClass::Other);
    m_proxy->setFilters(severities, m_unacknowledgedOnly->isChecked(), m_text->text());
    updateSummary();
    updateActions();
}

void AlertsView::updateActions()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    bool allUnacknowledged = !rows.isEmpty();
    for (const QModelIndex &index : rows)
        allUnacknowledged = allUnacknowledged && !index.data(AlertTableModel::AcknowledgedRole).toBool();
    m_acknowledge->setEnabled(allUnacknowledged);
    m_acknowledge->setToolTip(allUnacknowledged || rows.isEmpty()
                                  ? tr("Record that you have seen the selected alerts")
                                  : tr("Some selected alerts are already acknowledged; select only unacknowledged "
                                       "ones"));
}

void AlertsView::updateSummary()
{
    if (!m_loaded) {
        m_summary->setText(tr("Loading alerts…"));
        return;
    }
    QString text =
        tr("Open: %1 critical, %2 warning, %3 other; %n not acknowledged.", nullptr, m_counts.unacknowledged())
            .arg(m_counts.critical.open)
            .arg(m_counts.warning.open)
            .arg(m_counts.other.open);
    text += u' ' + tr("Showing %1 of %n alert(s).", nullptr, m_model->rowCount()).arg(m_proxy->rowCount());
    if (m_truncated)
        text += u' ' + tr("Only the %n most recently seen are loaded.", nullptr, kHistoryLimit);
    m_summary->setText(text);
}

void AlertsView::showError(const QString &message)
{
    m_status->setText(message);
    m_status->show();
    Q_EMIT failed(message);
}

void AlertsView::acknowledgeSelected()
{
    QList<storage::FleetAlert> alerts;
    for (qint64 id : selectedAlertIds()) {
        const storage::FleetAlert *f = m_model->alertAt(m_model->rowOf(id));
        if (f && !f->isAcknowledged())
            alerts << *f;
    }
    if (alerts.isEmpty())
        return;
    auto *dialog = new AcknowledgeDialog(alerts, currentActor().name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { storeAcknowledgement(dialog->alertIds(), dialog->note()); });
    dialog->open();
}

void AlertsView::storeAcknowledgement(const QList<qint64> &ids, const QString &note)
{
    m_acknowledge->setEnabled(false);
    const security::Actor actor = currentActor();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    m_worker->run<storage::AcknowledgeResult>(
        [ids, actor, note, at](storage::Database &db) -> storage::Result<storage::AcknowledgeResult> {
            auto done = security::acknowledgeAlerts(db, actor, ids, note, at);
            if (!done)
                return storage::StorageError{storage::StorageErrorCode::InvalidArgument, done.error().message};
            return *done;
        },
        this,
        [this](storage::Result<storage::AcknowledgeResult> result) {
            if (!result) {
                showError(tr("The alerts were not acknowledged: %1").arg(result.error().message));
                updateActions();
                return;
            }
            Q_EMIT acknowledged(result->acknowledged);
            refresh();
        });
}

} // namespace fleet::ui
