#include "DevicePanelIdentityTab.h"

#include "storage/DeviceHistory.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fleet::ui {

DevicePanelIdentityTab::DevicePanelIdentityTab(QWidget *parent)
    : DevicePanelTab(parent)
{
    auto *content = new QWidget();
    auto *identityBox = new QGroupBox(tr("Identity"), content);
    auto *identity = new QFormLayout(identityBox);
    addField(identity, QStringLiteral("name"), tr("Name:"));
    addField(identity, QStringLiteral("model"), tr("Model:"));
    addField(identity, QStringLiteral("manufacturer"), tr("Manufacturer:"));
    addField(identity, QStringLiteral("serial"), tr("Serial number:"));
    addField(identity, QStringLiteral("firmware"), tr("Firmware:"));
    addField(identity, QStringLiteral("location"), tr("Location:"));
    addField(identity, QStringLiteral("description"), tr("Description:"));
    addField(identity, QStringLiteral("sysObjectId"), tr("System object ID:"));

    auto *networkBox = new QGroupBox(tr("Network"), content);
    auto *network = new QFormLayout(networkBox);
    addField(network, QStringLiteral("address"), tr("Address:"));
    addField(network, QStringLiteral("lastKnownAddress"), tr("Last known address:"));
    addField(network, QStringLiteral("ipChanged"), tr("IP changed:"));
    addField(network, QStringLiteral("macs"), tr("MAC addresses:"));

    auto *historyBox = new QGroupBox(tr("Seen and polled"), content);
    auto *history = new QFormLayout(historyBox);
    addField(history, QStringLiteral("firstSeen"), tr("First seen:"));
    addField(history, QStringLiteral("lastSeen"), tr("Last seen:"));
    addField(history, QStringLiteral("lastSuccess"), tr("Last successful poll:"));
    addField(history, QStringLiteral("credential"), tr("Credential profile:"));
    addField(history, QStringLiteral("discovery"), tr("Discovered:"));
    addField(history, QStringLiteral("scope"), tr("Polled:"));

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(identityBox);
    contentLayout->addWidget(networkBox);
    contentLayout->addWidget(historyBox);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("identityScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    clear();
}

void DevicePanelIdentityTab::addField(QFormLayout *form, const QString &field, const QString &label)
{
    QLabel *value = makeValue(field + QStringLiteral("Value"), form->parentWidget());
    auto *caption = new QLabel(label, form->parentWidget());
    caption->setBuddy(value);
    value->setAccessibleName(QString(label).remove(u':'));
    form->addRow(caption, value);
    m_values.insert(field, value);
}

void DevicePanelIdentityTab::set(const QString &field, const QString &text)
{
    if (QLabel *l = m_values.value(field))
        l->setText(text.isEmpty() ? tr("not reported") : text);
}

void DevicePanelIdentityTab::showDetails(const storage::DeviceDetails &details)
{
    const storage::DeviceRecord &d = details.device;
    const QLocale locale;
    const auto when = [&](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::LongFormat) : tr("never");
    };
    const QJsonObject identity =
        details.latest ? details.latest->snapshot.value(u"identity").toObject() : QJsonObject();
    set(QStringLiteral("name"), d.name);
    set(QStringLiteral("model"), d.model);
    set(QStringLiteral("manufacturer"), d.manufacturer);
    set(QStringLiteral("serial"), d.serial);
    set(QStringLiteral("firmware"), d.firmware);
    set(QStringLiteral("location"), d.location);
    set(QStringLiteral("description"), identity.value(u"sysDescr").toString().simplified());
    set(QStringLiteral("sysObjectId"), d.sysObjectId);
    set(QStringLiteral("address"), d.address);
    if (QLabel *l = m_values.value(QStringLiteral("lastKnownAddress")))
        l->setText(d.lastKnownAddress.isEmpty() ? tr("unchanged since first seen") : d.lastKnownAddress);
    if (QLabel *l = m_values.value(QStringLiteral("ipChanged")))
        l->setText(d.ipChanged ? tr("Yes, on %1 (was %2)").arg(when(d.ipChangedAt), d.lastKnownAddress) : tr("No"));
    if (QLabel *l = m_values.value(QStringLiteral("macs")))
        l->setText(d.macAddresses.isEmpty() ? tr("none reported") : d.macAddresses.join(u'\n'));
    set(QStringLiteral("firstSeen"), when(d.firstSeen));
    set(QStringLiteral("lastSeen"), when(d.lastSeen));
    set(QStringLiteral("lastSuccess"), when(d.lastSuccessAt));
    if (QLabel *l = m_values.value(QStringLiteral("credential")))
        l->setText(d.credentialName.isEmpty() ? tr("inline credentials (no stored profile)") : d.credentialName);
    set(QStringLiteral("discovery"),
        d.discoveredAt.isValid() ? tr("%1, by %2").arg(when(d.discoveredAt), d.discoveryMethod) : d.discoveryMethod);
    set(QStringLiteral("scope"), d.inScope ? tr("Yes, in scope") : tr("No, out of scope"));
}

void DevicePanelIdentityTab::clear()
{
    for (QLabel *l : std::as_const(m_values))
        l->clear();
}

} // namespace fleet::ui
