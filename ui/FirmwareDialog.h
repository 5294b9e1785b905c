#pragma once
// Before a firmware upgrade: the file (chosen with a picker or typed), what the core's pre-checks
// say about it (readable, not empty, the model named in it — a warning only), whether the device is
// idle right now, and an explicit "I understand" before Start. The file is read and the device
// polled off the GUI thread; the core checks everything again when the upgrade starts.

#include "actions/ActionTypes.h"
#include "actions/PollOnce.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace fleet::ui {

class FirmwareDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class IdleState : quint8 { Checking, Idle, Busy, Silent };

    // device: the target with its read credentials (polled once for the idle check); firmware: the
    // version stored for it, shown for reference.
    FirmwareDialog(const actions::DeviceTarget &device, const QString &firmware, QWidget *parent = nullptr);
    ~FirmwareDialog() override;
    Q_DISABLE_COPY_MOVE(FirmwareDialog)

    QString filePath() const;
    void setFilePath(const QString &path);
    // The pre-check warnings for the file chosen now (empty while it is being read).
    QStringList warnings() const { return m_warnings; }
    bool fileUsable() const { return m_fileOk; }
    IdleState idleState() const { return m_idle; }
    QPushButton *startButton() const { return m_start; }

public Q_SLOTS:
    void checkIdle();

Q_SIGNALS:
    void fileChecked(const QString &path, bool usable);
    void idleChecked(fleet::ui::FirmwareDialog::IdleState state);

private:
    void browse();
    void checkFile();
    void onFileChecked(quint64 request, const QString &path, qint64 size, const QString &error,
                       const QStringList &warnings);
    void onPolled(const DeviceSnapshot &snapshot);
    void updateStart();

    actions::DeviceTarget m_device;
    actions::PollOnce *m_poll; // the idle check
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_fileInfo;
    QLabel *m_warningsLabel;
    QLabel *m_idleLabel;
    QPushButton *m_recheck;
    QCheckBox *m_understand;
    QPushButton *m_start;
    QTimer *m_debounce;
    QStringList m_warnings;
    IdleState m_idle = IdleState::Checking;
    quint64 m_fileRequest = 0;
    bool m_fileOk = false;
};

} // namespace fleet::ui
