#include "PostureView.h"

#include "posture/PostureExport.h"
#include "posture/PostureJob.h"
#include "posture/PostureReportBuilder.h"
#include "security/Session.h"
#include "storage/DatabaseWorker.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QThread>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fleet::ui {

namespace {
enum Column { ColScore, ColName, ColDetail, ColRemedy, ColCount };

void addFindings(QTreeWidgetItem *parent, QTreeWidget *tree, const QList<posture::Finding> &findings)
{
    for (const posture::Finding &f : findings) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(ColScore, posture::severityTitle(f.severity));
        item->setText(ColName, f.title);
        item->setText(ColDetail, f.detail);
        item->setText(ColRemedy, f.remedy);
        item->setToolTip(ColRemedy, f.remedy);
        item->setData(ColName, Qt::UserRole, f.id);
        if (f.severity >= posture::Severity::High) {
            QFont bold = item->font(ColScore);
            bold.setBold(true);
            item->setFont(ColScore, bold);
        }
    }
}

QTreeWidget *makeTree(const QString &objectName, const QString &accessibleName, const QStringList &headers)
{
    auto *tree = new QTreeWidget;
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    tree->setColumnCount(ColCount);
    tree->setHeaderLabels(headers);
    tree->setWordWrap(true);
    tree->setUniformRowHeights(false);
    tree->header()->setSectionResizeMode(ColRemedy, QHeaderView::Stretch);
    return tree;
}
} // namespace

PostureView::PostureView(const QString &databasePath, const QString &settingsPath, security::Session *session,
                         QWidget *parent)
    : QWidget(parent)
    , m_settingsPath(settingsPath)
    , m_session(session)
    , m_worker(std::make_unique<storage::DatabaseWorker>(databasePath, QStringLiteral("posture")))
    , m_summary(new QLabel(this))
    , m_agent(makeTree(QStringLiteral("postureAgentFindings"), tr("Agent findings"),
                       {tr("Severity"), tr("Finding"), tr("Observed"), tr("Remedy")}))
    , m_devices(makeTree(QStringLiteral("postureDevices"), tr("Devices and their findings"),
                         {tr("Score / severity"), tr("Device / finding"), tr("Address / observed"), tr("Remedy")}))
    , m_probe(new QPushButton(tr("&Probe now"), this))
    , m_exportHtml(new QPushButton(tr("Export &HTML…"), this))
    , m_exportCsv(new QPushButton(tr("Export &CSV…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("postureSummary"));
    m_summary->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("postureStatus"));
    m_probe->setObjectName(QStringLiteral("postureProbeNow"));
    m_probe->setToolTip(tr("Probe every stored device politely: default SNMP communities, SNMP write access (a SET "
                           "of a value to itself), SNMPv3, and the TCP ports of clear-text services."));
    m_exportHtml->setObjectName(QStringLiteral("postureExportHtml"));
    m_exportCsv->setObjectName(QStringLiteral("postureExportCsv"));
    m_progress->setObjectName(QStringLiteral("postureProgress"));
    m_progress->setAccessibleName(tr("Probe progress"));
    m_progress->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_probe);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_exportHtml);
    buttons->addWidget(m_exportCsv);

    auto *agentBox = new QWidget(this);
    auto *agentLayout = new QVBoxLayout(agentBox);
    agentLayout->setContentsMargins(0, 0, 0, 0);
    auto *agentLabel = new QLabel(tr("&Agent settings"), agentBox);
    agentLabel->setBuddy(m_agent);
    agentLayout->addWidget(agentLabel);
    agentLayout->addWidget(m_agent);
    auto *deviceBox = new QWidget(this);
    auto *deviceLayout = new QVBoxLayout(deviceBox);
    deviceLayout->setContentsMargins(0, 0, 0, 0);
    auto *deviceLabel = new QLabel(tr("&Devices, worst first"), deviceBox);
    deviceLabel->setBuddy(m_devices);
    deviceLayout->addWidget(deviceLabel);
    deviceLayout->addWidget(m_devices);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("postureSplitter"));
    split->addWidget(agentBox);
    split->addWidget(deviceBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_probe, &QPushButton::clicked, this, &PostureView::probeNow);
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    if (m_session)
        connect(m_session, &security::Session::changed, this, &PostureView::updateEnabled);
    updateEnabled();
    refresh();
}

PostureView::~PostureView()
{
    stopProbe();
}

void PostureView::refresh()
{
    const QString ini = m_settingsPath;
    m_worker->run<posture::PostureReport>(
        [ini](storage::Database &db) { return posture::PostureReportBuilder::load(db, ini); }, this,
        [this](storage::Result<posture::PostureReport> r) {
            if (!r) {
                m_status->setText(tr("Could not read the posture report: %1").arg(r.error().message));
                emit refreshed();
                return;
            }
            m_report = *r;
            showReport();
            emit refreshed();
        });
}

void PostureView::showReport()
{
    m_agent->clear();
    addFindings(nullptr, m_agent, m_report.agentFindings);
    m_devices->clear();
    int probed = 0;
    int total = 0;
    for (const posture::DevicePosture &d : std::as_const(m_report.devices)) {
        auto *item = new QTreeWidgetItem(m_devices);
        item->setText(ColScore, QString::number(d.score));
        item->setData(ColScore, Qt::UserRole, double(d.deviceId));
        const QString model = QStringList{d.manufacturer, d.model}.join(u' ').trimmed();
        item->setText(ColName, d.name.isEmpty() ? model : tr("%1 (%2)").arg(d.name, model));
        item->setText(ColDetail, d.address);
        item->setText(ColRemedy,
                      d.probedAt.isValid()
                          ? tr("Probed %1; firmware %2")
                                .arg(QLocale().toString(d.probedAt.toLocalTime(), QLocale::ShortFormat),
                                     d.firmware.isEmpty() ? tr("unknown") : d.firmware)
                          : tr("Not probed yet; firmware %1").arg(d.firmware.isEmpty() ? tr("unknown") : d.firmware));
        addFindings(item, m_devices, d.findings);
        if (!d.findings.isEmpty() && d.score < 100)
            item->setExpanded(true);
        total += d.score;
        if (d.probedAt.isValid())
            ++probed;
    }
    for (int c = 0; c < ColRemedy; ++c)
        m_devices->resizeColumnToContents(c);
    const int devices = int(m_report.devices.size());
    m_summary->setText(devices == 0 ? tr("Agent score %1/100. No devices stored yet.").arg(m_report.agentScore)
                                    : tr("Agent score %1/100. %2 devices, average score %3/100, %4 probed.")
                                          .arg(m_report.agentScore)
                                          .arg(devices)
                                          .arg(total / devices)
                                          .arg(probed));
}

void PostureView::updateEnabled()
{
    m_probe->setEnabled(!m_thread && m_session && m_session->allows(security::Permission::ActionTroubleshoot));
}

void PostureView::probeNow()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("posture-probe"));
    // Without a session nobody is signed in: a viewer the core refuses (and audits).
    const security::Actor actor = m_session ? m_session->actor() : security::Actor{};
    m_job = new posture::PostureJob(m_worker->databasePath(), actor, m_options);
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &posture::PostureJob::run);
    // The job and its sockets are deleted on their own thread as it ends.
    connect(m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    connect(m_job, &posture::PostureJob::progress, this, [this](int done, int total) {
        m_progress->setMaximum(qMax(total, 1));
        m_progress->setValue(done);
        m_status->setText(tr("Probed %1 of %2 devices…").arg(done).arg(total));
    });
    connect(m_job, &posture::PostureJob::finished, this, [this](int probed, const QString &error) {
        stopProbe();
        m_status->setText(error.isEmpty() ? tr("Probe finished: %n device(s) probed.", nullptr, probed)
                                          : tr("Probe failed: %1").arg(error));
        refresh();
        emit probeFinished(error);
    });
    m_probe->setEnabled(false);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Probing…"));
    m_thread->start();
}

void PostureView::stopProbe()
{
    if (!m_thread)
        return;
    if (m_job)
        QMetaObject::invokeMethod(m_job, &posture::PostureJob::cancel, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_job = nullptr;
    delete m_thread;
    m_thread = nullptr;
    updateEnabled();
    m_progress->setVisible(false);
}

void PostureView::chooseAndExport(bool html)
{
    const QString path = html ? QFileDialog::getSaveFileName(this, tr("Export security report"),
                                                             QStringLiteral("posture.html"), tr("HTML pages (*.html)"))
                              : QFileDialog::getSaveFileName(this, tr("Export security report"),
                                                             QStringLiteral("posture.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (html)
        exportHtmlTo(path);
    else
        exportCsvTo(path);
}

void PostureView::exportHtmlTo(const QString &path)
{
    writeInBackground(path, posture::reportHtml(m_report));
}

void PostureView::exportCsvTo(const QString &path)
{
    writeInBackground(path, posture::reportCsv(m_report));
}

void PostureView::writeInBackground(const QString &path, const QByteArray &bytes)
{
    QPointer<PostureView> guard(this);
    QThreadPool::globalInstance()->start([guard, path, bytes] {
        const QString error = posture::writeReportFile(path, bytes);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, path, error] {
                if (!guard)
                    return;
                guard->m_status->setText(error.isEmpty() ? tr("Exported to %1.").arg(path) : error);
                emit guard->exported(path, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace fleet::ui
