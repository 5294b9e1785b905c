#pragma once
// The action policy of the profile (docs/actions.md, "Policy" and "Remote actions"): which device
// actions are enabled, what happens to actions the remote-services server asks for (deny, ask every
// time, allow the listed ones), how long a request waits for consent, and a note when locked-down
// mode denies every remote action anyway. The ini is read and written on a worker thread; OK saves
// through actions::changeActionPolicy as the acting user, so the core checks and audits it, and a
// refusal or a write error stays in the dialog.

#include "GuardedSettingsDialog.h"
#include "actions/ActionPolicy.h"
#include "util/ProfileRoot.h"

#include <QHash>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QMenu;
class QRadioButton;
class QSpinBox;

namespace fleet::security {
class Session;
}

namespace fleet::storage {
class DatabaseWorker;
}

namespace fleet::ui {

class ActionPolicyDialog final : public GuardedSettingsDialog
{
    Q_OBJECT
public:
    explicit ActionPolicyDialog(const ProfileRoot &profile, QWidget *parent = nullptr);
    ~ActionPolicyDialog() override;
    Q_DISABLE_COPY_MOVE(ActionPolicyDialog)

    // Adds "Action policy…" (objectName actionPolicy, gated by change-settings) to menu; the dialog
    // it opens acts as the session's person at that moment.
    static QAction *install(const ProfileRoot &profile, QMenu *menu, security::Session *session, QWidget *window);

    // What the form says, on top of the loaded policy (names this version does not know are kept).
    actions::ActionPolicy policy() const;

public Q_SLOTS:
    void accept() override; // saves, then closes

private:
    void showPolicy(const actions::ActionPolicy &policy);
    void updateControls() override;
    void fail(const QString &message);

    ProfileRoot m_profile;
    storage::DatabaseWorker *m_worker;
    QHash<actions::ActionKind, QCheckBox *> m_enabled;
    QButtonGroup *m_remoteGroup;
    QRadioButton *m_deny;
    QRadioButton *m_ask;
    QRadioButton *m_allowListed;
    QListWidget *m_allowed;
    QSpinBox *m_consentHours;
    QLabel *m_lockedDown;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    actions::ActionPolicy m_loaded;
};

} // namespace fleet::ui
