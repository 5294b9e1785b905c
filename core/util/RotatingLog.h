#pragma once
// A log file that never grows without bound: when a line would take it past maxBytes it becomes
// name.1 (name.1 becomes name.2 ...; the oldest beyond `files` is deleted) and a new one starts.
// Files are created 0600: log lines name hosts and users. Safe to write from several threads;
// meant for one process per file (the daemon and the desktop app each write their own).

#include <QFile>
#include <QMutex>
#include <QString>

namespace fleet {

class RotatingLog final
{
public:
    static constexpr qint64 kDefaultMaxBytes = 5 * 1024 * 1024;
    static constexpr int kDefaultFiles = 5; // the current file and four older ones

    RotatingLog(QString dir, QString fileName, qint64 maxBytes = kDefaultMaxBytes, int files = kDefaultFiles);
    ~RotatingLog();
    Q_DISABLE_COPY_MOVE(RotatingLog)

    // Appends a line (a newline is added); empty on success, else why the file cannot be written.
    QString write(const QString &line);
    QString filePath() const;
    // name, name.1 ... name.(files-1)
    QString rotatedPath(int index) const;

private:
    QString openLocked();
    void rotateLocked();

    QString m_dir;
    QString m_name;
    qint64 m_maxBytes;
    int m_files;
    QMutex m_mutex;
    QFile m_file;
    qint64 m_size = 0;
};

} // namespace fleet
