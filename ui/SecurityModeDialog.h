#pragma once
// The security mode of remote services (R4): Normal or Locked down, explained in plain words, with
// the payload XML as it would leave in the selected mode (built off the GUI thread, like
// `fleetkeeper-cli export-payload [--lockdown]`). The mode is switched here, on this machine only:
// there is deliberately no server command or remote setting that changes it. A switch is saved to
// fleetkeeper.ini and recorded in the event log.

#include "security/Permissions.h"
#include "sync/SyncSettings.h"
#include "util/ProfileRoot.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace fleet::storage {
class DatabaseWorker;
}

namespace fleet::ui {

class SyncAgentRunner;

class SecurityModeDialog final : public QDialog
{
    Q_OBJECT
public:
    static inline const QString kEventKind = QStringLiteral("syncSecurityModeChanged");

    // actor changes the mode (security-mode) and sees the preview (view-payload); the core checks
    // both and audits them.
    SecurityModeDialog(const ProfileRoot &profile, const security::Actor &actor, QWidget *parent = nullptr);

    sync::SecurityMode selectedMode() const;
    void selectMode(sync::SecurityMode mode);
    QString preview() const;
    QString message() const;
    bool isReady() const { return m_ready; }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void ready();                                      // the saved mode is selected
    void previewShown(fleet::sync::SecurityMode mode); // the preview for this mode is on screen
    void modeSaved(fleet::sync::SecurityMode mode);    // saved and logged
    void saveFailed(const QString &message);

private:
    void updatePreview();

    ProfileRoot m_profile;
    security::Actor m_actor;
    storage::DatabaseWorker *m_worker;
    SyncAgentRunner *m_runner;
    QRadioButton *m_normal;
    QRadioButton *m_lockedDown;
    QPlainTextEdit *m_preview;
    QLabel *m_previewStatus;
    QLabel *m_message;
    QPushButton *m_save;
    sync::SecurityMode m_saved = sync::SecurityMode::Normal;
    int m_previewGeneration = 0; // only the newest preview request is shown
    bool m_ready = false;
};

} // namespace fleet::ui
