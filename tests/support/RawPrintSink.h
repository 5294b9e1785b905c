#pragma once
// Test fixture: a print sink on 127.0.0.1 with a free port that receives jobs as a printer's raw
// port (9100: every byte until the client closes) or its LPR daemon (RFC 1179 on 515: receive-job,
// control and data files, each acknowledged with a NUL) would.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

namespace fleet::test {

class RawPrintSink final : public QObject
{
    Q_OBJECT
public:
    enum class Mode : quint8 { Raw, Lpr };

    struct Job
    {
        QByteArray data;    // raw: every byte; LPR: the data file
        QByteArray control; // LPR control file
        QString queue;      // LPR queue name
        bool complete =
            false; // raw: the connection closed (a cut job shows in the size); LPR: the data file arrived whole
    };

    explicit RawPrintSink(Mode mode = Mode::Raw, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RawPrintSink)

    bool start(); // false when no port could be bound
    quint16 port() const { return m_server.serverPort(); }
    const QList<Job> &jobs() const { return m_jobs; }
    // Bytes received on connections still open (a job in progress).
    qint64 bytesInProgress() const { return m_inProgress; }
    int connections() const { return m_connections; }

Q_SIGNALS:
    void jobReceived();

private:
    void onConnection();

    Mode m_mode;
    QTcpServer m_server;
    QList<Job> m_jobs;
    qint64 m_inProgress = 0;
    int m_connections = 0;
};

} // namespace fleet::test
