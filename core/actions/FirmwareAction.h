#pragma once
// Firmware upgrade: pre-checks (explicit confirmation, the file readable and non-empty, the
// device's model named in the file name or header — a warning only, vendors name files loosely —
// and the device idle), then the file streamed to the raw port with progress and cancel, then
// the device polled again until it answers; the new firmware version is stored with that poll.
// Limit: cancelling stops the stream mid-file; what the device does with half a file is its own
// business (most discard it, some need a power cycle).

#include "actions/Action.h"
#include "actions/JobSender.h"
#include "actions/PollOnce.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

namespace fleet::actions {

class FirmwareAction final : public Action
{
    Q_OBJECT
public:
    FirmwareAction(ActionRequest request, ActionContext context, QObject *parent = nullptr);
    void start() override;

    // Warnings about a file that may not fit the model (empty when the model is named or unknown).
    static QStringList modelHints(const QString &model, const QString &fileName, const QByteArray &header);

protected:
    void onCancel() override;

private:
    void onIdleChecked(const DeviceSnapshot &s);
    void onSent(const QString &error);
    void recheck();
    void onRechecked(const DeviceSnapshot &s, const QString &storeError);
    QJsonObject details() const;

    enum class Phase : quint8 { Checking, Sending, Rechecking };
    Phase m_phase = Phase::Checking;
    QFile m_file;
    JobSender m_sender;
    PollOnce m_poll;
    QTimer m_timer;
    QElapsedTimer m_sinceSent;
    QStringList m_warnings;
    QString m_firmwareBefore;
    qint64 m_size = 0;
};

} // namespace fleet::actions
