#pragma once
// Covers the window's content while nobody may see it: locked after inactivity (the same person's
// password unlocks, or someone else signs in) or signed out (anyone signs in). It is an opaque
// child stretched over its host, so the fleet, alerts and payloads behind it are not drawn.

#include "security/Permissions.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace fleet::ui {

class LoginForm;

class LockOverlay final : public QWidget
{
    Q_OBJECT
public:
    LockOverlay(const QString &databasePath, QWidget *host);
    Q_DISABLE_COPY_MOVE(LockOverlay)

    void showLocked(const QString &userName);
    void showSignedOut();
    void uncover();
    bool isCovering() const { return !isHidden(); }
    LoginForm *form() const { return m_form; }

Q_SIGNALS:
    void signedIn(const fleet::security::Actor &actor);
    void switchUserRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void cover();
    void setSiblingsEnabled(bool enabled);

    QLabel *m_title;
    LoginForm *m_form;
    QPushButton *m_switch;
};

} // namespace fleet::ui
