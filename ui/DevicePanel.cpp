#include "DevicePanel.h"

#include "DevicePanelCountersTab.h"
#include "DevicePanelIdentityTab.h"
#include "DevicePanelOverviewTab.h"
#include "DevicePanelPollLogTab.h"
#include "DevicePanelPropertiesTab.h"
#include "DevicePanelSuppliesTab.h"
#include "UiLog.h"
#include "storage/DatabaseWorker.h"
#include "storage/DeviceHistory.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fleet::ui {

DevicePanel::DevicePanel(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
    , m_worker(new storage::DatabaseWorker(databasePath, QStringLiteral("device-panel"), this))
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    m_title->setObjectName(QStringLiteral("deviceTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    m_message->setObjectName(QStringLiteral("panelMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_tabs->setObjectName(QStringLiteral("deviceTabs"));
    m_tabs->setAccessibleName(tr("Device details"));
    m_supplies = new DevicePanelSuppliesTab(m_tabs);
    const QList<std::pair<DevicePanelTab *, QString>> pages = {
        {new DevicePanelOverviewTab(m_tabs), tr("Overview")},
        {new DevicePanelCountersTab(m_tabs), tr("Counters")},
        {m_supplies, tr("Supplies")},
        {new DevicePanelIdentityTab(m_tabs), tr("Identity and network")},
        {new DevicePanelPropertiesTab(m_tabs), tr("Properties")},
        {new DevicePanelPollLogTab(m_tabs), tr("Poll log")},
    };
    for (const auto &[page, title] : pages) {
        m_tabs->addTab(page, title);
        m_pages.append(page);
    }

    m_stack->addWidget(m_message);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    clearDevice();
}

DevicePanel::~DevicePanel()
{
    // Wait for a running load before the tabs go away, not while QObject deletes the children.
    delete m_worker;
}

void DevicePanel::setClock(std::function<QDateTime()> now)
{
    m_supplies->setClock(std::move(now));
}

void DevicePanel::setActionBar(QWidget *bar)
{
    bar->setParent(this);
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(1, bar); // between the title and the tabs
}

QString DevicePanel::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void DevicePanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void DevicePanel::clearDevice()
{
    ++m_request; // an answer still on its way is for a device no longer wanted
    m_deviceId = 0;
    m_shownDeviceId = 0;
    for (DevicePanelTab *page : std::as_const(m_pages))
        page->clear();
    m_title->setText(tr("Device"));
    showMessage(tr("No device selected. Choose a device in the fleet list to see its details."));
}

void DevicePanel::showDevice(qint64 deviceId)
{
    if (deviceId <= 0) {
        clearDevice();
        return;
    }
    m_deviceId = deviceId;
    load();
}

void DevicePanel::refresh()
{
    if (m_deviceId > 0)
        load();
}

void DevicePanel::load()
{
    const quint64 request = ++m_request;
    const qint64 id = m_deviceId;
    if (m_shownDeviceId != id)
        showMessage(tr("Loading…"));
    m_worker->run<std::optional<storage::DeviceDetails>>(
        [id](storage::Database &db) { return storage::loadDeviceDetails(db, id); }, this,
        [this, request, id](storage::Result<std::optional<storage::DeviceDetails>> result) {
            if (request != m_request)
                return;
            QString error;
            if (!result)
                error = tr("Cannot read the database: %1").arg(result.error().message);
            else if (!*result)
                error = tr("Device %1 is not in the database; it may have been removed.").arg(id);
            if (!error.isEmpty()) {
                qCWarning(lcUi) << "device panel:" << error;
                m_shownDeviceId = 0;
                for (DevicePanelTab *page : std::as_const(m_pages))
                    page->clear();
                m_title->setText(tr("Device"));
                showMessage(error);
                Q_EMIT loadFailed(id, error);
                return;
            }
            showDetails(**result);
            Q_EMIT loaded(id);
        });
}

void DevicePanel::showDetails(const storage::DeviceDetails &details)
{
    const storage::DeviceRecord &d = details.device;
    QStringList title{d.name.isEmpty() ? d.address : d.name};
    if (!d.model.isEmpty())
        title << d.model;
    if (!d.name.isEmpty())
        title << d.address;
    m_title->setText(title.join(QStringLiteral(" · ")));
    for (DevicePanelTab *page : std::as_const(m_pages))
        page->showDetails(details);
    m_shownDeviceId = d.id;
    m_stack->setCurrentWidget(m_tabs);
}

} // namespace fleet::ui
