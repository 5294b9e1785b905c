#include "LoginForm.h"

#include "UserStoreJob.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace fleet::ui {

LoginForm::LoginForm(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
    , m_worker(std::make_unique<storage::DatabaseWorker>(databasePath, QStringLiteral("sign-in")))
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_signIn(new QPushButton(tr("&Sign in"), this))
{
    setObjectName(QStringLiteral("loginForm"));
    m_name->setObjectName(QStringLiteral("loginName"));
    m_name->setAccessibleName(tr("User name"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Sign-in problem"));
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();
    m_busyBar->setObjectName(QStringLiteral("loginBusy"));
    m_busyBar->setRange(0, 0); // no steps to count: the hash takes as long as it takes
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(m_busyBar->fontMetrics().height() / 2 + 2);
    m_busyBar->setAccessibleName(tr("Checking the password"));
    m_busyBar->hide();
    m_signIn->setObjectName(QStringLiteral("loginSignIn"));
    m_signIn->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name"), m_name);
    form->addRow(tr("&Password"), m_password);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_signIn);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busyBar);
    layout->addLayout(buttons);

    connect(m_signIn, &QPushButton::clicked, this, &LoginForm::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginForm::submit);
    connect(m_name, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus();
        else
            submit();
    });
}

LoginForm::~LoginForm() = default;

void LoginForm::setUserName(const QString &name, bool fixed)
{
    m_fixedName = fixed;
    m_name->setText(name);
    m_name->setReadOnly(fixed);
    // A fixed name is information, not a field to stop at.
    m_name->setFocusPolicy(fixed ? Qt::NoFocus : Qt::StrongFocus);
}

QString LoginForm::userName() const
{
    return m_name->text();
}

void LoginForm::clear()
{
    m_password->clear();
    m_error->clear();
    m_error->hide();
}

QString LoginForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginForm::focusFirstEmpty()
{
    if (m_name->text().isEmpty() && !m_name->isReadOnly())
        m_name->setFocus();
    else
        m_password->setFocus();
}

void LoginForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void LoginForm::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_signIn->setEnabled(!busy);
    m_password->setReadOnly(busy);
    m_name->setReadOnly(busy || m_fixedName);
    Q_EMIT busyChanged(busy);
}

void LoginForm::submit()
{
    if (m_busy)
        return;
    const QString name = m_name->text().trimmed();
    const QString password = m_password->text();
    if (name.isEmpty()) {
        showError(tr("Enter your user name."));
        m_name->setFocus();
        return;
    }
    m_error->hide();
    setBusy(true);
    runUserStore<security::Actor>(
        *m_worker, [name, password](security::UserStore &users) { return users.authenticate(name, password); }, this,
        [this](security::SecurityResult<security::Actor> result) {
            setBusy(false);
            m_password->clear();
            if (result) {
                m_error->hide();
                Q_EMIT signedIn(*result);
                return;
            }
            showError(result.error().message);
            m_password->setFocus();
            Q_EMIT refused(result.error().message);
        });
}

} // namespace fleet::ui
