#include "GuardedSettingsDialog.h"

#include "security/Session.h"

namespace fleet::ui {

security::Actor GuardedSettingsDialog::actingUser() const
{
    security::Actor actor;
    if (m_actor) {
        actor = *m_actor;
    } else if (QWidget *owner = parentWidget() ? parentWidget()->window() : nullptr) {
        if (auto *session = owner->findChild<security::Session *>(QString(), Qt::FindDirectChildrenOnly))
            actor = session->actor();
    }
    if (actor.name.isEmpty()) // nobody signed in: the audit row still needs a name
        actor.name = QStringLiteral("unknown");
    return actor;
}

void GuardedSettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateControls();
}

void GuardedSettingsDialog::markLoaded()
{
    m_loaded = true;
    updateControls();
    Q_EMIT loaded();
}

} // namespace fleet::ui
