#include "ActionProgressDialog.h"

#include "actions/ActionRunner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace fleet::ui {

QString outcomeTitle(actions::Outcome outcome)
{
    switch (outcome) {
    case actions::Outcome::Succeeded:
        return ActionProgressDialog::tr("Succeeded");
    case actions::Outcome::Failed:
        return ActionProgressDialog::tr("Failed");
    case actions::Outcome::Refused:
        return ActionProgressDialog::tr("Refused");
    case actions::Outcome::Cancelled:
        return ActionProgressDialog::tr("Cancelled");
    case actions::Outcome::TimedOut:
        return ActionProgressDialog::tr("Timed out");
    }
    return {};
}

ActionProgressDialog::ActionProgressDialog(const QString &title, const QString &device, QWidget *parent)
    : QDialog(parent)
    , m_status(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_outcome(new QLabel(this))
    , m_message(new QLabel(this))
    , m_detailsToggle(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
    , m_closeOnFinish(new QCheckBox(tr("C&lose when finished"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_close(new QPushButton(tr("C&lose"), this))
{
    setObjectName(QStringLiteral("actionProgressDialog"));
    setModal(false);
    setWindowTitle(tr("%1 — %2").arg(title, device));

    m_status->setObjectName(QStringLiteral("actionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setText(tr("Starting…"));
    m_bar->setObjectName(QStringLiteral("actionProgress"));
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setRange(0, 100);
    m_bar->setValue(0);

    m_outcome->setObjectName(QStringLiteral("actionOutcome"));
    QFont bold = m_outcome->font();
    bold.setBold(true);
    m_outcome->setFont(bold);
    m_outcome->hide();
    m_message->setObjectName(QStringLiteral("actionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();

    m_detailsToggle->setObjectName(QStringLiteral("actionDetailsToggle"));
    m_detailsToggle->setText(tr("&Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->hide();
    connect(m_detailsToggle, &QToolButton::toggled, this, &ActionProgressDialog::setDetailsVisible);
    m_details->setObjectName(QStringLiteral("actionDetails"));
    m_details->setAccessibleName(tr("Details"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setMinimumHeight(200); // a snapshot's JSON runs to hundreds of lines
    m_details->hide();

    m_closeOnFinish->setObjectName(QStringLiteral("closeOnFinish"));
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_close->setObjectName(QStringLiteral("closeAction"));
    m_close->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_runner || m_result)
            return;
        m_cancelRequested = true;
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
        m_runner->cancel();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);
    // The box would connect rejected() to nothing of ours; the buttons' own clicks do the work.
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_closeOnFinish);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_outcome);
    layout->addWidget(m_message);
    layout->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_details, 1);
    layout->addLayout(bottom);
    resize(480, sizeHint().height());
}

void ActionProgressDialog::follow(actions::ActionRunner *runner)
{
    m_runner = runner;
    connect(runner, &actions::ActionRunner::progress, this, &ActionProgressDialog::onProgress);
    connect(runner, &actions::ActionRunner::finished, this, &ActionProgressDialog::showResult);
}

void ActionProgressDialog::onProgress(int percent, const QString &text)
{
    if (m_result)
        return;
    m_bar->setValue(std::clamp(percent, 0, 100));
    if (!m_cancelRequested)
        m_status->setText(text);
}

QString ActionProgressDialog::statusText() const
{
    return m_status->text();
}

void ActionProgressDialog::showResult(const actions::ActionResult &result)
{
    if (m_result)
        return;
    m_result = result;
    const bool ok = result.ok();
    if (ok)
        m_bar->setValue(100);
    m_status->setText(tr("Finished."));
    m_outcome->setText(outcomeTitle(result.outcome));
    m_outcome->show();
    m_message->setText(result.message);
    m_message->show();
    const QStyle::StandardPixmap icon = ok                                              ? QStyle::SP_DialogApplyButton
                                        : result.outcome == actions::Outcome::Cancelled ? QStyle::SP_MessageBoxWarning
                                                                                        : QStyle::SP_MessageBoxCritical;
    setWindowIcon(style()->standardIcon(icon));
    if (!result.details.isEmpty()) {
        m_details->setPlainText(QString::fromUtf8(QJsonDocument(result.details).toJson(QJsonDocument::Indented)));
        m_detailsToggle->show();
    }
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setDefault(true);
    m_close->setFocus(Qt::OtherFocusReason);
    m_runner = nullptr;
    Q_EMIT actionFinished(result);
    if (m_closeOnFinish->isChecked())
        accept();
}

void ActionProgressDialog::setDetailsVisible(bool visible)
{
    m_details->setVisible(visible);
    m_detailsToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    const int width = this->width(); // grow or shrink in height only
    adjustSize();
    resize(std::max(width, this->width()), height());
}

void ActionProgressDialog::setCloseOnFinish(bool close)
{
    m_closeOnFinish->setChecked(close);
}

bool ActionProgressDialog::closeOnFinish() const
{
    return m_closeOnFinish->isChecked();
}

// Escape or the window's close button while the action runs cancels it (a device action is not
// left running without a window that shows its end); the dialog closes once the result is in.
void ActionProgressDialog::reject()
{
    if (m_runner && !m_result) {
        if (!m_cancelRequested)
            m_cancel->click();
        m_closeOnFinish->setChecked(true);
        return;
    }
    QDialog::reject();
}

} // namespace fleet::ui
