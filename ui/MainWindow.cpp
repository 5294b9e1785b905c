#include "MainWindow.h"

#include "DeviceTableModel.h"
#include "SupplyBarDelegate.h"
#include "schedule/FleetService.h"
#include "storage/FleetLoader.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace fleet::ui {

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_loader(new storage::FleetLoader(databasePath, this))
    , m_model(new models::DeviceTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_schedule(new QLabel(this))
{
    setWindowTitle(tr("Fleetkeeper"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(models::DeviceTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Fleet"));
    m_view->setItemDelegateForColumn(models::DeviceTableModel::Supplies, new SupplyBarDelegate(m_view));

    auto *toolbar = addToolBar(tr("Fleet"));
    m_toolbar = toolbar;
    toolbar->setObjectName(QStringLiteral("fleetToolbar"));
    toolbar->addAction(tr("Refresh"), this, &MainWindow::refresh);
    auto *filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter devices"));
    filter->setAccessibleName(tr("Filter devices"));
    filter->setClearButtonEnabled(true);
    toolbar->addWidget(filter);
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    setCentralWidget(m_view);
    statusBar()->addWidget(m_status);
    statusBar()->addPermanentWidget(m_schedule);
    resize(1400, 600);

    connect(m_loader, &storage::FleetLoader::loaded, this, [this](const QList<storage::FleetRow> &rows) {
        m_model->setRows(rows);
        m_view->resizeColumnsToContents();
        // A device's long description must not push every other column off the screen.
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 320));
        m_status->setText(tr("%n device(s)", nullptr, int(rows.size())));
        Q_EMIT refreshed(int(rows.size()));
    });
    connect(m_loader, &storage::FleetLoader::failed, this,
            [this](const QString &message) { m_status->setText(tr("Cannot read the database: %1").arg(message)); });
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &MainWindow::refresh);
    timer->start(30000);
    refresh();
}

void MainWindow::refresh()
{
    m_loader->load();
}

} // namespace fleet::ui

namespace fleet::ui {

void MainWindow::attachService(schedule::FleetService *service)
{
    m_service = service;
    QAction *pollNow = m_toolbar->addAction(tr("Poll now"), service, [service] { service->pollNow(); });
    pollNow->setObjectName(QStringLiteral("pollNow"));
    connect(service, &schedule::FleetService::pollStarted, this, [this, pollNow] {
        pollNow->setEnabled(false);
        m_schedule->setText(tr("Polling…"));
    });
    connect(service, &schedule::FleetService::pollProgress, this,
            [this](int done, int total) { m_schedule->setText(tr("Polling… %1 of %2").arg(done).arg(total)); });
    connect(service, &schedule::FleetService::pollFinished, this, [this, pollNow] {
        pollNow->setEnabled(true);
        refresh();
        showSchedule();
    });
    connect(service, &schedule::FleetService::nextPollChanged, this, &MainWindow::showSchedule);
    showSchedule();
}

void MainWindow::showSchedule()
{
    if (!m_service)
        return;
    const QLocale locale;
    const auto last = m_service->lastPoll();
    const QString lastText = last && last->lastFinished.isValid()
                                 ? locale.toString(last->lastFinished.toLocalTime(), QLocale::ShortFormat)
                                 : tr("never");
    const QDateTime next = m_service->nextPoll();
    const QString nextText = next.isValid() ? locale.toString(next.toLocalTime(), QLocale::ShortFormat) : tr("—");
    m_schedule->setText(tr("Last poll: %1 · next: %2").arg(lastText, nextText));
}

} // namespace fleet::ui
