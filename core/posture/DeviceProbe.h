#pragma once
// The polite probe of one device (docs/posture.md, "What the probe sends"): one GET of sysObjectID
// per default community and SNMP version, one SNMPv3 engine discovery with a user no agent knows,
// one GET of sysLocation and one SET of that same value per default community that answered (so
// nothing on the device changes), and one TCP connect per configured port, closed at once. No
// retries, short timeouts. Lives on the thread that created it; results arrive on that thread.

#include "posture/PostureTypes.h"

#include <QHostAddress>
#include <QObject>

namespace fleet::posture {

struct ProbeOptions
{
    int snmpTimeoutMs = 1500;
    int tcpTimeoutMs = 1500;
    int maxConcurrentDevices = 8;
    QStringList communities{QStringLiteral("public"), QStringLiteral("private")};
    QList<ServicePort> ports = defaultPorts();
    // The SNMPv3 user of the discovery request; any name the agent does not know will do.
    QString v3ProbeUser = QStringLiteral("fleetkeeper-posture-probe");

    static QList<ServicePort> defaultPorts();
};

// "host:port", "[v6]:port" or "host" (port 161).
bool splitHostPort(const QString &address, QString *host, quint16 *port);

class DeviceProbe final : public QObject
{
    Q_OBJECT
public:
    DeviceProbe(qint64 deviceId, const QString &address, const ProbeOptions &options, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DeviceProbe)

    void start();
    const ProbeResult &result() const { return m_result; }

signals:
    void finished(const fleet::posture::ProbeResult &result);

private:
    void probe(const QHostAddress &address);
    void probeCommunities();
    void probeV3();
    void probePort(const ServicePort &port);
    void nextWriteCandidate();
    void stepDone();
    void finish();

    ProbeOptions m_options;
    QString m_address;
    QHostAddress m_ip;
    ProbeResult m_result;
    int m_pending = 0;
    bool m_finished = false;
    QList<CommunityAnswer> m_writeCandidates;
    QStringList m_writeNotes;
    bool m_setSent = false;
};

} // namespace fleet::posture
