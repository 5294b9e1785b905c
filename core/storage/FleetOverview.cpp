#include "storage/FleetOverview.h"

#include "storage/FleetRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace fleet::storage {

namespace {
// Devices that have no colorant table still say the colour in the description.
QString colourFromDescription(const QString &description)
{
    static const QList<std::pair<const char16_t *, const char *>> words = {
        {u"black", "black"},     {u"schwarz", "black"}, {u"zwart", "black"}, {u"cyan", "cyan"},
        {u"magenta", "magenta"}, {u"yellow", "yellow"}, {u"gelb", "yellow"}, {u"geel", "yellow"},
    };
    const QString lower = description.toLower();
    for (const auto &[word, colour] : words)
        if (lower.contains(QStringView(word)))
            return QString::fromLatin1(colour);
    return {};
}
} // namespace

void summariseSnapshot(const QJsonObject &snapshot, FleetRow &row)
{
    const QJsonValue total = snapshot.value(u"counters").toObject().value(u"lifetimeImpressions");
    if (total.isDouble())
        row.totalImpressions = quint64(total.toDouble());
    for (const QJsonValue v : snapshot.value(u"supplies").toArray()) {
        const QJsonObject s = v.toObject();
        SupplyGauge g;
        g.description = s.value(u"description").toString().simplified();
        g.colour = s.value(u"colorant").toString().toLower();
        if (g.colour.isEmpty() || g.colour == u"unknown" || g.colour == u"other")
            g.colour = colourFromDescription(g.description);
        g.type = s.value(u"type").toObject().value(u"name").toString();
        g.state = s.value(u"state").toString();
        if (s.value(u"percent").isDouble())
            g.percent = s.value(u"percent").toDouble();
        g.receptacle = s.value(u"class").toObject().value(u"value").toInt() == 4;
        row.supplies << g;
    }
    const QJsonObject status = snapshot.value(u"status").toObject();
    QStringList parts;
    for (const QJsonValue m : status.value(u"consoleMessages").toArray())
        parts << m.toString();
    for (const QJsonValue e : status.value(u"detectedErrors").toArray())
        parts << e.toString();
    row.statusText = parts.join(QStringLiteral(" · "));
}

Result<QList<FleetRow>> fleetOverview(Database &db)
{
    FleetRepository repo(db);
    auto devices = repo.devices();
    if (!devices)
        return devices.error();
    // Only the parts the table shows, cut out by SQLite in one pass over each snapshot: parsing
    // whole snapshots here dominated the time to show a large fleet.
    QHash<qint64, QJsonObject> latest;
    auto q = db.run(QStringLiteral("SELECT device_id, json_extract(snapshot, '$.counters.lifetimeImpressions', "
                                   "'$.supplies', '$.status.consoleMessages', '$.status.detectedErrors') "
                                   "FROM latest_snapshots"));
    if (!q)
        return q.error();
    while ((*q)->next()) {
        const QJsonArray parts = QJsonDocument::fromJson((*q)->value(1).toByteArray()).array();
        QJsonObject summary;
        summary.insert(u"counters", QJsonObject{{QStringLiteral("lifetimeImpressions"), parts.at(0)}});
        summary.insert(u"supplies", parts.at(1));
        summary.insert(u"status", QJsonObject{{QStringLiteral("consoleMessages"), parts.at(2)},
                                              {QStringLiteral("detectedErrors"), parts.at(3)}});
        latest.insert((*q)->value(0).toLongLong(), summary);
    }
    QList<FleetRow> rows;
    rows.reserve(devices->size());
    for (const DeviceRecord &d : std::as_const(*devices)) {
        FleetRow row;
        row.device = d;
        if (auto it = latest.constFind(d.id); it != latest.cend())
            summariseSnapshot(*it, row);
        rows << row;
    }
    return rows;
}

} // namespace fleet::storage
