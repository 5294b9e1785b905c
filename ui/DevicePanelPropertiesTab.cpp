#include "DevicePanelPropertiesTab.h"

#include "DevicePropertiesModel.h"
#include "storage/DeviceHistory.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

namespace fleet::ui {

DevicePanelPropertiesTab::DevicePanelPropertiesTab(QWidget *parent)
    : DevicePanelTab(parent)
    , m_source(makeValue(QStringLiteral("propertiesSource"), this))
    , m_view(new QTreeView(this))
    , m_model(new models::DevicePropertiesModel(this))
{
    m_view->setObjectName(QStringLiteral("propertiesView"));
    m_view->setAccessibleName(tr("Device properties"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(m_view, 1);
    clear();
}

void DevicePanelPropertiesTab::showDetails(const storage::DeviceDetails &details)
{
    if (!details.latest) {
        clear();
        m_source->setText(tr("The device has never answered a poll: no inventory is known."));
        return;
    }
    m_model->setSnapshot(details.latest->snapshot);
    m_view->expandToDepth(0);
    m_view->resizeColumnToContents(models::DevicePropertiesModel::Property);
    // The stored snapshot is the last poll that reached the device; a routine status poll reads no
    // trays or covers, so say which poll this is.
    QString source = tr("As reported in the poll of %1.")
                         .arg(QLocale().toString(details.latest->polledAt.toLocalTime(), QLocale::ShortFormat));
    const QJsonObject properties = details.latest->snapshot.value(u"properties").toObject();
    bool inventory = false;
    for (const char16_t *list : {u"inputs", u"outputs", u"covers", u"interpreters"})
        inventory = inventory || !properties.value(QStringView(list)).toArray().isEmpty();
    if (!inventory)
        source += u' ' + tr("That poll read no trays, bins, covers or languages: routine polls read status, "
                            "counters and supplies only; a poll with inventory reads the rest.");
    m_source->setText(source);
}

void DevicePanelPropertiesTab::clear()
{
    m_model->clear();
    m_source->clear();
}

} // namespace fleet::ui
