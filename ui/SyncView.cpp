#include "SyncView.h"

#include "ConsentView.h"
#include "ExchangeModel.h"
#include "OutboxModel.h"
#include "PayloadViewerDialog.h"
#include "RegistrationDialog.h"
#include "SecurityModeDialog.h"
#include "SyncAgentRunner.h"
#include "security/Session.h"

#include "storage/DatabaseWorker.h"
#include "sync/ExchangeLog.h"
#include "sync/Outbox.h"
#include "sync/ServerCertificate.h"
#include "sync/SyncService.h"
#include "sync/SyncState.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fleet::ui {

namespace {
// The exchange log grows by a few rows a day; the newest thousand are plenty on screen (the CLI's
// `audit` shows them all).
constexpr int kExchangeRows = 1000;

QString when(const QDateTime &t, const QString &none)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : none;
}

QTableView *makeTable(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

struct SyncView::Snapshot
{
    sync::SyncSettings settings;
    QList<sync::OutboxItem> outbox;
    QList<sync::ExchangeRecord> exchanges;
    QDateTime lastRunAt;
    bool lastRunOk = false;
    QString lastRunMessage;
    bool registrationRequired = false;
    QDateTime nextAttempt;
    sync::ServerCertificate serverCertificate;
};

SyncView::SyncView(const ProfileRoot &profile, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_worker(new storage::DatabaseWorker(profile.databasePath(), QStringLiteral("sync-view"), this))
    , m_runner(new SyncAgentRunner(profile, this))
    , m_outbox(new models::OutboxModel(this))
    , m_exchanges(new models::ExchangeModel(this))
    , m_outboxSort(new QSortFilterProxyModel(this))
    , m_exchangeFilter(new QSortFilterProxyModel(this))
    , m_outboxView(makeTable(QStringLiteral("outboxView"), tr("Outbox"), this))
    , m_exchangeView(makeTable(QStringLiteral("exchangeView"), tr("Exchange log"), this))
    , m_filter(new QLineEdit(this))
    , m_registered(new QLabel(this))
    , m_agentId(new QLabel(this))
    , m_server(new QLabel(this))
    , m_serverCertificate(new QLabel(this))
    , m_mode(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_nextSync(new QLabel(this))
    , m_nextRetry(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_message(new QLabel(this))
    , m_syncNow(new QPushButton(tr("&Sync now"), this))
    , m_viewPayload(new QPushButton(tr("&View payload…"), this))
{
    setObjectName(QStringLiteral("syncView"));
    m_outboxSort->setSourceModel(m_outbox);
    m_outboxSort->setSortRole(models::OutboxModel::SortRole);
    m_outboxView->setModel(m_outboxSort);
    m_outboxView->sortByColumn(models::OutboxModel::Id, Qt::DescendingOrder);
    m_exchangeFilter->setSourceModel(m_exchanges);
    m_exchangeFilter->setSortRole(models::ExchangeModel::SortRole);
    m_exchangeFilter->setFilterRole(models::ExchangeModel::FilterRole);
    m_exchangeFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_exchangeView->setModel(m_exchangeFilter);
    m_exchangeView->sortByColumn(models::ExchangeModel::Time, Qt::DescendingOrder);

    m_filter->setObjectName(QStringLiteral("exchangeFilter"));
    m_filter->setPlaceholderText(tr("Filter requests (endpoint, status, payload id, error…)"));
    m_filter->setAccessibleName(tr("Filter requests"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_exchangeFilter, &QSortFilterProxyModel::setFilterFixedString);

    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_viewPayload->setObjectName(QStringLiteral("viewPayload"));
    m_viewPayload->setEnabled(false);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncView::syncNow);
    connect(m_viewPayload, &QPushButton::clicked, this, &SyncView::viewPayload);
    connect(m_outboxView, &QTableView::activated, this, &SyncView::viewPayload);
    connect(m_outboxView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_viewPayload->setEnabled(current.isValid()); });
    connect(m_outboxSort, &QAbstractItemModel::modelReset, this,
            [this] { m_viewPayload->setEnabled(m_outboxView->currentIndex().isValid()); });

    auto *outboxBox = new QGroupBox(tr("Outbox"), this);
    auto *outboxLayout = new QVBoxLayout(outboxBox);
    outboxLayout->addWidget(m_outboxView);
    auto *outboxButtons = new QHBoxLayout;
    outboxButtons->addStretch();
    outboxButtons->addWidget(m_viewPayload);
    outboxLayout->addLayout(outboxButtons);

    auto *exchangeBox = new QGroupBox(tr("Requests sent to the server"), this);
    auto *exchangeLayout = new QVBoxLayout(exchangeBox);
    exchangeLayout->addWidget(m_filter);
    exchangeLayout->addWidget(m_exchangeView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("syncSplitter"));
    splitter->addWidget(outboxBox);
    splitter->addWidget(exchangeBox);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildStatus());
    layout->addWidget(splitter, 1);
    refresh();
}

SyncView::~SyncView() = default;

security::Actor SyncView::actor() const
{
    return m_session ? m_session->actor() : security::Actor{};
}

QWidget *SyncView::buildStatus()
{
    auto *box = new QGroupBox(tr("Status"), this);
    auto *form = new QFormLayout;
    for (QLabel *label : {m_registered, m_agentId, m_server, m_serverCertificate, m_mode, m_lastSync, m_nextSync,
                          m_nextRetry, m_counts})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverCertificate->setObjectName(QStringLiteral("syncServerCertificate"));
    m_registered->setObjectName(QStringLiteral("syncRegistered"));
    m_agentId->setObjectName(QStringLiteral("syncAgentId"));
    m_server->setObjectName(QStringLiteral("syncServer"));
    m_mode->setObjectName(QStringLiteral("syncMode"));
    m_lastSync->setObjectName(QStringLiteral("syncLast"));
    m_nextSync->setObjectName(QStringLiteral("syncNext"));
    m_nextRetry->setObjectName(QStringLiteral("syncNextRetry"));
    m_counts->setObjectName(QStringLiteral("syncCounts"));
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_message->setWordWrap(true);
    form->addRow(tr("Registration:"), m_registered);
    form->addRow(tr("Agent id:"), m_agentId);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Server certificate:"), m_serverCertificate);
    form->addRow(tr("Security mode:"), m_mode);
    form->addRow(tr("Last sync:"), m_lastSync);
    form->addRow(tr("Next sync:"), m_nextSync);
    form->addRow(tr("Next retry:"), m_nextRetry);
    form->addRow(tr("Outbox:"), m_counts);

    auto *registration = new QPushButton(tr("&Registration…"), box);
    registration->setObjectName(QStringLiteral("openRegistration"));
    connect(registration, &QPushButton::clicked, this, &SyncView::openRegistration);
    auto *mode = new QPushButton(tr("Security &mode…"), box);
    mode->setObjectName(QStringLiteral("openSecurityMode"));
    connect(mode, &QPushButton::clicked, this, &SyncView::openSecurityMode);
    auto *consents = new QPushButton(tr("Remote re&quests…"), box);
    consents->setObjectName(QStringLiteral("openConsents"));
    connect(consents, &QPushButton::clicked, this, &SyncView::openConsents);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), box);
    refreshButton->setObjectName(QStringLiteral("syncRefresh"));
    connect(refreshButton, &QPushButton::clicked, this, &SyncView::refresh);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(registration);
    buttons->addWidget(mode);
    buttons->addWidget(consents);
    buttons->addWidget(refreshButton);
    buttons->addStretch();

    auto *row = new QHBoxLayout;
    row->addLayout(form, 1);
    row->addLayout(buttons);
    auto *outer = new QVBoxLayout(box);
    outer->addLayout(row);
    outer->addWidget(m_message);
    return box;
}

void SyncView::setSyncService(sync::SyncService *service)
{
    m_service = service;
    connect(service, &sync::SyncService::syncFinished, this, &SyncView::showReport);
    connect(service, &sync::SyncService::nextSyncChanged, this, &SyncView::refresh);
    connect(service, &sync::SyncService::nextRetryChanged, this, &SyncView::refresh);
    connect(service, &sync::SyncService::warning, m_message, &QLabel::setText);
    refresh();
}

void SyncView::refresh()
{
    const QString settingsPath = m_profile.settingsPath();
    m_worker->run<Snapshot>(
        [settingsPath](storage::Database &db) -> storage::Result<Snapshot> {
            Snapshot s;
            QSettings ini(settingsPath, QSettings::IniFormat);
            s.settings = sync::SyncSettings::load(ini);
            sync::Outbox outbox(db);
            auto items = outbox.list();
            if (!items)
                return items.error();
            s.outbox = std::move(*items);
            auto next = outbox.nextAttempt();
            if (!next)
                return next.error();
            s.nextAttempt = *next;
            auto exchanges = sync::ExchangeLog(db).list({}, kExchangeRows);
            if (!exchanges)
                return exchanges.error();
            s.exchanges = std::move(*exchanges);
            sync::SyncState state(db);
            const auto value = [&state](const QString &key) {
                auto v = state.value(key);
                return v ? *v : QString();
            };
            s.lastRunAt = QDateTime::fromString(value(sync::SyncState::kLastRunAt), Qt::ISODateWithMs);
            s.lastRunOk = value(sync::SyncState::kLastRunOk) == u"1";
            s.lastRunMessage = value(sync::SyncState::kLastRunMessage);
            s.registrationRequired = value(sync::SyncState::kRegistrationRequired) == u"1";
            auto certificate = sync::ServerCertificateStore(db).forHost(s.settings.serverUrl.host());
            if (!certificate)
                return certificate.error();
            s.serverCertificate = *certificate;
            return s;
        },
        this,
        [this](storage::Result<Snapshot> result) {
            if (!result) {
                m_message->setText(tr("The sync status cannot be read: %1").arg(result.error().message));
                return;
            }
            show(*result);
            Q_EMIT refreshed();
        });
}

void SyncView::show(const Snapshot &s)
{
    const QString none = tr("—");
    if (!s.settings.isRegistered())
        m_registered->setText(tr("Not registered"));
    else if (s.registrationRequired)
        m_registered->setText(tr("The server no longer accepts this agent: register again"));
    else
        m_registered->setText(
            tr("Registered %1 (%2, %3)").arg(when(s.settings.registeredAt, none), s.settings.account, s.settings.site));
    m_agentId->setText(s.settings.isRegistered() ? s.settings.agentId : none);
    m_server->setText(s.settings.serverUrl.isEmpty() ? tr("not configured") : s.settings.serverUrl.toString());
    const sync::ServerCertificate &certificate = s.serverCertificate;
    m_serverCertificate->setText(
        certificate.isValid() ? tr("%1, valid until %2").arg(certificate.subject, when(certificate.notAfter, none))
                              : tr("not seen yet"));
    m_serverCertificate->setToolTip(
        certificate.isValid() ? tr("Issued by %1\nSHA-256 %2\nFirst seen %3")
                                    .arg(certificate.issuer, certificate.sha256, when(certificate.seenAt, none))
                              : QString());
    m_mode->setText(s.settings.isLockedDown() ? tr("Locked down") : tr("Normal"));
    if (s.lastRunAt.isValid())
        m_lastSync->setText(
            tr("%1: %2 — %3")
                .arg(when(s.lastRunAt, none), s.lastRunOk ? tr("succeeded") : tr("failed"), s.lastRunMessage));
    else
        m_lastSync->setText(tr("never"));
    if (m_service)
        m_nextSync->setText(when(m_service->nextSync(), tr("not scheduled")));
    else
        m_nextSync->setText(s.settings.isRegistered()
                                ? tr("daily at %1 (within %n minute(s))", nullptr, s.settings.spreadMinutes)
                                      .arg(QLocale().toString(s.settings.syncTime, QLocale::ShortFormat))
                                : tr("not scheduled"));
    const QDateTime retry = m_service && m_service->nextRetry().isValid() ? m_service->nextRetry() : s.nextAttempt;
    int queued = 0, delivered = 0, rejected = 0;
    for (const sync::OutboxItem &item : s.outbox) {
        switch (item.state) {
        case sync::OutboxState::Queued:
            ++queued;
            break;
        case sync::OutboxState::Acknowledged:
            ++delivered;
            break;
        case sync::OutboxState::Rejected:
            ++rejected;
            break;
        }
    }
    m_nextRetry->setText(queued > 0 ? when(retry, tr("at the next sync")) : none);
    m_counts->setText(tr("%1 queued, %2 delivered, %3 rejected (kept %4 days)")
                          .arg(queued)
                          .arg(delivered)
                          .arg(rejected)
                          .arg(sync::Outbox::kKeepDays));

    const QModelIndex current = m_outboxView->currentIndex();
    const qint64 currentId = current.isValid() ? current.data(models::OutboxModel::ItemIdRole).toLongLong() : -1;
    m_outbox->setItems(s.outbox);
    if (const int row = m_outbox->rowOf(currentId); row >= 0)
        m_outboxView->setCurrentIndex(m_outboxSort->mapFromSource(m_outbox->index(row, 0)));
    m_exchanges->setRecords(s.exchanges);
    m_syncNow->setEnabled(!m_syncing && s.settings.isRegistered());
}

void SyncView::syncNow()
{
    if (m_syncing)
        return;
    // The service checks again and audits; the runner below (no service) relies on this check.
    if (const auto denied = security::check(actor(), security::Permission::Sync)) {
        m_message->setText(denied.message);
        return;
    }
    m_syncing = true;
    m_syncNow->setEnabled(false);
    m_message->setText(tr("Syncing…"));
    if (m_service) {
        if (!m_service->syncNow(actor())) {
            m_syncing = false;
            m_message->setText(tr("The sync could not be started; is the agent registered?"));
            refresh();
        }
        return;
    }
    m_runner->sync(this, [this](const sync::SyncReport &report) { showReport(report); });
}

void SyncView::showReport(const sync::SyncReport &report)
{
    m_syncing = false;
    QString text = report.summary();
    if (report.registrationRequired)
        text += u'\n' + tr("The server no longer accepts this agent: register again.");
    m_message->setText(text);
    refresh();
    Q_EMIT syncFinished(report);
}

PayloadViewerDialog *SyncView::viewPayload()
{
    const QModelIndex current = m_outboxView->currentIndex();
    if (!current.isValid())
        return nullptr;
    const qint64 id = current.data(models::OutboxModel::ItemIdRole).toLongLong();
    auto *dialog = new PayloadViewerDialog(m_profile, id, actor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void SyncView::openRegistration()
{
    auto *dialog = new RegistrationDialog(m_profile, actor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegistrationDialog::registered, this, [this] {
        if (m_service)
            m_service->reloadSettings();
        refresh();
    });
    dialog->open();
}

void SyncView::openSecurityMode()
{
    auto *dialog = new SecurityModeDialog(m_profile, actor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SecurityModeDialog::modeSaved, this, [this] {
        if (m_service)
            m_service->reloadSettings();
        refresh();
    });
    dialog->open();
}

ConsentView *SyncView::openConsents()
{
    auto *dialog = new ConsentView(m_profile, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConsentView::decided, this, [this] {
        if (m_service)
            m_service->runConsentsNow();
    });
    dialog->open();
    return dialog;
}

} // namespace fleet::ui
