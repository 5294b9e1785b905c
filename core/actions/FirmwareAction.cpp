#include "actions/FirmwareAction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace fleet::actions {

namespace {
constexpr qint64 kHeaderBytes = 4096;

// Letters and digits only, upper case: "HL-L8260CDW" and "hl_l8260cdw" compare equal.
QString squeezed(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}
} // namespace

FirmwareAction::FirmwareAction(ActionRequest request, ActionContext context, QObject *parent)
    : Action(std::move(request), context, parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FirmwareAction::recheck);
    connect(&m_sender, &JobSender::progress, this, [this](qint64 sent, qint64 total) {
        report(int(10 + 80 * sent / std::max<qint64>(1, total)),
               tr("Sending firmware: %1 of %2 bytes").arg(sent).arg(total));
    });
    connect(&m_sender, &JobSender::finished, this, &FirmwareAction::onSent);
    connect(&m_poll, &PollOnce::done, this, [this](const DeviceSnapshot &s, const QString &storeError) {
        if (cancelRequested() || isFinished())
            return;
        if (m_phase == Phase::Checking)
            onIdleChecked(s);
        else
            onRechecked(s, storeError);
    });
}

QStringList FirmwareAction::modelHints(const QString &model, const QString &fileName, const QByteArray &header)
{
    if (model.trimmed().isEmpty())
        return {};
    // The distinctive parts of a model name carry a digit ("L8260CDW", "M880", "C250i"); words like
    // "Color" or "LaserJet" say nothing about which firmware fits.
    static const QRegularExpression split(QStringLiteral("[\\s/,;()]+"));
    QStringList tokens;
    for (const QString &part : model.split(split, Qt::SkipEmptyParts)) {
        const QString t = squeezed(part);
        if (t.size() >= 3 && std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); }))
            tokens << t;
    }
    if (tokens.isEmpty())
        return {};
    const QString haystack =
        squeezed(QFileInfo(fileName).fileName()) + u'\n' + squeezed(QString::fromLatin1(header.left(kHeaderBytes)));
    for (const QString &t : std::as_const(tokens))
        if (haystack.contains(t))
            return {};
    return {QCoreApplication::translate("fleet::actions::FirmwareAction",
                                        "Neither the file name nor the file header names the model %1: check that "
                                        "this firmware is meant for the device.")
                .arg(model)};
}

QJsonObject FirmwareAction::details() const
{
    return {{QStringLiteral("file"), m_file.fileName()},
            {QStringLiteral("bytes"), m_size},
            {QStringLiteral("sent"), m_sender.sent()},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(m_warnings)},
            {QStringLiteral("firmwareBefore"), m_firmwareBefore}};
}

void FirmwareAction::start()
{
    const ActionOptions &o = m_request.options;
    if (!o.confirmed) {
        finish(Outcome::Refused, tr("A firmware upgrade needs explicit confirmation."));
        return;
    }
    m_file.setFileName(o.firmwarePath);
    if (o.firmwarePath.isEmpty() || !m_file.open(QIODevice::ReadOnly)) {
        finish(Outcome::Refused,
               tr("The firmware file %1 cannot be read: %2").arg(o.firmwarePath, m_file.errorString()));
        return;
    }
    m_size = m_file.size();
    if (m_size <= 0) {
        finish(Outcome::Refused, tr("The firmware file %1 is empty.").arg(o.firmwarePath));
        return;
    }
    m_warnings = modelHints(m_request.device.model, o.firmwarePath, m_file.peek(kHeaderBytes));
    for (const QString &w : std::as_const(m_warnings))
        report(2, w);
    report(5, tr("Checking that %1 is idle…").arg(m_request.device.label()));
    m_poll.start(m_request.device, m_context.db, false);
}

void FirmwareAction::onIdleChecked(const DeviceSnapshot &s)
{
    if (!s.reachable) {
        finish(Outcome::Refused,
               tr("%1 does not answer, so it cannot be checked to be idle: %2")
                   .arg(m_request.device.label(), s.error.message),
               details());
        return;
    }
    m_firmwareBefore = s.identity.firmware;
    if (s.status.printerStatus != u"idle") {
        finish(Outcome::Refused,
               tr("%1 is not idle (printer status: %2); try again when it is.")
                   .arg(m_request.device.label(),
                        s.status.printerStatus.isEmpty() ? tr("unknown") : s.status.printerStatus),
               details());
        return;
    }
    m_phase = Phase::Sending;
    const ActionOptions &o = m_request.options;
    JobSender::Job job;
    job.host = m_request.device.host;
    job.port = o.rawPort;
    job.jobName = QFileInfo(m_file.fileName()).fileName();
    job.source = &m_file;
    job.size = m_size;
    job.connectTimeoutMs = o.connectTimeoutMs;
    job.stallTimeoutMs = o.stallTimeoutMs;
    report(10, tr("Sending %1 to %2:%3…").arg(job.jobName, job.host).arg(job.port));
    m_sender.start(job);
}

void FirmwareAction::onSent(const QString &error)
{
    if (cancelRequested() || isFinished())
        return;
    if (!error.isEmpty()) {
        finish(Outcome::Failed, tr("The firmware was not sent completely: %1").arg(error), details());
        return;
    }
    m_phase = Phase::Rechecking;
    m_sinceSent.start();
    report(90, tr("Firmware sent; waiting for %1 to answer again…").arg(m_request.device.label()));
    m_timer.start(m_request.options.recheckIntervalMs);
}

void FirmwareAction::recheck()
{
    if (cancelRequested() || isFinished())
        return;
    m_poll.start(m_request.device, m_context.db, true);
}

void FirmwareAction::onRechecked(const DeviceSnapshot &s, const QString &storeError)
{
    QJsonObject d = details();
    if (!s.reachable) {
        if (m_sinceSent.elapsed() >= m_request.options.firmwareRecheckTimeoutMs) {
            finish(Outcome::TimedOut,
                   tr("The firmware was sent, but %1 has not answered within %2 s.")
                       .arg(m_request.device.label())
                       .arg(m_request.options.firmwareRecheckTimeoutMs / 1000),
                   d);
            return;
        }
        m_timer.start(m_request.options.recheckIntervalMs);
        return;
    }
    d.insert(QStringLiteral("firmwareAfter"), s.identity.firmware);
    if (!storeError.isEmpty())
        d.insert(QStringLiteral("storeError"), storeError);
    const QString message = s.identity.firmware == m_firmwareBefore
                                ? tr("Firmware sent to %1; it still reports version %2 (some devices apply it "
                                     "only after a restart).")
                                      .arg(m_request.device.label(), m_firmwareBefore)
                                : tr("Firmware sent to %1; version %2 → %3.")
                                      .arg(m_request.device.label(), m_firmwareBefore, s.identity.firmware);
    finish(Outcome::Succeeded, message, d);
}

void FirmwareAction::onCancel()
{
    m_sender.cancel();
    m_poll.cancel();
    m_timer.stop();
    finish(Outcome::Cancelled, tr("Firmware upgrade cancelled after %1 of %2 bytes.").arg(m_sender.sent()).arg(m_size),
           details());
}

} // namespace fleet::actions
