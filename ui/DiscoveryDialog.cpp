#include "DiscoveryDialog.h"

#include "CredentialProfileModel.h"
#include "CredentialProfilesDialog.h"
#include "DiscoveryResultModel.h"
#include "discovery/CsvTargetImport.h"
#include "discovery/TargetListBuilder.h"
#include "security/Guard.h"
#include "security/Session.h"
#include "storage/DatabaseWorker.h"
#include "storage/SnapshotStore.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fleet::ui {

using discovery::Target;
using discovery::TargetError;
using discovery::TargetSpec;

namespace {
const QString kTargetsKey = QStringLiteral("discovery/targets");
constexpr int kMaxErrorsShown = 30;

QTableView *resultView(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                       QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

QString durationText(int seconds)
{
    if (seconds < 0)
        return DiscoveryDialog::tr("unknown");
    if (seconds < 60)
        return DiscoveryDialog::tr("%n s", nullptr, seconds);
    return DiscoveryDialog::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}
} // namespace

DiscoveryDialog::DiscoveryDialog(const ProfileRoot &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_worker(new storage::DatabaseWorker(profile.databasePath(), QStringLiteral("discovery"), this))
    , m_profiles(new models::CredentialProfileModel(this))
    , m_found(new models::DiscoveryResultModel(models::DiscoveryResultModel::Kind::Found, this))
    , m_skipped(new models::DiscoveryResultModel(models::DiscoveryResultModel::Kind::Skipped, this))
    , m_failed(new models::DiscoveryResultModel(models::DiscoveryResultModel::Kind::Failed, this))
{
    setWindowTitle(tr("Discover printers"));
    m_files.setMaxThreadCount(1);
    m_profiles->setCheckable(true);
    // The CLI's defaults: inventory depth for the first look at a device, and a polite start rate.
    m_options.depth = collect::PollDepth::Inventory;
    m_options.startsPerSecond = 200;

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(buildInputs());
    splitter->addWidget(buildResults());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DiscoveryDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    resize(1000, 760);

    connect(&m_job, &discovery::DiscoveryJob::progress, this, &DiscoveryDialog::onProgress);
    connect(&m_job, &discovery::DiscoveryJob::finished, this, &DiscoveryDialog::onFinished);
    connect(m_profiles, &models::CredentialProfileModel::checkedChanged, this, &DiscoveryDialog::updateState);
    updateState();
    updateTabTitles();
    loadProfiles();
    loadSettings();
}

DiscoveryDialog::~DiscoveryDialog()
{
    // A sweep still running ends without storing and without reporting to a half-destroyed dialog.
    disconnect(&m_job, nullptr, this, nullptr);
    m_job.cancel();
    // Both end their running work while this dialog is still whole.
    m_files.waitForDone();
    delete m_worker;
}

QWidget *DiscoveryDialog::buildInputs()
{
    auto *box = new QWidget(this);
    m_targets = new QPlainTextEdit(box);
    m_targets->setObjectName(QStringLiteral("targetsEdit"));
    m_targets->setAccessibleName(tr("Targets"));
    m_targets->setTabChangesFocus(true);
    m_targets->setPlaceholderText(tr("One per line or separated by commas, for example:\n"
                                     "10.0.0.0/24\n10.0.1.10-50, printer1.example.com, 10.0.2.5:1161\n"
                                     "!10.0.0.1    (a leading “!” excludes)"));
    m_importCsv = new QPushButton(tr("&Import CSV…"), box);
    m_importCsv->setObjectName(QStringLiteral("importCsvButton"));
    m_clearCsv = new QPushButton(tr("Forget CSV"), box);
    m_clearCsv->setObjectName(QStringLiteral("clearCsvButton"));
    m_csvLabel = new QLabel(tr("No CSV file imported."), box);
    m_csvLabel->setObjectName(QStringLiteral("csvLabel"));
    m_csvLabel->setTextFormat(Qt::PlainText);
    connect(m_importCsv, &QPushButton::clicked, this, &DiscoveryDialog::importCsv);
    connect(m_clearCsv, &QPushButton::clicked, this, &DiscoveryDialog::clearCsv);

    m_profileList = new QListView(box);
    m_profileList->setObjectName(QStringLiteral("profilesList"));
    m_profileList->setAccessibleName(tr("Credential profiles to try, in order"));
    m_profileList->setModel(m_profiles);
    m_manageProfiles = new QPushButton(tr("&Profiles…"), box);
    m_manageProfiles->setObjectName(QStringLiteral("manageProfilesButton"));
    connect(m_manageProfiles, &QPushButton::clicked, this, &DiscoveryDialog::manageProfiles);

    m_errors = new QLabel(box);
    m_errors->setObjectName(QStringLiteral("targetErrorsLabel"));
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errors->hide();

    m_start = new QPushButton(tr("&Start"), box);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_cancel = new QPushButton(tr("S&top"), box);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    connect(m_start, &QPushButton::clicked, this, &DiscoveryDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &DiscoveryDialog::cancel);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Discovery progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressLabel = new QLabel(box);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setTextFormat(Qt::PlainText);

    auto *csvRow = new QHBoxLayout;
    csvRow->addWidget(m_importCsv);
    csvRow->addWidget(m_clearCsv);
    csvRow->addWidget(m_csvLabel, 1);
    auto *left = new QVBoxLayout;
    auto *targetsLabel = new QLabel(tr("&Targets:"), box);
    targetsLabel->setBuddy(m_targets);
    left->addWidget(targetsLabel);
    left->addWidget(m_targets, 1);
    left->addLayout(csvRow);
    auto *right = new QVBoxLayout;
    auto *profilesLabel = new QLabel(tr("Credential profiles to &try:"), box);
    profilesLabel->setBuddy(m_profileList);
    right->addWidget(profilesLabel);
    right->addWidget(m_profileList, 1);
    right->addWidget(m_manageProfiles);
    auto *inputs = new QHBoxLayout;
    inputs->addLayout(left, 3);
    inputs->addLayout(right, 1);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_start);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(inputs, 1);
    layout->addWidget(m_errors);
    layout->addLayout(runRow);
    layout->addWidget(m_progressLabel);
    return box;
}

QWidget *DiscoveryDialog::buildResults()
{
    auto *box = new QWidget(this);
    m_tabs = new QTabWidget(box);
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->addTab(resultView(m_found, QStringLiteral("foundView"), tr("Printers found"), m_tabs), QString());
    m_tabs->addTab(
        resultView(m_skipped, QStringLiteral("skippedView"), tr("SNMP devices that are not printers"), m_tabs),
        QString());
    m_tabs->addTab(resultView(m_failed, QStringLiteral("failedView"), tr("Targets without a usable answer"), m_tabs),
                   QString());
    m_summary = new QLabel(box);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);
    return box;
}

DiscoveryDialog::ParsedText DiscoveryDialog::parseTargetText(const QString &text, qsizetype limit)
{
    struct Line
    {
        int number = 0;
        QStringList specs;
    };
    ParsedText parsed;
    QList<TargetError> exclusionErrors;
    QList<Line> lines;
    const QStringList rows = text.split(u'\n');
    for (int i = 0; i < rows.size(); ++i) {
        QString row = rows.at(i);
        if (const qsizetype hash = row.indexOf(u'#'); hash >= 0)
            row.truncate(hash);
        Line line{i + 1, {}};
        bool excludeNext = false; // a lone "!" excludes the spec after it
        for (const QString &token : TargetSpec::tokens(row)) {
            if (!excludeNext && !token.startsWith(u'!')) {
                line.specs << token;
                continue;
            }
            const QString spec = excludeNext ? token : token.mid(1);
            excludeNext = spec.isEmpty();
            if (excludeNext)
                continue;
            const discovery::AddressSpec address = TargetSpec::parse(spec);
            if (address.isValid())
                parsed.exclusions << spec;
            else
                exclusionErrors.append(
                    {tr("targets"), i + 1, token, tr("exclusion “%1”: %2").arg(spec, address.error)});
        }
        if (excludeNext)
            exclusionErrors.append(
                {tr("targets"), i + 1, QStringLiteral("!"), tr("“!” must be followed by the address to exclude")});
        if (!line.specs.isEmpty())
            lines << line;
    }
    // Exclusions apply to every line, also to those above them.
    discovery::TargetListBuilder builder(parsed.exclusions, limit);
    for (const Line &line : std::as_const(lines))
        for (const QString &spec : line.specs)
            builder.add(spec, discovery::SpecSource{tr("targets"), line.number, {}});
    parsed.result = builder.result();
    parsed.result.errors = exclusionErrors + parsed.result.errors;
    std::stable_sort(parsed.result.errors.begin(), parsed.result.errors.end(),
                     [](const TargetError &a, const TargetError &b) { return a.line < b.line; });
    return parsed;
}

void DiscoveryDialog::showErrors(const QStringList &errors)
{
    QStringList shown = errors.mid(0, kMaxErrorsShown);
    if (errors.size() > kMaxErrorsShown)
        shown << tr("… and %n more.", nullptr, int(errors.size() - kMaxErrorsShown));
    m_errors->setText(shown.join(u'\n'));
    m_errors->setVisible(!errors.isEmpty());
}

bool DiscoveryDialog::start()
{
    if (isRunning() || m_storing)
        return false;
    const ParsedText parsed = parseTargetText(m_targets->toPlainText());
    QStringList errors;
    for (const TargetError &e : parsed.result.errors)
        errors << tr("Line %1: %2").arg(e.line).arg(e.message);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return false;
    }
    QList<Target> targets = parsed.result.targets;
    if (!m_csvTargets.isEmpty()) {
        // One list for both, so the typed exclusions also apply to the file and duplicates go.
        discovery::TargetListBuilder builder(parsed.exclusions);
        for (const QList<Target> *list :
             std::initializer_list<const QList<Target> *>{&parsed.result.targets, &m_csvTargets})
            for (const Target &t : *list)
                builder.add(t.toString(), discovery::SpecSource{t.origin, 0, {}}, t);
        const discovery::TargetParseResult merged = builder.result();
        for (const TargetError &e : merged.errors)
            errors << e.toString();
        if (!errors.isEmpty()) {
            showErrors(errors);
            return false;
        }
        targets = merged.targets;
    }
    if (targets.isEmpty()) {
        showErrors({tr("No targets: type addresses, ranges or names, or import a CSV file.")});
        return false;
    }
    const QList<snmp::Credential> credentials = m_profiles->checkedProfiles();
    if (credentials.isEmpty()) {
        showErrors({m_profiles->rowCount() == 0 ? tr("No credential profiles are stored: add one with Profiles…")
                                                : tr("Choose at least one credential profile to try.")});
        return false;
    }
    // The sweep is network traffic on the person's behalf: checked, and audited on the worker.
    if (const auto denied = security::authorizeLater(
            m_profile.databasePath(), security::Permission::Discover,
            {m_session ? m_session->actor() : security::Actor{}, QStringLiteral("discovery.now"), std::nullopt,
             QJsonObject{{QStringLiteral("targets"), double(targets.size())}}})) {
        showErrors({denied.message});
        return false;
    }
    showErrors(m_csvErrors); // still worth seeing: those rows are not part of the sweep

    m_found->clear();
    m_skipped->clear();
    m_failed->clear();
    updateTabTitles();
    m_summary->clear();
    m_runTargets.clear();
    for (const QString &line : m_targets->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            m_runTargets << line.trimmed();
    m_usedCsv = !m_csvTargets.isEmpty();
    if (m_usedCsv)
        m_runTargets << m_csvName;
    saveSettings();

    m_storeWhenFinished = true;
    m_progress->setRange(0, int(targets.size()));
    m_progress->setValue(0);
    m_progressLabel->setText(tr("Starting %n target(s)…", nullptr, int(targets.size())));
    m_clock.start();
    m_job.start(targets, credentials, m_profiles->profiles(), m_options);
    updateState();
    return true;
}

void DiscoveryDialog::cancel()
{
    if (isRunning())
        m_job.cancel(); // finished() arrives at once, with what was found so far
}

void DiscoveryDialog::reject()
{
    // Closing drops a sweep in progress without storing it; Stop keeps what was found.
    m_storeWhenFinished = false;
    m_job.cancel();
    QDialog::reject();
}

void DiscoveryDialog::syncResults(const discovery::DiscoveryResult &result)
{
    const auto appendNew = [](models::DiscoveryResultModel *model, const QList<DeviceSnapshot> &all) {
        if (all.size() > model->rowCount())
            model->append(all.mid(model->rowCount()));
    };
    appendNew(m_found, result.printers);
    appendNew(m_skipped, result.skipped);
    appendNew(m_failed, result.failed);
    updateTabTitles();
}

void DiscoveryDialog::onProgress(const discovery::DiscoveryProgress &p)
{
    syncResults(m_job.result());
    m_progress->setMaximum(std::max(1, p.total));
    m_progress->setValue(p.done);
    const double seconds = double(std::max<qint64>(1, m_clock.elapsed())) / 1000.0;
    m_progressLabel->setText(tr("%1 of %2 targets done, %3 printers found, %4 per second, %5 left")
                                 .arg(p.done)
                                 .arg(p.total)
                                 .arg(p.found)
                                 .arg(double(p.done) / seconds, 0, 'f', 1)
                                 .arg(durationText(p.etaSeconds)));
}

void DiscoveryDialog::onFinished(const discovery::DiscoveryResult &result)
{
    syncResults(result);
    const int done = int(result.printers.size() + result.skipped.size() + result.failed.size());
    m_progressLabel->setText(
        result.cancelled
            ? tr("Stopped after %1 of %2 targets.").arg(done).arg(m_progress->maximum())
            : tr("%n target(s) done in %1.", nullptr, done).arg(durationText(int(m_clock.elapsed() / 1000))));
    if (!result.cancelled)
        m_progress->setValue(m_progress->maximum());
    if (!m_job.refused().isEmpty())
        showErrors(m_csvErrors + m_job.refused());
    Q_EMIT discoveryFinished(result);
    if (m_storeWhenFinished)
        store(result);
    updateState();
}

void DiscoveryDialog::store(const discovery::DiscoveryResult &result)
{
    storage::DiscoveryRunRecord run;
    run.startedAt = result.startedAt;
    run.finishedAt = result.finishedAt.isValid() ? result.finishedAt : QDateTime::currentDateTimeUtc();
    run.targets = m_runTargets;
    run.found = int(result.printers.size());
    run.skipped = int(result.skipped.size());
    run.failed = int(result.failed.size());
    run.summary =
        tr("%1 printers, %2 other SNMP devices, %3 without answer").arg(run.found).arg(run.skipped).arg(run.failed);
    if (result.cancelled)
        run.summary += tr(" (stopped early)");
    storage::StoreContext context;
    context.discoveryMethod = m_usedCsv && m_runTargets.size() == 1 ? QStringLiteral("csv") : QStringLiteral("scan");
    context.discoveryRun = run;

    m_storing = true;
    m_summary->setText(tr("Storing %n printer(s)…", nullptr, run.found));
    m_worker->run<storage::BatchResult>(
        [printers = result.printers, context](storage::Database &db) {
            return storage::SnapshotStore(db).storeBatch(printers, context);
        },
        this,
        [this](storage::Result<storage::BatchResult> r) {
            m_storing = false;
            if (!r) {
                m_summary->setText(tr("The printers found could not be stored: %1").arg(r.error().message));
                Q_EMIT storeFailed(r.error().message);
            } else {
                onStored(*r);
            }
            updateState();
        });
}

void DiscoveryDialog::onStored(const storage::BatchResult &result)
{
    m_found->setOutcomes(result.outcomes);
    int added = 0;
    for (const storage::DeviceOutcome &o : result.outcomes)
        added += o.kind == storage::DeviceOutcome::Kind::Added ? 1 : 0;
    m_summary->setText(tr("Discovered %n printer(s)", nullptr, m_found->rowCount()) +
                       tr(" (%1 new), %2 other SNMP devices, %3 without answer.")
                           .arg(added)
                           .arg(m_skipped->rowCount())
                           .arg(m_failed->rowCount()));
    Q_EMIT devicesStored(result.stored);
}

void DiscoveryDialog::updateTabTitles()
{
    m_tabs->setTabText(0, tr("&Printers (%1)").arg(m_found->rowCount()));
    m_tabs->setTabText(1, tr("&Not printers (%1)").arg(m_skipped->rowCount()));
    m_tabs->setTabText(2, tr("No &answer (%1)").arg(m_failed->rowCount()));
}

void DiscoveryDialog::updateState()
{
    const bool running = isRunning();
    const bool busy = running || m_storing;
    m_start->setEnabled(!busy && m_profilesLoaded && !m_profiles->checkedProfiles().isEmpty());
    m_cancel->setEnabled(running);
    m_targets->setReadOnly(busy);
    m_importCsv->setEnabled(!busy);
    m_clearCsv->setEnabled(!busy && !m_csvName.isEmpty());
    m_manageProfiles->setEnabled(!busy);
    m_profileList->setEnabled(!busy);
}

void DiscoveryDialog::loadProfiles()
{
    CredentialProfilesDialog::loadProfiles(
        *m_worker, m_profile.secretsPath(), this, [this](storage::Result<QList<snmp::Credential>> r) {
            if (!r) {
                showErrors({tr("The credential profiles could not be read: %1").arg(r.error().message)});
                return;
            }
            // On a reload keep the user's choice; profiles new to the list start checked.
            const QStringList known = m_profiles->names();
            const QStringList checked = m_profiles->checkedNames();
            m_profiles->setProfiles(*r);
            if (m_profilesLoaded) {
                QStringList keep;
                for (const QString &name : m_profiles->names())
                    if (!known.contains(name) || checked.contains(name))
                        keep << name;
                m_profiles->setCheckedNames(keep);
            }
            m_profilesLoaded = true;
            updateState();
            Q_EMIT profilesLoaded(int(r->size()));
        });
}

void DiscoveryDialog::manageProfiles()
{
    auto *dialog = new CredentialProfilesDialog(m_profile, this);
    dialog->setSession(m_session);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CredentialProfilesDialog::saved, this, &DiscoveryDialog::loadProfiles);
    dialog->open();
}

void DiscoveryDialog::loadSettings()
{
    const QString path = m_profile.settingsPath();
    m_files.start([this, path] {
        const QString targets = QSettings(path, QSettings::IniFormat).value(kTargetsKey).toString();
        QMetaObject::invokeMethod(
            this,
            [this, targets] {
                // What the user already typed wins over what was remembered.
                if (m_targets->toPlainText().isEmpty())
                    m_targets->setPlainText(targets);
                Q_EMIT settingsLoaded();
            },
            Qt::QueuedConnection);
    });
}

void DiscoveryDialog::saveSettings()
{
    const QString path = m_profile.settingsPath();
    const QString targets = m_targets->toPlainText();
    m_files.start([path, targets] {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(kTargetsKey, targets);
        settings.sync();
    });
}

void DiscoveryDialog::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import targets"), QString(),
                                                      tr("Target lists (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importCsvFile(path);
}

void DiscoveryDialog::importCsvFile(const QString &path)
{
    m_importCsv->setEnabled(false);
    m_csvLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_files.start([this, path] {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        QString error;
        discovery::TargetParseResult parsed;
        if (!file.open(QIODevice::ReadOnly))
            error = tr("Cannot read %1: %2").arg(path, file.errorString());
        else if (file.size() > discovery::CsvTargetImport::kMaxFileSize)
            error = tr("%1 is larger than %2 MiB: not a target list.")
                        .arg(name)
                        .arg(discovery::CsvTargetImport::kMaxFileSize / (1024 * 1024));
        else
            parsed = discovery::CsvTargetImport::parse(file, name);
        QMetaObject::invokeMethod(
            this,
            [this, name, error, parsed] {
                m_csvErrors.clear();
                if (!error.isEmpty()) {
                    m_csvErrors << error;
                } else {
                    for (const TargetError &e : parsed.errors)
                        m_csvErrors << e.toString();
                }
                m_csvTargets = parsed.targets;
                m_csvName = error.isEmpty() ? name : QString();
                m_csvLabel->setText(error.isEmpty()
                                        ? tr("%n target(s) from %1", nullptr, int(parsed.targets.size())).arg(name)
                                        : tr("No CSV file imported."));
                showErrors(m_csvErrors);
                updateState();
                Q_EMIT csvImported(int(m_csvTargets.size()), int(m_csvErrors.size()));
            },
            Qt::QueuedConnection);
    });
}

void DiscoveryDialog::clearCsv()
{
    m_csvName.clear();
    m_csvTargets.clear();
    m_csvErrors.clear();
    m_csvLabel->setText(tr("No CSV file imported."));
    showErrors({});
    updateState();
}

} // namespace fleet::ui
