#pragma once
// Where tests find the built binaries and the recordings, and how long they may wait.

#include <QString>
#include <QStringList>

namespace fleet::test {

QString fixtureDir(); // FLEET_FIXTURE_DIR: the .snmprec recordings with their .facts.json
QString binDir();     // FLEET_BIN_DIR: build/bin
QString sourceDir();  // FLEET_SOURCE_DIR
int timeoutFactor();  // FLEET_TEST_TIMEOUT_FACTOR, default 1 (sanitizer builds set more)
int scaled(int ms);   // ms * timeoutFactor()
// A UDP (or TCP) port on 127.0.0.1 that was free a moment ago.
quint16 freeUdpPort();
quint16 freeTcpPort();
// Recording names (file names without .snmprec), sorted.
QStringList recordingNames();
QStringList recordingNamesIn(const QString &dir);

} // namespace fleet::test
