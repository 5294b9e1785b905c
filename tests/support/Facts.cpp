#include "Facts.h"

#include "TestEnv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace fleet::test {

QJsonObject loadFacts(const QString &recording)
{
    QFile f(fixtureDir() + u'/' + recording + QStringLiteral(".facts.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString cleanFactText(QString s)
{
    while (!s.isEmpty() && (s.back() == u'\0' || s.back().isSpace()))
        s.chop(1);
    return s;
}

void compareWithFacts(const DeviceSnapshot &s, const QJsonObject &f)
{
    QVERIFY2(s.reachable, qPrintable(s.error.message));
    QVERIFY2(!s.error, qPrintable(s.error.message));
    const QJsonObject sys = f.value(u"system").toObject();
    if (!sys.value(u"sysDescr").isNull())
        QCOMPARE(cleanFactText(s.identity.sysDescr), cleanFactText(sys.value(u"sysDescr").toString()));
    QCOMPARE(s.identity.sysObjectID, sys.value(u"sysObjectID").toString());
    if (!f.value(u"serial_number").isNull())
        QCOMPARE(s.identity.serialNumber, cleanFactText(f.value(u"serial_number").toString()));
    for (const QJsonValue m : f.value(u"macs").toArray())
        QVERIFY2(s.network.macAddresses.contains(m.toString()), qPrintable(m.toString()));

    QList<qint64> want, got;
    for (const QJsonValue m : f.value(u"marker_life_counts").toArray())
        want << qint64(m.toObject().value(u"prtMarkerLifeCount").toDouble());
    for (const Marker &m : s.counters.markers)
        if (m.lifeCount)
            got << qint64(*m.lifeCount);
    std::sort(want.begin(), want.end());
    std::sort(got.begin(), got.end());
    QCOMPARE(got, want);

    const QJsonArray supplies = f.value(u"supplies").toArray();
    QCOMPARE(s.supplies.size(), supplies.size());
    for (const QJsonValue v : supplies) {
        const QJsonObject fs = v.toObject();
        const int index = fs.value(u"index").toInt();
        auto it = std::find_if(s.supplies.cbegin(), s.supplies.cend(), [&](const Supply &x) {
            return x.index == index && x.hrDeviceIndex == fs.value(u"hrDeviceIndex").toInt();
        });
        QVERIFY2(it != s.supplies.cend(), qPrintable(QStringLiteral("supply %1").arg(index)));
        QCOMPARE(cleanFactText(it->description), cleanFactText(fs.value(u"description").toString()));
        QCOMPARE(it->level,
                 fs.value(u"level").isNull() ? std::nullopt : std::optional<qint64>(fs.value(u"level").toInteger()));
        QCOMPARE(it->maxCapacity, fs.value(u"max_capacity").isNull()
                                      ? std::nullopt
                                      : std::optional<qint64>(fs.value(u"max_capacity").toInteger()));
        if (fs.value(u"percent").isNull())
            QVERIFY(!it->percent);
        else
            QVERIFY(it->percent && qAbs(*it->percent - fs.value(u"percent").toDouble()) < 0.01);
        const QString levelState = fs.value(u"level_state").toString();
        if (levelState == u"someRemaining")
            QCOMPARE(it->state, SupplyState::SomeRemaining);
        if (levelState == u"unknown")
            QCOMPARE(it->state, SupplyState::Unknown);
        if (!fs.value(u"type").isNull())
            QCOMPARE(it->type->value, qint64(fs.value(u"type").toObject().value(u"value").toInt()));
    }
    const QJsonArray alerts = f.value(u"alerts").toArray();
    QCOMPARE(s.alerts.size(), alerts.size());
    for (int i = 0; i < alerts.size(); ++i) {
        const QJsonObject fa = alerts.at(i).toObject();
        QCOMPARE(s.alerts.at(i).code.value, qint64(fa.value(u"code").toObject().value(u"value").toInt()));
        QCOMPARE(s.alerts.at(i).severity.value, qint64(fa.value(u"severity").toObject().value(u"value").toInt()));
        QCOMPARE(s.alerts.at(i).description, cleanFactText(fa.value(u"description").toString()).trimmed());
    }
}

} // namespace fleet::test
