#pragma once
// The person using the desktop app right now: who signed in (or was mapped from the operating
// system), whether the window is locked after inactivity, and what the matrix allows them. Widgets
// ask allows() to disable what the role may not do and pass actor() to the core entry points,
// which check again: the session is a convenience for the GUI, never the enforcement.

#include "security/Permissions.h"

#include <QObject>

#include <optional>

namespace fleet::security {

class Session final : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    // Signed in from the start (tests, a profile without accounts where the OS user sets up).
    explicit Session(Actor actor, QObject *parent = nullptr);

    bool isSignedIn() const { return m_actor.has_value(); }
    bool isLocked() const { return m_locked; }
    // The signed-in person; with nobody signed in, a Customer named "" who may only view.
    Actor actor() const;
    // False while locked or signed out, whatever the role.
    bool allows(Permission permission) const;

    void signIn(const Actor &actor);
    void signOut();
    // Locked keeps who was signed in (unlock asks for the same person's password) but allows nothing.
    void lock();
    void unlock();

Q_SIGNALS:
    // Emitted on sign-in, sign-out, lock and unlock: whatever allows() answers may have changed.
    void changed();

private:
    std::optional<Actor> m_actor;
    bool m_locked = false;
};

} // namespace fleet::security
