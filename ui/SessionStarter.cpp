#include "SessionStarter.h"

#include "LoginDialog.h"
#include "SessionControls.h"
#include "UserStoreJob.h"

#include <QPointer>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace fleet::ui {

SessionStarter::SessionStarter(const QString &databasePath, QString osUser, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<storage::DatabaseWorker>(databasePath, QStringLiteral("session-start")))
    , m_osUser(std::move(osUser))
{}

SessionStarter::~SessionStarter() = default;

QString SessionStarter::currentOsUser()
{
#ifdef Q_OS_UNIX
    // The user id, not $USER: the environment is the caller's to change, the process owner is not.
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

void SessionStarter::resolve(std::function<void(const Resolution &)> done)
{
    const QString osUser = m_osUser;
    runUserStore<Resolution>(
        *m_worker,
        [osUser](security::UserStore &users) -> security::SecurityResult<Resolution> {
            auto any = users.hasUsers();
            if (!any)
                return any.error();
            if (!*any)
                return Resolution{Outcome::Setup, {osUser, security::Role::Administrator}, {}};
            auto mapped = users.actorForOsUser(osUser);
            if (!mapped)
                return mapped.error();
            if (*mapped)
                return Resolution{Outcome::Mapped, **mapped, {}};
            return Resolution{Outcome::NeedsPassword, {}, {}};
        },
        this,
        [done = std::move(done)](security::SecurityResult<Resolution> result) {
            done(result ? *result : Resolution{Outcome::Failed, {}, result.error().message});
        });
}

void SessionStarter::start(SessionControls *controls, QWidget *dialogParent, std::function<void(bool ready)> ready)
{
    const QString databasePath = m_worker->databasePath();
    QPointer<SessionControls> guard(controls);
    QPointer<QWidget> parent(dialogParent);
    resolve([guard, parent, databasePath, ready = std::move(ready)](const Resolution &r) {
        if (!guard)
            return;
        switch (r.outcome) {
        case Outcome::Setup:
            guard->startAs(r.actor, SessionControls::Origin::Setup);
            ready(true);
            return;
        case Outcome::Mapped:
            guard->startAs(r.actor, SessionControls::Origin::OperatingSystem);
            ready(true);
            return;
        case Outcome::Failed:
            guard->showProblem(tr("The accounts could not be read: %1").arg(r.message));
            ready(true);
            return;
        case Outcome::NeedsPassword:
            break;
        }
        auto *dialog = new LoginDialog(databasePath, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::finished, guard.data(), [guard, dialog, ready](int result) {
            if (result == QDialog::Accepted)
                guard->startAs(dialog->actor(), SessionControls::Origin::Password);
            ready(result == QDialog::Accepted);
        });
        dialog->open();
    });
}

} // namespace fleet::ui
