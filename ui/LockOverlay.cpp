#include "LockOverlay.h"

#include "LoginForm.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fleet::ui {

LockOverlay::LockOverlay(const QString &databasePath, QWidget *host)
    : QWidget(host)
    , m_title(new QLabel(this))
    , m_form(new LoginForm(databasePath, this))
    , m_switch(new QPushButton(tr("Sign in as someone &else"), this))
{
    setObjectName(QStringLiteral("lockOverlay"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_switch->setObjectName(QStringLiteral("lockSwitchUser"));
    m_switch->setAutoDefault(false);
    m_switch->setFlat(true);
    connect(m_switch, &QPushButton::clicked, this, &LockOverlay::switchUserRequested);
    connect(m_form, &LoginForm::signedIn, this, &LockOverlay::signedIn);

    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("lockPanel"));
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setMaximumWidth(420);
    auto *inner = new QVBoxLayout(panel);
    inner->addWidget(m_title);
    inner->addWidget(m_form);
    inner->addWidget(m_switch, 0, Qt::AlignLeft);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    outer->addWidget(panel, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    host->installEventFilter(this);
    hide();
}

void LockOverlay::showLocked(const QString &userName)
{
    m_title->setText(tr("Fleetkeeper is locked. Enter the password of %1 to continue.").arg(userName));
    m_form->setUserName(userName, true);
    m_form->clear();
    m_switch->show();
    cover();
}

void LockOverlay::showSignedOut()
{
    m_title->setText(tr("Nobody is signed in. Sign in to see the fleet."));
    m_form->setUserName(QString(), false);
    m_form->clear();
    m_switch->hide();
    cover();
}

void LockOverlay::uncover()
{
    hide();
    setSiblingsEnabled(true);
}

// What is covered must not be reachable with the keyboard either.
void LockOverlay::setSiblingsEnabled(bool enabled)
{
    const QList<QWidget *> siblings = parentWidget()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *sibling : siblings) {
        if (sibling != this && !sibling->isWindow())
            sibling->setEnabled(enabled);
    }
}

void LockOverlay::cover()
{
    setSiblingsEnabled(false);
    setGeometry(parentWidget()->rect());
    show();
    raise();
    m_form->focusFirstEmpty();
}

bool LockOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace fleet::ui
