#include "ActionPolicyDialog.h"
#include "DialogMenuEntry.h"

#include "actions/ActionPolicyChange.h"
#include "security/Session.h"
#include "storage/DatabaseWorker.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fleet::ui {

using actions::ActionKind;
using actions::RemotePolicy;

namespace {
// The server never sends a firmware file an administrator chose (ActionPolicy::remoteDecision), so
// firmware is not offered for the allowed list.
bool remotelyPossible(ActionKind kind)
{
    return kind != ActionKind::Firmware;
}
} // namespace

ActionPolicyDialog::ActionPolicyDialog(const ProfileRoot &profile, QWidget *parent)
    : GuardedSettingsDialog(parent)
    , m_profile(profile)
    , m_worker(new storage::DatabaseWorker(profile.databasePath(), QStringLiteral("action-policy"), this))
    , m_remoteGroup(new QButtonGroup(this))
    , m_deny(new QRadioButton(tr("&Deny every remote request"), this))
    , m_ask(new QRadioButton(tr("As&k every time (a person approves or denies each request)"), this))
    , m_allowListed(new QRadioButton(tr("Allow the &listed actions, deny the others"), this))
    , m_allowed(new QListWidget(this))
    , m_consentHours(new QSpinBox(this))
    , m_lockedDown(new QLabel(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("actionPolicyDialog"));
    setWindowTitle(tr("Action policy"));

    auto *local = new QGroupBox(tr("Enabled actions"), this);
    local->setObjectName(QStringLiteral("enabledActions"));
    auto *localLayout = new QVBoxLayout(local);
    auto *localHint = new QLabel(tr("A disabled action is refused for everyone, here and from the server."), local);
    localHint->setWordWrap(true);
    localLayout->addWidget(localHint);
    for (ActionKind kind : actions::allActions()) {
        const QString name = actions::actionName(kind);
        auto *box = new QCheckBox(tr("%1 (%2)").arg(actions::actionTitle(kind), name), local);
        box->setObjectName(QStringLiteral("actionEnabled_") + name);
        box->setAccessibleName(tr("Enable %1").arg(actions::actionTitle(kind)));
        localLayout->addWidget(box);
        m_enabled.insert(kind, box);
    }

    auto *remote = new QGroupBox(tr("Actions the remote-services server asks for"), this);
    remote->setObjectName(QStringLiteral("remoteActions"));
    m_deny->setObjectName(QStringLiteral("remoteDeny"));
    m_ask->setObjectName(QStringLiteral("remoteAsk"));
    m_allowListed->setObjectName(QStringLiteral("remoteAllowListed"));
    m_remoteGroup->addButton(m_deny, int(RemotePolicy::Deny));
    m_remoteGroup->addButton(m_ask, int(RemotePolicy::Ask));
    m_remoteGroup->addButton(m_allowListed, int(RemotePolicy::AllowListed));
    m_allowed->setObjectName(QStringLiteral("remoteAllowed"));
    m_allowed->setAccessibleName(tr("Actions allowed remotely"));
    m_allowed->setToolTip(tr("With \"allow listed\", these run as soon as the server asks; firmware never does."));
    for (ActionKind kind : actions::allActions()) {
        if (!remotelyPossible(kind))
            continue;
        auto *item =
            new QListWidgetItem(tr("%1 (%2)").arg(actions::actionTitle(kind), actions::actionName(kind)), m_allowed);
        item->setData(Qt::UserRole, int(kind));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_consentHours->setObjectName(QStringLiteral("consentHours"));
    m_consentHours->setAccessibleName(tr("Hours a remote request waits for consent"));
    m_consentHours->setRange(1, actions::ActionPolicy::kMaxConsentHours);
    m_consentHours->setValue(actions::ActionPolicy::kDefaultConsentHours);
    m_consentHours->setSuffix(tr(" h"));
    m_lockedDown->setObjectName(QStringLiteral("lockedDownNote"));
    m_lockedDown->setText(tr("The agent is in locked-down mode: every remote action is denied whatever the policy."));
    m_lockedDown->setWordWrap(true);
    m_lockedDown->setForegroundRole(QPalette::ToolTipText);
    m_lockedDown->setBackgroundRole(QPalette::ToolTipBase);
    m_lockedDown->setAutoFillBackground(true);
    m_lockedDown->setContentsMargins(6, 4, 6, 4);
    m_lockedDown->setVisible(false);
    auto *remoteLayout = new QVBoxLayout(remote);
    remoteLayout->addWidget(m_lockedDown);
    remoteLayout->addWidget(m_deny);
    remoteLayout->addWidget(m_ask);
    remoteLayout->addWidget(m_allowListed);
    remoteLayout->addWidget(m_allowed);
    auto *hours = new QFormLayout;
    hours->addRow(tr("A request waits for &consent:"), m_consentHours);
    remoteLayout->addLayout(hours);

    m_result->setObjectName(QStringLiteral("policyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->setObjectName(QStringLiteral("policyButtons"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(local);
    layout->addWidget(remote);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    connect(m_remoteGroup, &QButtonGroup::idToggled, this, [this] { updateControls(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionPolicyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_deny->setChecked(true);
    setBusy(true);
    m_result->setText(tr("Reading the policy…"));
    const QString iniPath = profile.settingsPath();
    // The worker opens the database it will write the audit row to; the ini is read there too.
    m_worker->run<actions::ActionPolicy>(
        [iniPath](storage::Database &) -> storage::Result<actions::ActionPolicy> {
            return actions::ActionPolicy::load(iniPath);
        },
        this,
        [this](storage::Result<actions::ActionPolicy> r) {
            setBusy(false);
            if (!r) {
                m_result->setText(tr("Cannot read the action policy: %1").arg(r.error().message));
                return;
            }
            m_result->clear();
            m_loaded = *r;
            showPolicy(m_loaded);
            markLoaded();
        });
}

ActionPolicyDialog::~ActionPolicyDialog()
{
    delete m_worker; // waits for a save in progress before the widgets go
}

QAction *ActionPolicyDialog::install(const ProfileRoot &profile, QMenu *menu, security::Session *session,
                                     QWidget *window)
{
    return addDialogMenuEntry<ActionPolicyDialog>(menu, tr("Action &policy…"), QStringLiteral("actionPolicy"), profile,
                                                  session, window);
}

void ActionPolicyDialog::showPolicy(const actions::ActionPolicy &policy)
{
    for (auto it = m_enabled.cbegin(); it != m_enabled.cend(); ++it)
        it.value()->setChecked(!policy.isDisabled(it.key()));
    if (QAbstractButton *button = m_remoteGroup->button(int(policy.remotePolicy())))
        button->setChecked(true);
    const QSet<ActionKind> allowed = policy.remoteAllowedActions();
    for (int i = 0; i < m_allowed->count(); ++i) {
        QListWidgetItem *item = m_allowed->item(i);
        item->setCheckState(allowed.contains(ActionKind(item->data(Qt::UserRole).toInt())) ? Qt::Checked
                                                                                           : Qt::Unchecked);
    }
    m_consentHours->setValue(policy.consentHours());
    m_lockedDown->setVisible(policy.isLockedDown());
    updateControls();
}

actions::ActionPolicy ActionPolicyDialog::policy() const
{
    actions::ActionPolicy p = m_loaded;
    for (auto it = m_enabled.cbegin(); it != m_enabled.cend(); ++it)
        p.setDisabled(it.key(), !it.value()->isChecked());
    p.setRemotePolicy(RemotePolicy(m_remoteGroup->checkedId()));
    // Firmware is not offered: keep whatever the file said about it.
    QSet<ActionKind> allowed;
    if (m_loaded.remoteAllowedActions().contains(ActionKind::Firmware))
        allowed.insert(ActionKind::Firmware);
    for (int i = 0; i < m_allowed->count(); ++i) {
        const QListWidgetItem *item = m_allowed->item(i);
        if (item->checkState() == Qt::Checked)
            allowed.insert(ActionKind(item->data(Qt::UserRole).toInt()));
    }
    p.setRemoteAllowedActions(allowed);
    p.setConsentHours(m_consentHours->value());
    return p;
}

void ActionPolicyDialog::updateControls()
{
    const bool editable = isLoaded() && !isBusy();
    for (QCheckBox *box : std::as_const(m_enabled))
        box->setEnabled(editable);
    for (QAbstractButton *button : m_remoteGroup->buttons())
        button->setEnabled(editable);
    // The list only means something with "allow listed".
    m_allowed->setEnabled(editable && m_allowListed->isChecked());
    m_consentHours->setEnabled(editable);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(editable);
}

void ActionPolicyDialog::fail(const QString &message)
{
    m_result->setText(tr("The action policy was not saved: %1").arg(message));
    Q_EMIT saveFailed(m_result->text());
}

void ActionPolicyDialog::accept()
{
    if (isBusy() || !isLoaded())
        return;
    setBusy(true);
    m_result->setText(tr("Saving…"));
    m_worker->run<security::SecurityError>(
        [iniPath = m_profile.settingsPath(), actor = actingUser(),
         policy = policy()](storage::Database &db) -> storage::Result<security::SecurityError> {
            return actions::changeActionPolicy(iniPath, db, actor, policy);
        },
        this,
        [this](storage::Result<security::SecurityError> r) {
            setBusy(false);
            if (!r)
                return fail(r.error().message);
            if (r->isError())
                return fail(r->message);
            m_result->clear();
            Q_EMIT saved();
            QDialog::accept();
        });
}

} // namespace fleet::ui
