#pragma once
// Exports the meter reads of a period to CSV: the report a billing clerk sends on. The period is
// whole local days; the query and the file write run on the database worker, never the GUI thread.

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fleet::storage {
class DatabaseWorker;
}

namespace fleet::security {
class Session;
}

namespace fleet::ui {

class MeterExportDialog final : public QDialog
{
    Q_OBJECT
public:
    MeterExportDialog(storage::DatabaseWorker *worker, QWidget *parent = nullptr);
    // Who acts: the session's user (the core checks export and audits). Without a session
    // nobody may.
    void setSession(security::Session *session) { m_session = session; }

    void setPeriod(const QDate &from, const QDate &to); // both days included
    void setFileName(const QString &path);
    QString fileName() const;

Q_SIGNALS:
    void exported(const QString &path, int rows); // the file is written
    void failed(const QString &message);

private:
    storage::DatabaseWorker *m_worker;
    security::Session *m_session = nullptr;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_file;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;

    void chooseFile();
    void validate();
    void startExport();
};

} // namespace fleet::ui
