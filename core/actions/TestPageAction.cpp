#include "actions/TestPageAction.h"

#include <QSysInfo>

namespace fleet::actions {

TestPageAction::TestPageAction(ActionRequest request, ActionContext context, QObject *parent)
    : Action(std::move(request), context, parent)
{
    connect(&m_sender, &JobSender::progress, this, [this](qint64 sent, qint64 total) {
        report(int(10 + 85 * sent / std::max<qint64>(1, total)), tr("Sending the test page…"));
    });
    connect(&m_sender, &JobSender::finished, this, [this](const QString &error) {
        if (cancelRequested())
            return;
        const QJsonObject details{{QStringLiteral("bytes"), m_content.size()},
                                  {QStringLiteral("printedAt"), m_at.toUTC().toString(Qt::ISODate)}};
        if (error.isEmpty())
            finish(Outcome::Succeeded, tr("Test page sent to %1.").arg(m_request.device.label()), details);
        else
            finish(Outcome::Failed, tr("The test page was not sent: %1").arg(error), details);
    });
}

QByteArray TestPageAction::pageContent(const DeviceTarget &device, const QString &actor, const QDateTime &at)
{
    // Not translated: the page is read next to the printer, and English keeps it greppable in tests.
    QStringList lines = {
        QStringLiteral("Fleetkeeper test page"),
        QString(),
        QStringLiteral("Device:  %1").arg(device.name.isEmpty() ? device.host : device.name),
        QStringLiteral("Address: %1").arg(device.host),
    };
    if (!device.model.isEmpty())
        lines << QStringLiteral("Model:   %1").arg(device.model);
    if (!device.serial.isEmpty())
        lines << QStringLiteral("Serial:  %1").arg(device.serial);
    lines << QStringLiteral("Time:    %1 (%2 UTC)")
                 .arg(at.toLocalTime().toString(Qt::ISODate), at.toUTC().toString(Qt::ISODate));
    lines << QStringLiteral("Sent by: %1 from %2")
                 .arg(actor.isEmpty() ? QStringLiteral("-") : actor, QSysInfo::machineHostName());
    lines << QString() << QStringLiteral("If you can read this, the device accepts jobs on its network port.");
    // CR LF line ends and a final form feed eject the page on printers that expect either.
    return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n\f";
}

void TestPageAction::start()
{
    m_at = QDateTime::currentDateTime();
    m_content = pageContent(m_request.device, m_request.actor.name, m_at);
    m_buffer.setData(m_content);
    m_buffer.open(QIODevice::ReadOnly);
    const ActionOptions &o = m_request.options;
    JobSender::Job job;
    job.host = m_request.device.host;
    job.protocol = o.useLpr ? JobSender::Protocol::Lpr : JobSender::Protocol::Raw;
    job.port = o.useLpr ? o.lprPort : o.rawPort;
    job.lprQueue = o.lprQueue;
    job.jobName = QStringLiteral("Fleetkeeper test page");
    job.source = &m_buffer;
    job.size = m_content.size();
    job.connectTimeoutMs = o.connectTimeoutMs;
    job.stallTimeoutMs = o.stallTimeoutMs;
    report(5, tr("Connecting to %1:%2…").arg(job.host).arg(job.port));
    m_sender.start(job);
}

void TestPageAction::onCancel()
{
    m_sender.cancel();
    finish(Outcome::Cancelled, tr("Cancelled."));
}

} // namespace fleet::actions
