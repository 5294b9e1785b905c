#include "FirmwareDialog.h"

#include "actions/FirmwareAction.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

namespace fleet::ui {

namespace {
constexpr qint64 kHeaderBytes = 4096; // what FirmwareAction reads for its model check
constexpr int kDebounceMs = 300;
} // namespace

FirmwareDialog::FirmwareDialog(const actions::DeviceTarget &device, const QString &firmware, QWidget *parent)
    : QDialog(parent)
    , m_device(device)
    , m_poll(new actions::PollOnce(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_fileInfo(new QLabel(this))
    , m_warningsLabel(new QLabel(this))
    , m_idleLabel(new QLabel(this))
    , m_recheck(new QPushButton(tr("Check &again"), this))
    , m_understand(new QCheckBox(this))
    , m_start(new QPushButton(tr("&Start upgrade"), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("firmwareDialog"));
    setWindowTitle(tr("Firmware upgrade — %1").arg(device.label()));

    auto *deviceLabel = new QLabel(this);
    deviceLabel->setObjectName(QStringLiteral("firmwareDevice"));
    deviceLabel->setTextFormat(Qt::PlainText);
    deviceLabel->setWordWrap(true);
    deviceLabel->setText(tr("%1 · model %2 · firmware now %3")
                             .arg(device.label(), device.model.isEmpty() ? tr("unknown") : device.model,
                                  firmware.isEmpty() ? tr("unknown") : firmware));

    m_path->setObjectName(QStringLiteral("firmwareFile"));
    m_path->setAccessibleName(tr("Firmware file"));
    m_path->setPlaceholderText(tr("The firmware file the vendor supplies for this model"));
    m_browse->setObjectName(QStringLiteral("browseFirmware"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);

    m_fileInfo->setObjectName(QStringLiteral("firmwareFileInfo"));
    m_fileInfo->setTextFormat(Qt::PlainText);
    m_fileInfo->setWordWrap(true);
    m_warningsLabel->setObjectName(QStringLiteral("firmwareWarnings"));
    m_warningsLabel->setTextFormat(Qt::PlainText);
    m_warningsLabel->setWordWrap(true);
    QFont bold = m_warningsLabel->font();
    bold.setBold(true);
    m_warningsLabel->setFont(bold);
    m_warningsLabel->hide();

    m_idleLabel->setObjectName(QStringLiteral("firmwareIdleState"));
    m_idleLabel->setTextFormat(Qt::PlainText);
    m_idleLabel->setWordWrap(true);
    m_recheck->setObjectName(QStringLiteral("recheckIdle"));
    auto *idleRow = new QHBoxLayout;
    idleRow->addWidget(m_idleLabel, 1);
    idleRow->addWidget(m_recheck);

    m_understand->setObjectName(QStringLiteral("firmwareUnderstand"));
    m_understand->setText(tr("I &understand the risk and want to upgrade the device now."));
    auto *risk = new QLabel(tr("The device is unavailable during the upgrade. A wrong or interrupted file can leave "
                               "it unusable until it is repaired."),
                            this);
    risk->setObjectName(QStringLiteral("firmwareRisk"));
    risk->setWordWrap(true);
    risk->setTextFormat(Qt::PlainText);
    m_start->setObjectName(QStringLiteral("startFirmware"));
    m_start->setEnabled(false);
    m_start->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Device:"), deviceLabel);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path); // the row is a layout: the mnemonic needs the buddy set by hand
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_fileInfo);
    form->addRow(QString(), m_warningsLabel);
    form->addRow(tr("State:"), idleRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelFirmware"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_start->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(risk);
    layout->addWidget(m_understand);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FirmwareDialog::checkFile);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        ++m_fileRequest; // an answer for the previous text is stale now
        m_fileOk = false;
        m_warnings.clear();
        m_fileInfo->setText(m_path->text().trimmed().isEmpty() ? tr("Choose a file.") : tr("Reading the file…"));
        m_warningsLabel->hide();
        updateStart();
        m_debounce->start();
    });
    connect(m_browse, &QPushButton::clicked, this, &FirmwareDialog::browse);
    connect(m_understand, &QCheckBox::toggled, this, &FirmwareDialog::updateStart);
    connect(m_recheck, &QPushButton::clicked, this, &FirmwareDialog::checkIdle);
    connect(m_poll, &actions::PollOnce::done, this,
            [this](const DeviceSnapshot &snapshot, const QString &) { onPolled(snapshot); });
    m_fileInfo->setText(tr("Choose a file."));
    checkIdle();
}

FirmwareDialog::~FirmwareDialog()
{
    m_poll->disconnect(this);
    m_poll->cancel();
}

QString FirmwareDialog::filePath() const
{
    return m_path->text().trimmed();
}

void FirmwareDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

void FirmwareDialog::browse()
{
    const QString start = filePath().isEmpty() ? QString() : QFileInfo(filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Firmware file"), start, tr("Firmware files (*.bin *.djf *.rfu *.prn *.fw);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

// The same checks FirmwareAction makes before it sends anything, run on a pool thread: a network
// share can take seconds to open a file.
void FirmwareDialog::checkFile()
{
    const QString path = filePath();
    const quint64 request = m_fileRequest;
    if (path.isEmpty())
        return;
    QPointer<FirmwareDialog> self(this);
    const QString model = m_device.model;
    QThreadPool::globalInstance()->start([self, request, path, model] {
        QFile file(path);
        qint64 size = -1;
        QString error;
        QStringList warnings;
        if (!file.open(QIODevice::ReadOnly)) {
            error = tr("The file cannot be read: %1").arg(file.errorString());
        } else {
            size = file.size();
            if (size <= 0)
                error = tr("The file is empty.");
            else
                warnings = actions::FirmwareAction::modelHints(model, path, file.read(kHeaderBytes));
        }
        QMetaObject::invokeMethod(qApp, [self, request, path, size, error, warnings] {
            if (self)
                self->onFileChecked(request, path, size, error, warnings);
        });
    });
}

void FirmwareDialog::onFileChecked(quint64 request, const QString &path, qint64 size, const QString &error,
                                   const QStringList &warnings)
{
    if (request != m_fileRequest)
        return;
    m_fileOk = error.isEmpty();
    m_warnings = warnings;
    m_fileInfo->setText(m_fileOk ? tr("%1, %2").arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(size))
                                 : error);
    m_warningsLabel->setText(warnings.join(u'\n'));
    m_warningsLabel->setVisible(!warnings.isEmpty());
    updateStart();
    Q_EMIT fileChecked(path, m_fileOk);
}

void FirmwareDialog::checkIdle()
{
    m_idle = IdleState::Checking;
    m_idleLabel->setText(tr("Checking whether the device is idle…"));
    m_recheck->setEnabled(false);            // one poll at a time: its answer is the state shown
    m_poll->start(m_device, nullptr, false); // abandons a check still running: only this one reports
}

void FirmwareDialog::onPolled(const DeviceSnapshot &snapshot)
{
    m_recheck->setEnabled(true);
    if (!snapshot.reachable) {
        m_idle = IdleState::Silent;
        m_idleLabel->setText(
            tr("The device does not answer (%1); the upgrade would be refused.").arg(snapshot.error.message));
    } else if (snapshot.status.printerStatus == u"idle") {
        m_idle = IdleState::Idle;
        m_idleLabel->setText(tr("Idle."));
    } else {
        m_idle = IdleState::Busy;
        m_idleLabel->setText(
            tr("Not idle (printer status: %1); the upgrade is refused until it is idle.")
                .arg(snapshot.status.printerStatus.isEmpty() ? tr("unknown") : snapshot.status.printerStatus));
    }
    Q_EMIT idleChecked(m_idle);
}

// The device's state is shown but does not gate Start: it may change by the time Start is pressed,
// and the core checks it again then.
void FirmwareDialog::updateStart()
{
    m_start->setEnabled(m_fileOk && m_understand->isChecked());
}

} // namespace fleet::ui
