#pragma once
// The sign-in shown before the main window when the profile has accounts and the operating-system
// user is not in a mapped group: accepted once the core has checked the password, with the actor
// it returned.

#include "security/Permissions.h"

#include <QDialog>

class QLabel;

namespace fleet::ui {

class LoginForm;

class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(const QString &databasePath, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LoginDialog)

    // Valid after accept().
    const security::Actor &actor() const { return m_actor; }
    LoginForm *form() const { return m_form; }
    // A sentence above the fields (why the sign-in is asked for).
    void setIntro(const QString &text);

private:
    LoginForm *m_form;
    QLabel *m_intro;
    security::Actor m_actor;
};

} // namespace fleet::ui
