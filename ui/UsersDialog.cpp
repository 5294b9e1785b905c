#include "UsersDialog.h"

#include "UserStoreJob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fleet::ui {

using security::Role;
using security::SecurityError;
using security::UserStore;

namespace {

struct Lists
{
    QList<security::UserRecord> users;
    QList<security::GroupRole> groups;
};

QTableWidget *table(const char *name, const QStringList &headers, QWidget *parent)
{
    auto *view = new QTableWidget(0, int(headers.size()), parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setHorizontalHeaderLabels(headers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false);
    return b;
}

QComboBox *roleBox(const char *name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    for (Role role : security::accountRoles())
        box->addItem(security::roleTitle(role), security::roleName(role));
    return box;
}

Role roleOf(const QComboBox *box)
{
    return security::roleFromName(box->currentData().toString()).value_or(Role::Customer);
}

QLineEdit *passwordEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

// A small form dialog (deleted on close) whose OK runs onOk; onOk returns why it cannot be taken, if so.
QDialog *formDialog(QWidget *parent, const QString &title, const char *name, QFormLayout *form,
                    std::function<QString()> onOk)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QString::fromLatin1(name));
    dialog->setWindowTitle(title);
    auto *problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("formProblem"));
    problem->setWordWrap(true);
    problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("formOk"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("formCancel"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, [dialog, problem, onOk = std::move(onOk)] {
        if (const QString why = onOk(); !why.isEmpty()) {
            problem->setText(why);
            problem->show();
            return;
        }
        dialog->accept();
    });
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    return dialog;
}

} // namespace

UsersDialog::UsersDialog(const QString &databasePath, security::Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_worker(std::make_unique<storage::DatabaseWorker>(databasePath, QStringLiteral("users-dialog")))
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Users"));
    setObjectName(QStringLiteral("usersDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildUsers(), 3);
    layout->addWidget(buildGroups(), 2);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("usersError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Problem"));
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();
    layout->addWidget(m_error);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("usersStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("usersClose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &UsersDialog::reject);
    layout->addWidget(buttons);
    resize(640, 520);
    updateButtons();
    reload();
}

UsersDialog::~UsersDialog() = default;

QWidget *UsersDialog::buildUsers()
{
    auto *box = new QGroupBox(tr("Accounts"), this);
    m_userTable = table("usersTable", {tr("Name"), tr("Role"), tr("State"), tr("Last sign-in")}, box);
    m_userTable->setAccessibleName(tr("Accounts"));
    m_add = button(tr("&Add user…"), "addUser", box);
    m_role = button(tr("Change &role…"), "changeRole", box);
    m_toggle = button(tr("&Disable"), "toggleDisabled", box);
    m_reset = button(tr("Reset &password…"), "resetPassword", box);
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::openAdd);
    connect(m_role, &QPushButton::clicked, this, &UsersDialog::openRole);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::openReset);
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        const QString name = selectedUser();
        for (const auto &u : std::as_const(m_users)) {
            if (u.name == name)
                setDisabled(name, !u.disabled);
        }
    });
    connect(m_userTable, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_role, m_toggle, m_reset})
        side->addWidget(b);
    side->addStretch();
    auto *layout = new QHBoxLayout(box);
    layout->addWidget(m_userTable, 1);
    layout->addLayout(side);
    return box;
}

QWidget *UsersDialog::buildGroups()
{
    auto *box = new QGroupBox(tr("Unix groups"), this);
    auto *note = new QLabel(
        tr("Members of a mapped group use Fleetkeeper with its role without a password (the strongest role wins)."),
        box);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_groupTable = table("groupTable", {tr("Group"), tr("Role")}, box);
    m_groupTable->setAccessibleName(tr("Unix group mappings"));
    m_addGroup = button(tr("&Map group…"), "addGroup", box);
    m_removeGroup = button(tr("R&emove mapping"), "removeGroup", box);
    connect(m_addGroup, &QPushButton::clicked, this, &UsersDialog::openGroup);
    connect(m_removeGroup, &QPushButton::clicked, this, [this] {
        if (const QString group = selectedGroup(); !group.isEmpty())
            unmapGroup(group);
    });
    connect(m_groupTable, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    auto *side = new QVBoxLayout;
    side->addWidget(m_addGroup);
    side->addWidget(m_removeGroup);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_groupTable, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(note);
    layout->addLayout(row);
    return box;
}

void UsersDialog::reload()
{
    const security::Actor actor = m_actor;
    setBusy(true);
    runUserStore<Lists>(
        *m_worker,
        [actor](UserStore &store) -> security::SecurityResult<Lists> {
            auto users = store.users(actor);
            if (!users)
                return users.error();
            auto groups = store.groupRoles();
            if (!groups)
                return groups.error();
            return Lists{*users, *groups};
        },
        this,
        [this](security::SecurityResult<Lists> result) {
            setBusy(false);
            m_loaded = true;
            if (!result) {
                showError(result.error().message);
            } else {
                m_users = result->users;
                m_groups = result->groups;
            }
            showUsers();
            showGroups();
            updateButtons();
            Q_EMIT loaded();
        });
}

void UsersDialog::showUsers()
{
    const QString keep = selectedUser();
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_userTable->setRowCount(int(m_users.size()));
    for (int r = 0; r < m_users.size(); ++r) {
        const security::UserRecord &u = m_users.at(r);
        QString state = tr("Enabled");
        if (u.disabled)
            state = tr("Disabled");
        else if (u.lockedUntil.isValid() && u.lockedUntil > now)
            state = tr("Locked until %1").arg(locale.toString(u.lockedUntil.toLocalTime(), QLocale::ShortFormat));
        const QString last =
            u.lastLoginAt.isValid() ? locale.toString(u.lastLoginAt.toLocalTime(), QLocale::ShortFormat) : tr("never");
        const QStringList cells{u.name, security::roleTitle(u.role), state, last};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, u.name);
            m_userTable->setItem(r, c, item);
        }
    }
    m_userTable->resizeColumnsToContents();
    m_status->setText(m_users.isEmpty() ? tr("No accounts yet: add the first administrator.")
                                        : tr("%n account(s)", nullptr, int(m_users.size())));
    if (!keep.isEmpty())
        selectUser(keep);
}

void UsersDialog::showGroups()
{
    const QString keep = selectedGroup();
    m_groupTable->setRowCount(int(m_groups.size()));
    for (int r = 0; r < m_groups.size(); ++r) {
        const security::GroupRole &g = m_groups.at(r);
        const QStringList cells{g.group, security::roleTitle(g.role)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, g.group);
            m_groupTable->setItem(r, c, item);
            if (g.group == keep)
                m_groupTable->selectRow(r);
        }
    }
}

void UsersDialog::selectUser(const QString &name)
{
    for (int r = 0; r < m_userTable->rowCount(); ++r) {
        if (m_userTable->item(r, 0)->data(Qt::UserRole).toString() == name) {
            m_userTable->selectRow(r);
            return;
        }
    }
}

QString UsersDialog::selectedUser() const
{
    const auto rows = m_userTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole).toString();
}

QString UsersDialog::selectedGroup() const
{
    const auto rows = m_groupTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole).toString();
}

void UsersDialog::updateButtons()
{
    const QString name = selectedUser();
    const security::UserRecord *user = nullptr;
    for (const auto &u : std::as_const(m_users)) {
        if (u.name == name)
            user = &u;
    }
    m_add->setEnabled(!m_busy && m_loaded);
    m_add->setText(m_loaded && m_users.isEmpty() ? tr("&Add administrator…") : tr("&Add user…"));
    for (QPushButton *b : {m_role, m_toggle, m_reset})
        b->setEnabled(!m_busy && user);
    m_toggle->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
    m_addGroup->setEnabled(!m_busy && m_loaded);
    m_removeGroup->setEnabled(!m_busy && !selectedGroup().isEmpty());
}

void UsersDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

QString UsersDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void UsersDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void UsersDialog::change(std::function<SecurityError(UserStore &)> job, const QString &done)
{
    showError(QString());
    setBusy(true);
    runUserStoreChange(*m_worker, std::move(job), this, [this, done](const SecurityError &error) {
        setBusy(false);
        if (error)
            showError(error.message);
        else
            m_status->setText(done);
        Q_EMIT changeFinished(error.message);
        reload();
    });
}

void UsersDialog::addUser(const QString &name, Role role, const QString &password)
{
    const security::Actor actor = m_actor;
    if (m_loaded && m_users.isEmpty()) {
        // The first account: created as administrator by whoever sets the profile up.
        showError(QString());
        setBusy(true);
        runUserStore<security::UserRecord>(
            *m_worker,
            [actor, name, password](UserStore &store) {
                return store.createFirstAdministrator(name, password, actor.name);
            },
            this,
            [this](security::SecurityResult<security::UserRecord> result) {
                setBusy(false);
                if (!result) {
                    showError(result.error().message);
                } else {
                    m_status->setText(tr("%1 is the first administrator.").arg(result->name));
                    Q_EMIT firstAdministratorCreated(result->actor());
                }
                Q_EMIT changeFinished(result.error().message);
                reload();
            });
        return;
    }
    change(
        [actor, name, role, password](UserStore &store) { return store.addUser(actor, name, role, password).error(); },
        tr("%1 was added as %2.").arg(name, security::roleTitle(role)));
}

void UsersDialog::changeRole(const QString &name, Role role)
{
    const security::Actor actor = m_actor;
    change([actor, name, role](UserStore &store) { return store.setRole(actor, name, role); },
           tr("%1 is now %2.").arg(name, security::roleTitle(role)));
}

void UsersDialog::setDisabled(const QString &name, bool disabled)
{
    const security::Actor actor = m_actor;
    change([actor, name, disabled](UserStore &store) { return store.setDisabled(actor, name, disabled); },
           disabled ? tr("%1 is disabled.").arg(name) : tr("%1 is enabled.").arg(name));
}

void UsersDialog::resetPassword(const QString &name, const QString &password)
{
    const security::Actor actor = m_actor;
    change([actor, name, password](UserStore &store) { return store.resetPassword(actor, name, password); },
           tr("The password of %1 was reset.").arg(name));
}

void UsersDialog::mapGroup(const QString &group, Role role)
{
    const security::Actor actor = m_actor;
    change([actor, group, role](UserStore &store) { return store.mapGroup(actor, group, role); },
           tr("Members of %1 are %2.").arg(group, security::roleTitle(role)));
}

void UsersDialog::unmapGroup(const QString &group)
{
    const security::Actor actor = m_actor;
    change([actor, group](UserStore &store) { return store.mapGroup(actor, group, std::nullopt); },
           tr("The group %1 is no longer mapped.").arg(group));
}

void UsersDialog::openAdd()
{
    const bool first = m_users.isEmpty();
    auto *form = new QFormLayout;
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("editUserName"));
    QComboBox *role = roleBox("editUserRole", nullptr);
    if (first) {
        role->setCurrentIndex(role->findData(security::roleName(Role::Administrator)));
        role->setEnabled(false); // the first account administers the rest
    } else {
        role->setCurrentIndex(role->findData(security::roleName(Role::Customer)));
    }
    QLineEdit *password = passwordEdit("editUserPassword", nullptr);
    QLineEdit *repeat = passwordEdit("editUserRepeat", nullptr);
    form->addRow(tr("&Name"), name);
    form->addRow(tr("&Role"), role);
    form->addRow(tr("Initial &password"), password);
    form->addRow(tr("Re&peat password"), repeat);
    QDialog *dialog = formDialog(this, first ? tr("Add the first administrator") : tr("Add user"), "userEditDialog",
                                 form, [this, name, role, password, repeat] {
                                     if (password->text() != repeat->text())
                                         return tr("The passwords do not match.");
                                     addUser(name->text().trimmed(), roleOf(role), password->text());
                                     return QString();
                                 });
    dialog->open();
}

void UsersDialog::openRole()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    auto *form = new QFormLayout;
    QComboBox *role = roleBox("editUserRole", nullptr);
    for (const auto &u : std::as_const(m_users)) {
        if (u.name == user)
            role->setCurrentIndex(role->findData(security::roleName(u.role)));
    }
    form->addRow(tr("&Role of %1").arg(user), role);
    formDialog(this, tr("Change role"), "roleEditDialog", form, [this, user, role] {
        changeRole(user, roleOf(role));
        return QString();
    })->open();
}

void UsersDialog::openReset()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    auto *form = new QFormLayout;
    QLineEdit *password = passwordEdit("editUserPassword", nullptr);
    QLineEdit *repeat = passwordEdit("editUserRepeat", nullptr);
    form->addRow(tr("New &password for %1").arg(user), password);
    form->addRow(tr("Re&peat password"), repeat);
    formDialog(this, tr("Reset password"), "resetPasswordDialog", form, [this, user, password, repeat] {
        if (password->text() != repeat->text())
            return tr("The passwords do not match.");
        resetPassword(user, password->text());
        return QString();
    })->open();
}

void UsersDialog::openGroup()
{
    auto *form = new QFormLayout;
    auto *group = new QLineEdit;
    group->setObjectName(QStringLiteral("editGroupName"));
    QComboBox *role = roleBox("editGroupRole", nullptr);
    role->setCurrentIndex(role->findData(security::roleName(Role::Customer)));
    form->addRow(tr("Unix &group"), group);
    form->addRow(tr("&Role"), role);
    formDialog(this, tr("Map a Unix group"), "groupEditDialog", form, [this, group, role] {
        mapGroup(group->text().trimmed(), roleOf(role));
        return QString();
    })->open();
}

} // namespace fleet::ui
