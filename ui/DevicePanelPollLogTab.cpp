#include "DevicePanelPollLogTab.h"

#include "PollLogModel.h"
#include "storage/DeviceHistory.h"

#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace fleet::ui {

DevicePanelPollLogTab::DevicePanelPollLogTab(QWidget *parent)
    : DevicePanelTab(parent)
    , m_summary(makeValue(QStringLiteral("pollSummary"), this))
    , m_view(makeTable(QStringLiteral("pollLogView"), tr("Poll log"), this))
    , m_model(new models::PollLogModel(this))
{
    m_view->setModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    clear();
}

void DevicePanelPollLogTab::showDetails(const storage::DeviceDetails &details)
{
    m_model->setPolls(details.polls);
    m_view->resizeColumnsToContents();
    int failed = 0;
    for (const storage::PollRecord &p : details.polls)
        failed += p.result != storage::kPollOk ? 1 : 0;
    m_summary->setText(details.polls.isEmpty()
                           ? tr("No polls recorded.")
                           : tr("The last %n poll(s), newest first", nullptr, int(details.polls.size())) +
                                 QStringLiteral("; ") + tr("%n with an error", nullptr, failed) + u'.');
}

void DevicePanelPollLogTab::clear()
{
    m_model->setPolls({});
    m_summary->clear();
}

} // namespace fleet::ui
