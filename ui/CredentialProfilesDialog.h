#pragma once
// The stored credential profiles in their order of trial: add, edit, duplicate, remove and reorder
// them, then Save (database rows and secrets file together) or Cancel (nothing changes). Loading and
// saving run on a database worker thread; the secrets never go near the database.

#include "CredentialEditDialog.h"
#include "snmp/Credential.h"
#include "storage/StorageError.h"
#include "util/ProfileRoot.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace fleet::storage {
class DatabaseWorker;
}
namespace fleet::models {
class CredentialProfileModel;
}

namespace fleet::security {
class Session;
}

namespace fleet::ui {

class CredentialProfilesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CredentialProfilesDialog(const ProfileRoot &profile, QWidget *parent = nullptr);
    ~CredentialProfilesDialog() override;
    Q_DISABLE_COPY_MOVE(CredentialProfilesDialog)
    // Who acts: the session's user (the core checks edit-credentials and audits). Without a session
    // nobody may.
    void setSession(security::Session *session) { m_session = session; }

    models::CredentialProfileModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The editor of the profile being added or edited, while it is open.
    CredentialEditDialog *editor() const { return m_editor; }
    bool isBusy() const { return m_busy; }

    // Loads the stored profiles (database rows joined with the secrets file) on worker's thread;
    // done runs on context's thread. Shared with the discovery dialog.
    static void loadProfiles(storage::DatabaseWorker &worker, const QString &secretsPath, QObject *context,
                             std::function<void(storage::Result<QList<snmp::Credential>>)> done);

Q_SIGNALS:
    void loaded(int profiles);
    void saved(int profiles);
    void saveFailed(const QString &message);

public Q_SLOTS:
    void addProfile();
    void editProfile();
    void duplicateProfile();
    void removeProfile();
    void moveUp();
    void moveDown();
    void save();

private:
    int currentRow() const;
    void selectRow(int row);
    void openEditor(int row);
    void setBusy(bool busy, const QString &status);
    void updateButtons();

    ProfileRoot m_profile;
    security::Session *m_session = nullptr;
    storage::DatabaseWorker *m_worker;
    models::CredentialProfileModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPointer<CredentialEditDialog> m_editor;
    bool m_editorOpen = false;
    bool m_busy = false;
    bool m_loaded = false;
};

} // namespace fleet::ui
