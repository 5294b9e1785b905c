#include "MainWindow.h"

#include "DeviceTableModel.h"
#include "SupplyBarDelegate.h"
#include "storage/FleetLoader.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
