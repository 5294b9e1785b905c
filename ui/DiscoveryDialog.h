#pragma once
// Finds printers: targets typed (addresses, names, CIDR, ranges, HOST:PORT, "!" exclusions) or
// imported from CSV, the stored credential profiles to try, then a sweep with progress, rate and ETA
// that can be stopped. Results land in three tabs (printers, other SNMP devices, no answer with the
// reason); the printers are stored in the profile's database on a worker thread, and
// devicesStored() tells the main window to refresh. The last targets are remembered in the
// profile's settings file.

#include "discovery/DiscoveryJob.h"
#include "discovery/TargetSpec.h"
#include "util/ProfileRoot.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QThreadPool>

class QDialogButtonBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace fleet::storage {
class DatabaseWorker;
struct BatchResult;
} // namespace fleet::storage
namespace fleet::models {
class CredentialProfileModel;
class DiscoveryResultModel;
} // namespace fleet::models

namespace fleet::security {
class Session;
}

namespace fleet::ui {

class DiscoveryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DiscoveryDialog(const ProfileRoot &profile, QWidget *parent = nullptr);
    ~DiscoveryDialog() override;
    Q_DISABLE_COPY_MOVE(DiscoveryDialog)
    // Who acts: the session's user (the core checks discover and audits). Without a session
    // nobody may.
    void setSession(security::Session *session) { m_session = session; }

    // The targets box: one spec per line or several separated by commas or spaces; "# ..." is a
    // comment; a spec written "!spec" is excluded from everything else (CSV rows included). Errors
    // carry their 1-based line number.
    struct ParsedText
    {
        discovery::TargetParseResult result;
        QStringList exclusions;
    };
    static ParsedText parseTargetText(const QString &text, qsizetype limit = discovery::kDefaultTargetLimit);

    models::CredentialProfileModel *profileModel() const { return m_profiles; }
    models::DiscoveryResultModel *foundModel() const { return m_found; }
    models::DiscoveryResultModel *skippedModel() const { return m_skipped; }
    models::DiscoveryResultModel *failedModel() const { return m_failed; }
    bool isRunning() const { return m_job.isRunning(); }
    bool isStoring() const { return m_storing; }
    // Overrides the sweep's politeness (tests, or an administrator's setting later).
    void setPollOptions(const collect::PollOptions &options) { m_options = options; }

Q_SIGNALS:
    void profilesLoaded(int profiles);
    void settingsLoaded();
    void csvImported(int targets, int errors);
    void discoveryFinished(const fleet::discovery::DiscoveryResult &result);
    // After a sweep's printers were stored (count may be 0: the run itself was recorded).
    void devicesStored(int count);
    void storeFailed(const QString &message);

public Q_SLOTS:
    // False, with the reasons shown, when the targets or the profile choice are unusable.
    bool start();
    // Stops the sweep; what was found so far is shown and stored.
    void cancel();
    void importCsv(); // asks for a file
    void importCsvFile(const QString &path);
    void clearCsv();
    void manageProfiles();
    void reject() override;

private:
    QWidget *buildInputs();
    QWidget *buildResults();
    void loadProfiles();
    void loadSettings();
    void saveSettings();
    void showErrors(const QStringList &errors);
    void onProgress(const discovery::DiscoveryProgress &progress);
    void onFinished(const discovery::DiscoveryResult &result);
    void syncResults(const discovery::DiscoveryResult &result);
    void store(const discovery::DiscoveryResult &result);
    void onStored(const storage::BatchResult &result);
    void updateState();
    void updateTabTitles();

    ProfileRoot m_profile;
    security::Session *m_session = nullptr;
    storage::DatabaseWorker *m_worker;
    QThreadPool m_files; // settings and CSV reads, one at a time, never on the GUI thread
    discovery::DiscoveryJob m_job;
    collect::PollOptions m_options;
    QElapsedTimer m_clock;
    QStringList m_runTargets; // what the running sweep was asked, for the run record
    bool m_usedCsv = false;
    bool m_storeWhenFinished = true;
    bool m_storing = false;
    bool m_profilesLoaded = false;

    QString m_csvName;
    QList<discovery::Target> m_csvTargets;
    QStringList m_csvErrors;

    models::CredentialProfileModel *m_profiles;
    models::DiscoveryResultModel *m_found;
    models::DiscoveryResultModel *m_skipped;
    models::DiscoveryResultModel *m_failed;

    QPlainTextEdit *m_targets = nullptr;
    QPushButton *m_importCsv = nullptr;
    QPushButton *m_clearCsv = nullptr;
    QLabel *m_csvLabel = nullptr;
    QListView *m_profileList = nullptr;
    QPushButton *m_manageProfiles = nullptr;
    QLabel *m_errors = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace fleet::ui
