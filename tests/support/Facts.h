#pragma once
// A recording's .facts.json (computed independently from the .snmprec text) and the comparison of a
// poll's snapshot with it: identity, MACs, marker life counts, supplies and alerts.

#include "collect/DeviceSnapshot.h"

#include <QJsonObject>

namespace fleet::test {

QJsonObject loadFacts(const QString &recording);
// Trailing NULs and whitespace removed, as the facts compare strings.
QString cleanFactText(QString s);
// Qt Test checks; the caller may look at QTest::currentTestFailed() afterwards.
void compareWithFacts(const DeviceSnapshot &s, const QJsonObject &facts);

} // namespace fleet::test
