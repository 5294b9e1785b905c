#include "LoginDialog.h"

#include "LoginForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fleet::ui {

LoginDialog::LoginDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_form(new LoginForm(databasePath, this))
    , m_intro(new QLabel(this))
{
    setWindowTitle(tr("Sign in to Fleetkeeper"));
    setObjectName(QStringLiteral("loginDialog"));
    m_intro->setObjectName(QStringLiteral("loginIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Sign in with your Fleetkeeper account."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("loginButtons"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("loginCancel"));
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    connect(m_form, &LoginForm::signedIn, this, [this](const security::Actor &actor) {
        m_actor = actor;
        accept();
    });
    // Cancelling while the password is checked would leave the answer with nobody to take it.
    connect(m_form, &LoginForm::busyChanged, buttons, [buttons](bool busy) { buttons->setEnabled(!busy); });
    setMinimumWidth(360);
    m_form->focusFirstEmpty();
}

void LoginDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
}

} // namespace fleet::ui
