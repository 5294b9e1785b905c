#include "actions/WebPageAction.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace fleet::actions {

void WebPageAction::start()
{
    probe(true);
}

void WebPageAction::probe(bool https)
{
    const ActionOptions &o = m_request.options;
    const quint16 port = https ? o.httpsPort : o.httpPort;
    report(https ? 10 : 50, https ? tr("Trying HTTPS…") : tr("Trying HTTP…"));
    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto done = [this, socket, timer, https, port](bool open) {
        timer->stop();
        timer->disconnect(this);
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        if (isFinished())
            return;
        if (open) {
            QUrl url;
            url.setScheme(https ? QStringLiteral("https") : QStringLiteral("http"));
            url.setHost(m_request.device.host);
            if (port != (https ? 443 : 80))
                url.setPort(port);
            url.setPath(QStringLiteral("/"));
            finish(Outcome::Succeeded, tr("Web page of %1: %2").arg(m_request.device.label(), url.toString()),
                   {{QStringLiteral("url"), url.toString()}, {QStringLiteral("https"), https}});
        } else if (https) {
            probe(false);
        } else {
            finish(Outcome::Failed, tr("%1 serves no web page (HTTPS and HTTP closed).").arg(m_request.device.label()));
        }
    };
    connect(socket, &QTcpSocket::connected, this, [done] { done(true); });
    connect(socket, &QTcpSocket::errorOccurred, this, [done] { done(false); });
    connect(timer, &QTimer::timeout, this, [done] { done(false); });
    timer->start(o.connectTimeoutMs);
    socket->connectToHost(m_request.device.host, port);
}

} // namespace fleet::actions
