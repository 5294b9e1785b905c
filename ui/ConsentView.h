#pragma once
// "Remote requests": the device actions the service provider asked for that wait for a person's
// consent (docs/actions.md), with Approve and Deny. The buttons follow the session's role for the
// selected request's action; the core checks again and audits the decision. Reads and decisions
// run on a DatabaseWorker; decided() lets the owner have the SyncService run or report it at once.

#include "sync/ConsentStore.h"
#include "util/ProfileRoot.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace fleet::storage {
class DatabaseWorker;
}
namespace fleet::security {
class Session;
}

namespace fleet::ui {

class ConsentView final : public QDialog
{
    Q_OBJECT
public:
    // session may be null: nobody may decide then, the list is still shown.
    ConsentView(const ProfileRoot &profile, security::Session *session, QWidget *parent = nullptr);
    ~ConsentView() override;
    Q_DISABLE_COPY_MOVE(ConsentView)

    // "The service provider asks to reboot Printer (10.0.0.5) — open to approve" (the tray's text).
    static QString requestText(const sync::Consent &consent);

    QTableWidget *table() const { return m_table; }
    const QList<sync::Consent> &consents() const { return m_consents; }

public Q_SLOTS:
    void refresh();
    void approveCurrent();
    void denyCurrent();

Q_SIGNALS:
    void refreshed();
    // A decision was stored (approved or denied); failed() says why one was not.
    void decided(qint64 consentId, bool approved);
    void failed(const QString &message);

private:
    void display(const QList<sync::Consent> &consents);
    void updateButtons();
    void decide(bool approve);
    std::optional<sync::Consent> current() const;

    ProfileRoot m_profile;
    security::Session *m_session;
    storage::DatabaseWorker *m_worker;
    QTableWidget *m_table;
    QLineEdit *m_reason;
    QPushButton *m_approve;
    QPushButton *m_deny;
    QLabel *m_status;
    QList<sync::Consent> m_consents;
    bool m_busy = false;
};

} // namespace fleet::ui
