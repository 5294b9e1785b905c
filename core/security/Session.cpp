#include "security/Session.h"

namespace fleet::security {

Session::Session(QObject *parent)
    : QObject(parent)
{}

Session::Session(Actor actor, QObject *parent)
    : QObject(parent)
    , m_actor(std::move(actor))
{}

Actor Session::actor() const
{
    return m_actor.value_or(Actor{QString(), Role::Customer});
}

bool Session::allows(Permission permission) const
{
    return m_actor && !m_locked && isAllowed(m_actor->role, permission);
}

void Session::signIn(const Actor &actor)
{
    m_actor = actor;
    m_locked = false;
    Q_EMIT changed();
}

void Session::signOut()
{
    m_actor.reset();
    m_locked = false;
    Q_EMIT changed();
}

void Session::lock()
{
    if (m_locked || !m_actor)
        return;
    m_locked = true;
    Q_EMIT changed();
}

void Session::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    Q_EMIT changed();
}

} // namespace fleet::security
