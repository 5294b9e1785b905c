#pragma once
// The signed-in person changes their own password: the current one, the new one twice. The core
// checks the current password (a wrong one counts towards the lockout like a failed sign-in) and
// its rules for the new one; the dialog stays open with the core's words until it succeeds.

#include "security/Permissions.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fleet::storage {
class DatabaseWorker;
}

namespace fleet::ui {

class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(const QString &databasePath, security::Actor actor, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

    void accept() override;
    QString errorText() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void showError(const QString &message, QLineEdit *field);

    std::unique_ptr<storage::DatabaseWorker> m_worker;
    security::Actor m_actor;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace fleet::ui
