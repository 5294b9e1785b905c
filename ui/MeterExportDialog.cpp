#include "MeterExportDialog.h"

#include "security/Session.h"
#include "storage/DatabaseWorker.h"
#include "storage/MeterReport.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace fleet::ui {

namespace {
struct ExportOutcome
{
    int rows = 0;
    QString path;
};
} // namespace

MeterExportDialog::MeterExportDialog(storage::DatabaseWorker *worker, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_file(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export meter reads"));
    setObjectName(QStringLiteral("meterExportDialog"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_file->setObjectName(QStringLiteral("fileName"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_file->setAccessibleName(tr("File"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    // Default: the previous calendar month, the usual billing period.
    const QDate firstOfMonth = QDate::currentDate().addDays(1 - QDate::currentDate().day());
    setPeriod(firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1));

    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("chooseFile"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To (included):"), m_to);
    form->addRow(tr("&File:"), fileRow);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every device and meter with readings in the period: the reading before it, the "
                                "first and last inside it, and the usage. Readings flagged as a counter reset are "
                                "counted as resets, never as usage."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &MeterExportDialog::chooseFile);
    connect(m_from, &QDateEdit::dateChanged, this, &MeterExportDialog::validate);
    connect(m_to, &QDateEdit::dateChanged, this, &MeterExportDialog::validate);
    connect(m_file, &QLineEdit::textChanged, this, &MeterExportDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MeterExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void MeterExportDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void MeterExportDialog::setFileName(const QString &path)
{
    m_file->setText(path);
}

QString MeterExportDialog::fileName() const
{
    return m_file->text().trimmed();
}

void MeterExportDialog::chooseFile()
{
    const QString suggested =
        fileName().isEmpty()
            ? tr("meter-reads-%1-%2.csv").arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate))
            : fileName();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export meter reads"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void MeterExportDialog::validate()
{
    QString problem;
    if (m_to->date() < m_from->date())
        problem = tr("The last day is before the first day.");
    else if (fileName().isEmpty())
        problem = tr("Choose a file to write.");
    m_message->setText(problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void MeterExportDialog::startExport()
{
    // Whole local days: [from 00:00, day after to 00:00).
    const QDateTime from = m_from->date().startOfDay().toUTC();
    const QDateTime to = m_to->date().addDays(1).startOfDay().toUTC();
    const QString path = fileName();
    m_buttons->setEnabled(false);
    m_message->setText(tr("Exporting…"));
    const security::Actor actor = m_session ? m_session->actor() : security::Actor{};
    m_worker->run<ExportOutcome>(
        [from, to, path, actor](storage::Database &db) -> storage::Result<ExportOutcome> {
            auto usage = storage::exportMeterUsage(db, actor, from, to);
            if (!usage)
                return storage::StorageError{storage::StorageErrorCode::InvalidArgument, usage.error().message};
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(storage::meterUsageCsv(*usage)) < 0 || !file.commit())
                return storage::StorageError{storage::StorageErrorCode::Io,
                                             tr("Cannot write %1: %2").arg(path, file.errorString())};
            return ExportOutcome{int(usage->size()), path};
        },
        this,
        [this](storage::Result<ExportOutcome> result) {
            m_buttons->setEnabled(true);
            if (!result) {
                m_message->setText(result.error().message);
                Q_EMIT failed(result.error().message);
                return;
            }
            Q_EMIT exported(result->path, result->rows);
            accept();
        });
}

} // namespace fleet::ui
