#pragma once
// Accounts and Unix group mappings, for administrators: the list with role and state (enabled,
// disabled, locked until), adding a user with a role and an initial password, changing a role,
// disabling and enabling, resetting a password, and mapping groups to roles. Every change is a
// UserStore call with the session's actor on a worker thread: the core checks the permission and
// its rules (the last administrator stays) and its refusal is shown in its own words.
//
// While the profile has no account at all, adding creates the first administrator.

#include "security/UserStore.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fleet::storage {
class DatabaseWorker;
}

namespace fleet::ui {

class UsersDialog final : public QDialog
{
    Q_OBJECT
public:
    UsersDialog(const QString &databasePath, security::Actor actor, QWidget *parent = nullptr);
    ~UsersDialog() override;
    Q_DISABLE_COPY_MOVE(UsersDialog)

    void reload();
    const QList<security::UserRecord> &users() const { return m_users; }
    const QList<security::GroupRole> &groups() const { return m_groups; }
    bool isBusy() const { return m_busy; }
    QString errorText() const;
    void selectUser(const QString &name);

    // What the buttons do once their small dialogs are filled in.
    void addUser(const QString &name, security::Role role, const QString &password);
    void changeRole(const QString &name, security::Role role);
    void setDisabled(const QString &name, bool disabled);
    void resetPassword(const QString &name, const QString &password);
    void mapGroup(const QString &group, security::Role role);
    void unmapGroup(const QString &group);

Q_SIGNALS:
    void loaded();                                                       // the lists show the database
    void changeFinished(const QString &error);                           // empty on success
    void firstAdministratorCreated(const fleet::security::Actor &admin); // set-up is over

private:
    QWidget *buildUsers();
    QWidget *buildGroups();
    void showUsers();
    void showGroups();
    void updateButtons();
    QString selectedUser() const;
    QString selectedGroup() const;
    void change(std::function<security::SecurityError(security::UserStore &)> job, const QString &done);
    void setBusy(bool busy);
    void showError(const QString &message);
    void openAdd();
    void openRole();
    void openReset();
    void openGroup();

    std::unique_ptr<storage::DatabaseWorker> m_worker;
    security::Actor m_actor;
    QList<security::UserRecord> m_users;
    QList<security::GroupRole> m_groups;
    QTableWidget *m_userTable = nullptr;
    QTableWidget *m_groupTable = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_addGroup = nullptr;
    QPushButton *m_removeGroup = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    bool m_busy = false;
    bool m_loaded = false;
};

} // namespace fleet::ui
