#pragma once
// User name, password, a line for the core's answer and a busy state: the sign-in shared by the
// start-up dialog and the lock screen. The password is checked by UserStore::authenticate on a
// worker thread (Argon2id takes about half a second), so the window keeps painting; the refusal
// (wrong password, locked until, disabled) is shown as the core words it.

#include "security/Permissions.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace fleet::storage {
class DatabaseWorker;
}

namespace fleet::ui {

class LoginForm final : public QWidget
{
    Q_OBJECT
public:
    explicit LoginForm(const QString &databasePath, QWidget *parent = nullptr);
    ~LoginForm() override;
    Q_DISABLE_COPY_MOVE(LoginForm)

    // A fixed name (unlocking for the person who was signed in) or a free one (empty).
    void setUserName(const QString &name, bool fixed);
    QString userName() const;
    void clear(); // password and error line
    bool isBusy() const { return m_busy; }
    QString errorText() const;
    void setProblem(const QString &message) { showError(message); }
    void focusFirstEmpty();

    // Checks the entered name and password; the outcome arrives as signedIn() or refused().
    void submit();

Q_SIGNALS:
    void signedIn(const fleet::security::Actor &actor);
    void refused(const QString &message);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void showError(const QString &message);

    std::unique_ptr<storage::DatabaseWorker> m_worker;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_error;
    QProgressBar *m_busyBar;
    QPushButton *m_signIn;
    bool m_busy = false;
    bool m_fixedName = false;
};

} // namespace fleet::ui
