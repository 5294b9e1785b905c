#pragma once
// Sends one print job to a device: raw TCP (port 9100 and the like: the bytes, then close) or LPR
// (RFC 1179 on port 515: receive-job, control file, data file, each acknowledged). The data is
// streamed from a QIODevice in chunks, with at most a few chunks queued in the socket, so progress
// follows what the device accepts and cancel() stops within one chunk.

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

class QIODevice;

namespace fleet::actions {

class JobSender final : public QObject
{
    Q_OBJECT
public:
    enum class Protocol : quint8 { Raw, Lpr };

    struct Job
    {
        QString host;
        quint16 port = 9100;
        Protocol protocol = Protocol::Raw;
        QString lprQueue = QStringLiteral("raw");
        QString jobName;
        QString user = QStringLiteral("fleetkeeper");
        QIODevice *source = nullptr; // open for reading; not owned; must outlive the job
        qint64 size = 0;             // bytes to send from source
        int connectTimeoutMs = 5000;
        int stallTimeoutMs = 30000;
    };

    explicit JobSender(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobSender)

    void start(const Job &job);
    void cancel();
    qint64 sent() const { return m_sent; }

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    // error empty on success.
    void finished(const QString &error);

private:
    enum class State : quint8 {
        Idle,
        Connecting,
        LprReceiveJob,
        LprControlHeader,
        LprControlFile,
        LprDataHeader,
        Data,
        LprDataEnd,
        Closing,
        Done
    };
    void onConnected();
    void onReadyRead();
    void onBytesWritten();
    void pump();
    void startData();
    void sendLprCommand(const QByteArray &line, State next);
    void fail(const QString &error);
    void succeed();
    QByteArray controlFile() const;
    QString jobFileName(char kind) const;

    Job m_job;
    QTcpSocket m_socket;
    QTimer m_timer; // connect and stall deadline
    State m_state = State::Idle;
    qint64 m_read = 0; // bytes taken from source
    qint64 m_sent = 0; // bytes the socket has written
    int m_jobNumber = 0;
};

} // namespace fleet::actions
