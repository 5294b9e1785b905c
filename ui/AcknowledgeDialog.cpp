#include "AcknowledgeDialog.h"

#include "AlertTableModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fleet::ui {

AcknowledgeDialog::AcknowledgeDialog(const QList<storage::FleetAlert> &alerts, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_actor(actor.trimmed())
    , m_note(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("acknowledgeDialog"));
    setWindowTitle(tr("Acknowledge alerts"));

    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("acknowledgeHeading"));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText); // the actor's name is not markup
    heading->setText(m_actor.isEmpty()
                         ? tr("Acknowledge %n alert(s).", nullptr, int(alerts.size()))
                         : tr("Acknowledge %n alert(s) as %1.", nullptr, int(alerts.size())).arg(m_actor));

    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("acknowledgeAlerts"));
    list->setAccessibleName(tr("Alerts to acknowledge"));
    list->setSelectionMode(QAbstractItemView::NoSelection);
    for (const storage::FleetAlert &f : alerts) {
        m_ids << f.alert.id;
        auto *item = new QListWidgetItem(tr("%1: %2 (%3)")
                                             .arg(models::AlertTableModel::deviceText(f),
                                                  models::AlertTableModel::descriptionText(f),
                                                  models::AlertTableModel::severityText(f.severityClass())),
                                         list);
        item->setToolTip(models::AlertTableModel::codeText(f.alert));
    }
    list->setMaximumHeight(list->sizeHintForRow(0) * std::min<int>(int(alerts.size()), 6) + 2 * list->frameWidth() + 4);

    auto *noteLabel = new QLabel(tr("&Note (optional): what was done or why it can wait"), this);
    noteLabel->setBuddy(m_note);
    m_note->setObjectName(QStringLiteral("acknowledgeNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("e.g. toner ordered, ticket 4711"));

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Acknowledge"));
    ok->setObjectName(QStringLiteral("acknowledgeConfirm"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("acknowledgeCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(list);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    if (m_actor.isEmpty()) {
        // Storage refuses an anonymous acknowledgement; say so here instead of failing later.
        auto *why = new QLabel(tr("Fleetkeeper does not know who you are (no user name), so it cannot record an "
                                  "acknowledgement."),
                               this);
        why->setObjectName(QStringLiteral("acknowledgeNoActor"));
        why->setWordWrap(true);
        layout->addWidget(why);
        ok->setEnabled(false);
    }
    if (alerts.isEmpty())
        ok->setEnabled(false);
    layout->addWidget(m_buttons);
    m_note->setFocus();
}

QString AcknowledgeDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void AcknowledgeDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

} // namespace fleet::ui
