#pragma once
// Everything stored about one device, in tabs: overview, counters, supplies, identity and network,
// properties, poll log. Loads through its own storage::DatabaseWorker, so no SQL runs on the GUI
// thread; refresh() after a poll reloads the same device and keeps the tab the user is on.

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace fleet::storage {
class DatabaseWorker;
struct DeviceDetails;
} // namespace fleet::storage

namespace fleet::ui {

class DevicePanelTab;
class DevicePanelSuppliesTab;

class DevicePanel final : public QWidget
{
    Q_OBJECT
public:
    enum Tab { Overview, Counters, Supplies, Identity, Properties, PollLog };

    explicit DevicePanel(const QString &databasePath, QWidget *parent = nullptr);
    ~DevicePanel() override;
    Q_DISABLE_COPY_MOVE(DevicePanel)

    // Shows the device with this id (loading off the GUI thread); 0 or less clears the panel.
    void showDevice(qint64 deviceId);
    void clearDevice();
    // Reloads the shown device, e.g. after a poll; the current tab stays.
    void refresh();

    qint64 deviceId() const { return m_deviceId; }
    QTabWidget *tabs() const { return m_tabs; }
    // The text shown instead of the tabs ("No device selected", an error...); empty while tabs show.
    QString message() const;
    // What "days left" counts from in the supplies tab; the wall clock unless a test sets another.
    void setClock(std::function<QDateTime()> now);
    // A row of device action buttons under the title (the panel takes it; see DeviceActions).
    void setActionBar(QWidget *bar);

Q_SIGNALS:
    // The tabs show the database's current content for deviceId.
    void loaded(qint64 deviceId);
    // Nothing could be shown for deviceId: not in the database, or the database cannot be read.
    void loadFailed(qint64 deviceId, const QString &message);

private:
    void load();
    void showMessage(const QString &text);
    void showDetails(const storage::DeviceDetails &details);

    storage::DatabaseWorker *m_worker;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QList<DevicePanelTab *> m_pages;
    DevicePanelSuppliesTab *m_supplies = nullptr;
    qint64 m_deviceId = 0;
    qint64 m_shownDeviceId = 0; // the device the tabs hold now (0: none)
    quint64 m_request = 0;      // answers to older requests are dropped
};

} // namespace fleet::ui
