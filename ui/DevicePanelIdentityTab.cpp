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
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(addGroup(tr("Identity"),
                                      {{QStringLiteral("name"), tr("Name:")},
                                       {QStringLiteral("model"), tr("Model:")},
                                       {QStringLiteral("manufacturer"), tr("Manufacturer:")},
                                       {QStringLiteral("serial"), tr("Serial number:")},
                                       {QStringLiteral("firmware"), tr("Firmware:")},
                                       {QStringLiteral("location"), tr("Location:")},
                                       {QStringLiteral("description"), tr("Description:")},
                                       {QStringLiteral("sysObjectId"), tr("System object ID:")}},
                                      content));
    contentLayout->addWidget(addGroup(tr("Network"),
                                      {{QStringLiteral("address"), tr("Address:")},
                                       {QStringLiteral("lastKnownAddress"), tr("Last known address:")},
                                       {QStringLiteral("ipChanged"), tr("IP changed:")},
                                       {QStringLiteral("macs"), tr("MAC addresses:")}},
                                      content));
    contentLayout->addWidget(addGroup(tr("Seen and polled"),
                                      {{QStringLiteral("firstSeen"), tr("First seen:")},
                                       {QStringLiteral("lastSeen"), tr("Last seen:")},
                                       {QStringLiteral("lastSuccess"), tr("Last successful poll:")},
                                       {QStringLiteral("credential"), tr("Credential profile:")},
                                       {QStringLiteral("discovery"), tr("Discovered:")},
                                       {QStringLiteral("scope"), tr("Polled:")}},
                                      content));
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

QGroupBox *DevicePanelIdentityTab::addGroup(const QString &title, std::initializer_list<Field> fields, QWidget *content)
{
    auto *box = new QGroupBox(title, content);
    auto *form = new QFormLayout(box);
    for (const Field &f : fields)
        addField(form, f.key, f.label);
    return box;
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
