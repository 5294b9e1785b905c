#include "DevicePanelOverviewTab.h"

#include "DeviceAlertModel.h"
#include "SupplyBarDelegate.h"
#include "SupplyGaugeModel.h"
#include "storage/DeviceHistory.h"
#include "storage/FleetOverview.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace fleet::ui {

DevicePanelOverviewTab::DevicePanelOverviewTab(QWidget *parent)
    : DevicePanelTab(parent)
    , m_status(makeValue(QStringLiteral("statusValue"), this))
    , m_lastPoll(makeValue(QStringLiteral("lastPollValue"), this))
    , m_console(makeValue(QStringLiteral("consoleValue"), this))
    , m_noAlerts(new QLabel(tr("No active alerts"), this))
    , m_alertsView(makeTable(QStringLiteral("alertsView"), tr("Active alerts"), this))
    , m_suppliesView(makeTable(QStringLiteral("supplyGaugesView"), tr("Supply levels"), this))
    , m_alerts(new models::DeviceAlertModel(this))
    , m_supplies(new models::SupplyGaugeModel(this))
{
    m_noAlerts->setObjectName(QStringLiteral("noAlertsLabel"));
    m_alertsView->setModel(m_alerts);
    m_suppliesView->setModel(m_supplies);
    m_suppliesView->setItemDelegateForColumn(models::SupplyGaugeModel::Gauge, new SupplyBarDelegate(m_suppliesView));

    auto *form = new QFormLayout();
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Last poll:"), m_lastPoll);
    form->addRow(tr("Console:"), m_console);

    auto *alertsBox = new QGroupBox(tr("Active alerts"), this);
    auto *alertsLayout = new QVBoxLayout(alertsBox);
    alertsLayout->addWidget(m_noAlerts);
    alertsLayout->addWidget(m_alertsView);

    auto *suppliesBox = new QGroupBox(tr("Supplies"), this);
    auto *suppliesLayout = new QVBoxLayout(suppliesBox);
    suppliesLayout->addWidget(m_suppliesView);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(alertsBox, 1);
    layout->addWidget(suppliesBox, 2);
    clear();
}

QString DevicePanelOverviewTab::statusText(const QString &status)
{
    if (status == u"ok")
        return tr("OK");
    if (status == u"warning")
        return tr("Warning");
    if (status == u"error")
        return tr("Error");
    if (status == u"offline")
        return tr("Offline");
    return tr("Unknown");
}

void DevicePanelOverviewTab::showDetails(const storage::DeviceDetails &details)
{
    const QLocale locale;
    const storage::DeviceRecord &d = details.device;
    QString status = statusText(d.status);
    const QJsonObject snapshot = details.latest ? details.latest->snapshot : QJsonObject();
    const QJsonObject st = snapshot.value(u"status").toObject();
    QStringList parts;
    if (const QString p = st.value(u"printerStatus").toString(); !p.isEmpty())
        parts << tr("printer %1").arg(p);
    if (const QString s = st.value(u"deviceStatus").toString(); !s.isEmpty())
        parts << tr("device %1").arg(s);
    if (!parts.isEmpty())
        status += QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + u')';
    m_status->setText(status);

    const QString never = tr("never");
    QString lastPoll =
        d.lastPollAt.isValid() ? locale.toString(d.lastPollAt.toLocalTime(), QLocale::ShortFormat) : never;
    if (details.latest && d.lastPollAt.isValid() && details.latest->polledAt < d.lastPollAt)
        lastPoll += u' ' + tr("(the device did not answer; what is shown is from %1)")
                               .arg(locale.toString(details.latest->polledAt.toLocalTime(), QLocale::ShortFormat));
    m_lastPoll->setText(lastPoll);

    QStringList console;
    for (const QJsonValue m : st.value(u"consoleMessages").toArray())
        console << m.toString().simplified();
    for (const QJsonValue e : st.value(u"detectedErrors").toArray())
        console << tr("detected: %1").arg(e.toString());
    console.removeAll(QString());
    m_console->setText(console.isEmpty() ? tr("No console message reported") : console.join(u'\n'));

    m_alerts->setAlerts(details.openAlerts);
    m_noAlerts->setVisible(details.openAlerts.isEmpty());
    m_alertsView->setVisible(!details.openAlerts.isEmpty());
    m_alertsView->resizeColumnsToContents();

    storage::FleetRow row;
    if (details.latest)
        storage::summariseSnapshot(details.latest->snapshot, row);
    m_supplies->setGauges(row.supplies);
    m_suppliesView->resizeColumnsToContents();
}

void DevicePanelOverviewTab::clear()
{
    m_status->clear();
    m_lastPoll->clear();
    m_console->clear();
    m_alerts->setAlerts({});
    m_supplies->setGauges({});
    m_noAlerts->setVisible(true);
    m_alertsView->setVisible(false);
}

} // namespace fleet::ui
