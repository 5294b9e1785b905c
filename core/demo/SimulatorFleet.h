#pragma once
// The demo's printers: snmpsimd (Debian package snmpsim) serving recordings of real printers, one
// SNMP engine per recording on its own loopback address and the same port, community "public" (see
// tests/fixtures/snmprec/SIMULATOR.md, "one endpoint per device"). The command line is built here
// once, for the app's demo fleet and for the test fixture that starts the same fleet.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fleet::demo {

struct SimulatedDevice
{
    QString address;       // 127.0.0.x
    QString recordingFile; // a .snmprec file
};

// The simulator's program: snmpsimd, or snmpsim-command-responder (its name in snmpsim 1.x); empty
// when neither is on the PATH.
QString findSimulator();

// The arguments for one snmpsimd serving every device on port. Prepares runDir for it: a folder per
// device with the recording linked as public.snmprec, and (when running as root, where snmpsimd
// drops to nobody) permissions that let nobody write its cache and log there.
QStringList simulatorArguments(const QString &runDir, const QList<SimulatedDevice> &devices, quint16 port);

// The .snmprec files in dir, sorted by name.
QStringList recordingFilesIn(const QString &dir);

// A raw SNMPv2c GET of sysUpTime.0: any answer to it means the agent is serving.
QByteArray readinessProbe(const QByteArray &community, int requestId = 1);

} // namespace fleet::demo
