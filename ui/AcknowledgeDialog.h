#pragma once
// Asks for the note of an acknowledgement and shows what is acknowledged and by whom. It only
// collects input: the caller stores the acknowledgement (off the GUI thread).

#include "storage/AlertRepository.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace fleet::ui {

class AcknowledgeDialog final : public QDialog
{
    Q_OBJECT
public:
    // actor: who acknowledges; when empty the dialog explains why it cannot be confirmed.
    AcknowledgeDialog(const QList<storage::FleetAlert> &alerts, const QString &actor, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AcknowledgeDialog)

    QList<qint64> alertIds() const { return m_ids; }
    QString actor() const { return m_actor; }
    QString note() const; // trimmed
    void setNote(const QString &note);

private:
    QList<qint64> m_ids;
    QString m_actor;
    QPlainTextEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace fleet::ui
