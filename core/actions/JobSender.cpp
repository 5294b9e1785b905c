#include "actions/JobSender.h"

#include "actions/ActionTypes.h"

#include <QHostInfo>
#include <QIODevice>
#include <QRandomGenerator>

namespace fleet::actions {

namespace {
constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kMaxQueued = 4 * kChunk;
} // namespace

JobSender::JobSender(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_socket, &QTcpSocket::connected, this, &JobSender::onConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &JobSender::onReadyRead);
    connect(&m_socket, &QTcpSocket::bytesWritten, this, &JobSender::onBytesWritten);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_state == State::Closing)
            succeed();
        else if (m_state != State::Done)
            fail(tr("The device closed the connection after %1 of %2 bytes.").arg(m_sent).arg(m_job.size));
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (m_state == State::Closing && e == QAbstractSocket::RemoteHostClosedError)
            return; // the disconnected() that follows ends the job
        if (m_state != State::Done)
            fail(tr("Connection to %1:%2 failed: %3").arg(m_job.host).arg(m_job.port).arg(m_socket.errorString()));
    });
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_state == State::Connecting)
            fail(
                tr("No connection to %1:%2 within %3 ms.").arg(m_job.host).arg(m_job.port).arg(m_job.connectTimeoutMs));
        else
            fail(tr("The device accepted no data for %1 ms (after %2 of %3 bytes).")
                     .arg(m_job.stallTimeoutMs)
                     .arg(m_sent)
                     .arg(m_job.size));
    });
}

void JobSender::start(const Job &job)
{
    m_job = job;
    m_read = m_sent = 0;
    m_jobNumber = int(QRandomGenerator::global()->bounded(1000));
    if (!m_job.source || !m_job.source->isReadable()) {
        m_state = State::Idle;
        QMetaObject::invokeMethod(
            this, [this] { fail(tr("Nothing to send.")); }, Qt::QueuedConnection);
        return;
    }
    m_state = State::Connecting;
    m_timer.start(m_job.connectTimeoutMs);
    m_socket.connectToHost(m_job.host, m_job.port);
}

void JobSender::cancel()
{
    if (m_state == State::Done || m_state == State::Idle)
        return;
    // abort(): nothing more reaches the device; a raw job ends where it was cut.
    m_state = State::Done;
    m_timer.stop();
    m_socket.abort();
}

void JobSender::onConnected()
{
    m_timer.start(m_job.stallTimeoutMs);
    if (m_job.protocol == Protocol::Raw) {
        startData();
        return;
    }
    // RFC 1179 5.2: receive a printer job.
    sendLprCommand("\x02" + m_job.lprQueue.toLatin1() + '\n', State::LprReceiveJob);
}

void JobSender::sendLprCommand(const QByteArray &line, State next)
{
    m_state = next;
    m_socket.write(line);
}

QString JobSender::jobFileName(char kind) const
{
    // "cfA" / "dfA", three digits, the host name (RFC 1179 6.2).
    return QStringLiteral("%1fA%2%3")
        .arg(QLatin1Char(kind))
        .arg(m_jobNumber, 3, 10, QLatin1Char('0'))
        .arg(QHostInfo::localHostName().left(31));
}

QByteArray JobSender::controlFile() const
{
    const QByteArray host = QHostInfo::localHostName().left(31).toLatin1();
    const QByteArray data = jobFileName('d').toLatin1();
    const QByteArray name = m_job.jobName.toUtf8().left(99);
    return "H" + host + "\nP" + m_job.user.toLatin1().left(31) + "\nJ" + name + "\nl" + data + "\nU" + data + "\nN" +
           name + '\n';
}

void JobSender::onReadyRead()
{
    if (m_job.protocol != Protocol::Lpr) {
        m_socket.readAll(); // a raw port may talk back (PJL status); nothing we need
        return;
    }
    while (m_socket.bytesAvailable() > 0) {
        char ack = 0;
        m_socket.getChar(&ack);
        if (ack != 0) {
            fail(tr("The LPR server refused the job (answer %1 in step %2).").arg(int(ack)).arg(int(m_state)));
            return;
        }
        m_timer.start(m_job.stallTimeoutMs);
        switch (m_state) {
        case State::LprReceiveJob: {
            const QByteArray cf = controlFile();
            sendLprCommand("\x02" + QByteArray::number(cf.size()) + ' ' + jobFileName('c').toLatin1() + '\n',
                           State::LprControlHeader);
            break;
        }
        case State::LprControlHeader:
            sendLprCommand(controlFile() + '\0', State::LprControlFile);
            break;
        case State::LprControlFile:
            sendLprCommand("\x03" + QByteArray::number(m_job.size) + ' ' + jobFileName('d').toLatin1() + '\n',
                           State::LprDataHeader);
            break;
        case State::LprDataHeader:
            startData();
            break;
        case State::LprDataEnd:
            m_state = State::Closing;
            m_socket.disconnectFromHost();
            break;
        default:
            fail(tr("The LPR server sent an unexpected answer."));
            return;
        }
    }
}

void JobSender::startData()
{
    // LPR commands before the data were acknowledged, so whatever the socket queues from here is data.
    m_state = State::Data;
    pump();
}

void JobSender::onBytesWritten()
{
    if (m_state == State::Done)
        return;
    m_timer.start(m_job.stallTimeoutMs);
    if (m_state != State::Data && m_state != State::LprDataEnd && m_state != State::Closing)
        return;
    qint64 pending = m_socket.bytesToWrite();
    if (m_state == State::LprDataEnd)
        pending = std::max<qint64>(0, pending - 1); // the trailing NUL is framing, not data
    const qint64 accepted = m_read - pending;
    if (accepted > m_sent) {
        m_sent = accepted;
        Q_EMIT progress(m_sent, m_job.size);
    }
    if (m_state == State::Data)
        pump();
}

void JobSender::pump()
{
    if (m_state != State::Data)
        return;
    while (m_read < m_job.size && m_socket.bytesToWrite() < kMaxQueued) {
        const QByteArray chunk = m_job.source->read(std::min(kChunk, m_job.size - m_read));
        if (chunk.isEmpty()) {
            fail(tr("Reading the file failed after %1 bytes: %2").arg(m_read).arg(m_job.source->errorString()));
            return;
        }
        m_read += chunk.size();
        m_socket.write(chunk);
    }
    if (m_read < m_job.size)
        return;
    if (m_job.protocol == Protocol::Lpr) {
        // The data file ends with a NUL, which the server acknowledges.
        m_state = State::LprDataEnd;
        m_socket.write(QByteArray(1, '\0'));
    } else {
        m_state = State::Closing;
        m_socket.disconnectFromHost();
    }
}

void JobSender::succeed()
{
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    m_timer.stop();
    if (m_sent < m_job.size) {
        m_sent = m_job.size;
        Q_EMIT progress(m_sent, m_job.size);
    }
    Q_EMIT finished({});
}

void JobSender::fail(const QString &error)
{
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    m_timer.stop();
    m_socket.abort();
    qCInfo(lcActions) << "job to" << m_job.host << m_job.port << "failed:" << error;
    Q_EMIT finished(error);
}

} // namespace fleet::actions
