#pragma once
// A menu entry that opens one of the settings dialogs built on a profile (alert profiles, SMTP
// server, alert thresholds, action policy): a new, non-modal-to-the-app dialog each time, deleted
// on close, acting as the session's person at the moment it opens (the core checks and audits
// what that person saves). objectName is what SessionControls gates by permission and tests find.

#include "security/Session.h"
#include "util/ProfileRoot.h"

#include <QAction>
#include <QMenu>

namespace fleet::ui {

template <typename Dialog>
QAction *addDialogMenuEntry(QMenu *menu, const QString &text, const QString &objectName, const ProfileRoot &profile,
                            security::Session *session, QWidget *window)
{
    QAction *action = menu->addAction(text, window, [profile, session, window] {
        auto *dialog = new Dialog(profile, window);
        if (session)
            dialog->setActor(session->actor());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    action->setObjectName(objectName);
    return action;
}

} // namespace fleet::ui
