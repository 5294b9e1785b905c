#include "ChangePasswordDialog.h"

#include "UserStoreJob.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fleet::ui {

namespace {
QLineEdit *passwordField(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

ChangePasswordDialog::ChangePasswordDialog(const QString &databasePath, security::Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_worker(std::make_unique<storage::DatabaseWorker>(databasePath, QStringLiteral("change-password")))
    , m_actor(std::move(actor))
    , m_current(passwordField("currentPassword", this))
    , m_new(passwordField("newPassword", this))
    , m_repeat(passwordField("repeatPassword", this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Change password"));
    setObjectName(QStringLiteral("changePasswordDialog"));
    auto *intro = new QLabel(tr("Change the password of %1. A password needs at least %2 characters.")
                                 .arg(m_actor.name)
                                 .arg(security::UserStore::kMinimumPasswordLength),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Current password"), m_current);
    form->addRow(tr("&New password"), m_new);
    form->addRow(tr("&Repeat new password"), m_repeat);
    m_error->setObjectName(QStringLiteral("changePasswordError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Problem with the new password"));
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();
    m_buttons->setObjectName(QStringLiteral("changePasswordButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changePasswordOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&hange password"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("changePasswordCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(380);
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

QString ChangePasswordDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ChangePasswordDialog::showError(const QString &message, QLineEdit *field)
{
    m_error->setText(message);
    m_error->show();
    if (field) {
        field->setFocus();
        field->selectAll();
    }
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->setEnabled(!busy);
    for (QLineEdit *edit : {m_current, m_new, m_repeat})
        edit->setReadOnly(busy);
    Q_EMIT busyChanged(busy);
}

void ChangePasswordDialog::accept()
{
    if (m_busy)
        return;
    if (m_new->text() != m_repeat->text())
        return showError(tr("The new passwords do not match."), m_repeat);
    // The rules are the core's; checked here too so a short password does not cost a hash first.
    if (const auto problem = security::UserStore::checkPasswordPolicy(m_actor.name, m_new->text()))
        return showError(problem.message, m_new);
    m_error->hide();
    setBusy(true);
    const security::Actor actor = m_actor;
    const QString current = m_current->text();
    const QString fresh = m_new->text();
    runUserStoreChange(
        *m_worker,
        [actor, current, fresh](security::UserStore &users) { return users.changeOwnPassword(actor, current, fresh); },
        this,
        [this](const security::SecurityError &error) {
            setBusy(false);
            if (!error) {
                QDialog::accept();
                return;
            }
            const bool currentWrong = error.code == security::SecurityErrorCode::BadCredentials ||
                                      error.code == security::SecurityErrorCode::Locked;
            if (currentWrong)
                m_current->clear();
            showError(error.message, currentWrong ? m_current : m_new);
        });
}

} // namespace fleet::ui
