#pragma once
// The "Security" tab (R10, docs/posture.md): the agent's own findings and, per device, the score
// and findings with their remedies, worst first. "Probe now" runs the polite probe of every stored
// device on a worker thread (PostureJob, own database connection) with progress; the report is
// read through a DatabaseWorker and exported as HTML or CSV off the GUI thread.

#include "posture/DeviceProbe.h"
#include "posture/PostureTypes.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeWidget;

namespace fleet::security {
class Session;
}
namespace fleet::storage {
class DatabaseWorker;
}
namespace fleet::posture {
class PostureJob;
}

namespace fleet::ui {

class PostureView final : public QWidget
{
    Q_OBJECT
public:
    // The probe runs as the session's user (the core checks the permission and audits the run);
    // "Probe now" is disabled when the session does not allow it.
    PostureView(const QString &databasePath, const QString &settingsPath, security::Session *session,
                QWidget *parent = nullptr);
    ~PostureView() override;
    Q_DISABLE_COPY_MOVE(PostureView)

    // Tests point the probe at loopback ports and shorten its timeouts.
    void setProbeOptions(const posture::ProbeOptions &options) { m_options = options; }
    const posture::PostureReport &report() const { return m_report; }
    QTreeWidget *deviceTree() const { return m_devices; }
    QTreeWidget *agentTree() const { return m_agent; }
    bool isProbing() const { return m_thread != nullptr; }

public Q_SLOTS:
    void refresh();
    void probeNow();
    // Write the current report to path (off the GUI thread); exported() tells the outcome.
    void exportHtmlTo(const QString &path);
    void exportCsvTo(const QString &path);

Q_SIGNALS:
    void refreshed();
    void probeFinished(const QString &error);
    void exported(const QString &path, const QString &error);

private:
    void showReport();
    void chooseAndExport(bool html);
    void writeInBackground(const QString &path, const QByteArray &bytes);
    void stopProbe();
    void updateEnabled();

    QString m_settingsPath;
    security::Session *m_session;
    std::unique_ptr<storage::DatabaseWorker> m_worker;
    posture::ProbeOptions m_options;
    posture::PostureReport m_report;
    QLabel *m_summary;
    QTreeWidget *m_agent;
    QTreeWidget *m_devices;
    QPushButton *m_probe;
    QPushButton *m_exportHtml;
    QPushButton *m_exportCsv;
    QProgressBar *m_progress;
    QLabel *m_status;
    QThread *m_thread = nullptr;
    posture::PostureJob *m_job = nullptr;
};

} // namespace fleet::ui
