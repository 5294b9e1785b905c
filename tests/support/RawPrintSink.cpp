#include "RawPrintSink.h"

#include <QTcpSocket>

#include <memory>

namespace fleet::test {

namespace {
// An RFC 1179 receive-job conversation, fed with whatever bytes arrive.
struct LprSession
{
    enum class Expect : quint8 { Command, Subcommand, FileBody };
    Expect expect = Expect::Command;
    QByteArray buffer;
    qint64 fileSize = 0;
    bool isControl = false;
};
} // namespace

RawPrintSink::RawPrintSink(Mode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RawPrintSink::onConnection);
}

bool RawPrintSink::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void RawPrintSink::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        auto job = std::make_shared<Job>();
        auto lpr = std::make_shared<LprSession>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, job, lpr] {
            const QByteArray bytes = socket->readAll();
            if (m_mode == Mode::Raw) {
                job->data += bytes;
                m_inProgress += bytes.size();
                return;
            }
            lpr->buffer += bytes;
            for (;;) {
                if (lpr->expect == LprSession::Expect::FileBody) {
                    if (lpr->buffer.size() < lpr->fileSize + 1)
                        return;
                    const QByteArray body = lpr->buffer.left(lpr->fileSize);
                    lpr->buffer.remove(0, lpr->fileSize + 1); // and the NUL that ends a file
                    if (lpr->isControl) {
                        job->control = body;
                    } else {
                        job->data = body;
                        job->complete = true;
                    }
                    socket->write(QByteArray(1, '\0'));
                    lpr->expect = LprSession::Expect::Subcommand;
                    continue;
                }
                const qsizetype nl = lpr->buffer.indexOf('\n');
                if (nl < 0)
                    return;
                const QByteArray line = lpr->buffer.left(nl);
                lpr->buffer.remove(0, nl + 1);
                if (line.isEmpty()) {
                    socket->write(QByteArray(1, '\1'));
                    continue;
                }
                if (lpr->expect == LprSession::Expect::Command) {
                    if (line.at(0) != '\x02') {
                        socket->write(QByteArray(1, '\1'));
                        continue;
                    }
                    job->queue = QString::fromLatin1(line.mid(1));
                    lpr->expect = LprSession::Expect::Subcommand;
                    socket->write(QByteArray(1, '\0'));
                    continue;
                }
                // "\2count cfA..." or "\3count dfA..."
                const char kind = line.at(0);
                const QList<QByteArray> parts = line.mid(1).split(' ');
                bool ok = false;
                lpr->fileSize = parts.value(0).toLongLong(&ok);
                if ((kind != '\x02' && kind != '\x03') || !ok || lpr->fileSize < 0) {
                    socket->write(QByteArray(1, '\1'));
                    continue;
                }
                lpr->isControl = kind == '\x02';
                lpr->expect = LprSession::Expect::FileBody;
                socket->write(QByteArray(1, '\0'));
            }
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket, job] {
            m_inProgress -= m_mode == Mode::Raw ? job->data.size() : 0;
            if (m_mode == Mode::Raw)
                job->complete = true;
            m_jobs.append(*job);
            socket->deleteLater();
            Q_EMIT jobReceived();
        });
    }
}

} // namespace fleet::test
