#pragma once
// Who uses the desktop app when it starts: while the profile has no account, the operating-system
// user sets it up as Administrator; a user in a Unix group mapped to a role is that role without a
// password; anyone else signs in. The profile's accounts are read on a worker thread.

#include "security/Permissions.h"

#include <QObject>

#include <functional>
#include <memory>

namespace fleet::storage {
class DatabaseWorker;
}

class QWidget;

namespace fleet::ui {

class SessionControls;

class SessionStarter final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome : quint8 {
        Setup,         // no account yet: actor is the OS user as Administrator
        Mapped,        // a mapped Unix group: actor has its role
        NeedsPassword, // accounts exist and no group maps the OS user
        Failed,        // the accounts could not be read: message says why
    };
    struct Resolution
    {
        Outcome outcome = Outcome::Failed;
        security::Actor actor;
        QString message;
    };

    SessionStarter(const QString &databasePath, QString osUser, QObject *parent = nullptr);
    ~SessionStarter() override;
    Q_DISABLE_COPY_MOVE(SessionStarter)

    // done runs on this object's thread.
    void resolve(std::function<void(const Resolution &)> done);
    // Resolves and signs controls' session in: set-up and mapped users at once, anyone else through
    // a LoginDialog (parent may be null: it comes before the window). ready(false) when the
    // sign-in was cancelled; an unreadable profile leaves the window signed out with the reason.
    void start(SessionControls *controls, QWidget *dialogParent, std::function<void(bool ready)> ready);

    // The account running the process: the name of its user id ($USER where there is none).
    static QString currentOsUser();

private:
    std::unique_ptr<storage::DatabaseWorker> m_worker;
    QString m_osUser;
};

} // namespace fleet::ui
