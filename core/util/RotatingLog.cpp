#include "util/RotatingLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutexLocker>

namespace fleet {

RotatingLog::RotatingLog(QString dir, QString fileName, qint64 maxBytes, int files)
    : m_dir(std::move(dir))
    , m_name(std::move(fileName))
    , m_maxBytes(std::max<qint64>(1024, maxBytes))
    , m_files(std::max(1, files))
{}

RotatingLog::~RotatingLog() = default;

QString RotatingLog::filePath() const
{
    return QDir(m_dir).filePath(m_name);
}

QString RotatingLog::rotatedPath(int index) const
{
    return index == 0 ? filePath() : filePath() + QLatin1Char('.') + QString::number(index);
}

QString RotatingLog::openLocked()
{
    if (m_file.isOpen())
        return {};
    QDir().mkpath(m_dir);
    m_file.setFileName(filePath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return QCoreApplication::translate("fleet::RotatingLog", "Cannot write the log file %1: %2")
            .arg(filePath(), m_file.errorString());
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_size = m_file.size();
    return {};
}

void RotatingLog::rotateLocked()
{
    m_file.close();
    QFile::remove(rotatedPath(m_files - 1));
    for (int i = m_files - 2; i >= 0; --i) {
        if (QFile::exists(rotatedPath(i)))
            QFile::rename(rotatedPath(i), rotatedPath(i + 1));
    }
    // With files == 1 the only file is started again.
    QFile::remove(filePath());
    m_size = 0;
}

QString RotatingLog::write(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    QMutexLocker lock(&m_mutex);
    if (const QString e = openLocked(); !e.isEmpty())
        return e;
    if (m_size > 0 && m_size + bytes.size() > m_maxBytes) {
        rotateLocked();
        if (const QString e = openLocked(); !e.isEmpty())
            return e;
    }
    const qint64 written = m_file.write(bytes);
    m_file.flush();
    if (written != bytes.size())
        return QCoreApplication::translate("fleet::RotatingLog", "Cannot write the log file %1: %2")
            .arg(filePath(), m_file.errorString());
    m_size += written;
    return {};
}

} // namespace fleet
