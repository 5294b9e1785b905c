#pragma once
// Shows one outbox payload decrypted (R3.7, R3.8): the XML exactly as it left or will leave, read
// only, with find. The item is read and decrypted with the stored payload key on a worker thread.

#include "security/Permissions.h"
#include "util/ProfileRoot.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fleet::storage {
class DatabaseWorker;
}

namespace fleet::ui {

class PayloadViewerDialog final : public QDialog
{
    Q_OBJECT
public:
    // actor views it: view-payload is checked by the core and the view is audited.
    PayloadViewerDialog(const ProfileRoot &profile, qint64 outboxId, const security::Actor &actor,
                        QWidget *parent = nullptr);

    QString xml() const;
    // Selects the next (or previous) occurrence of the find text; false when there is none.
    bool findNext(bool backwards = false);

Q_SIGNALS:
    void loaded(bool ok); // the XML (or the reason it cannot be shown) is on screen

private:
    void load(qint64 outboxId);

    ProfileRoot m_profile;
    security::Actor m_actor;
    storage::DatabaseWorker *m_worker;
    QLabel *m_status;
    QPlainTextEdit *m_text;
    QLineEdit *m_find;
    QPushButton *m_next;
    QPushButton *m_previous;
};

} // namespace fleet::ui
