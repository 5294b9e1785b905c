#include "TroubleshootDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fleet::ui {

TroubleshootDialog::TroubleshootDialog(const QString &device, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("troubleshootDialog"));
    setWindowTitle(tr("Troubleshooting — %1").arg(device));
    m_summary->setObjectName(QStringLiteral("troubleshootSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_message->setObjectName(QStringLiteral("troubleshootMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_list->setObjectName(QStringLiteral("troubleshootChecklist"));
    m_list->setAccessibleName(tr("Checklist"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Step"), tr("Result"), tr("Detail")});
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeTroubleshoot"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

void TroubleshootDialog::setResult(const actions::ActionResult &result)
{
    m_list->clear();
    QStringList failed;
    const QJsonArray steps = result.details.value(QStringLiteral("checklist")).toArray();
    for (const QJsonValue &v : steps) {
        const QJsonObject step = v.toObject();
        const QString title = step.value(QStringLiteral("title")).toString();
        const StepState state = step.value(QStringLiteral("skipped")).toBool() ? StepState::Skipped
                                : step.value(QStringLiteral("ok")).toBool()    ? StepState::Passed
                                                                               : StepState::Failed;
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        QString word = tr("Passed");
        if (state == StepState::Failed) {
            icon = QStyle::SP_MessageBoxCritical;
            word = tr("Failed");
            failed << title;
        } else if (state == StepState::Skipped) {
            icon = QStyle::SP_MessageBoxInformation;
            word = tr("Skipped");
        }
        auto *item = new QTreeWidgetItem(m_list, {title, word, step.value(QStringLiteral("detail")).toString()});
        item->setIcon(0, style()->standardIcon(icon));
        item->setData(0, StateRole, int(state));
        item->setData(0, Qt::UserRole, step.value(QStringLiteral("step")).toString());
        item->setToolTip(2, item->text(2));
    }
    for (int c = 0; c < 2; ++c)
        m_list->resizeColumnToContents(c);
    if (steps.isEmpty())
        m_summary->setText(tr("No checklist: %1").arg(result.message));
    else if (failed.isEmpty())
        m_summary->setText(tr("Every step passed."));
    else
        m_summary->setText(tr("Failed: %1").arg(failed.join(QStringLiteral(", "))));
    m_message->setText(result.message);
    // The first failing row is where the eye should go.
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, StateRole).toInt() == int(StepState::Failed)) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            break;
        }
    }
}

QString TroubleshootDialog::summary() const
{
    return m_summary->text();
}

} // namespace fleet::ui
