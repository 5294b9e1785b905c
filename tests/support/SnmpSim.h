#pragma once
// Test fixture: a real snmpsimd (Debian package snmpsim) serving recordings on 127.0.0.1 with a free
// port, started by the test and stopped by PID. Every .snmprec under dataDir is one agent whose
// community (v1/v2c) and SNMPv3 context are its file name without the extension.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace fleet::test {

struct SimV3User
{
    QString name;
    QString authProto; // snmpsimd names: MD5, SHA, SHA224, SHA256, SHA384, SHA512 (empty: noAuth)
    QString authKey;
    QString privProto; // DES, AES, AES192BLMT, AES256BLMT, AES192, AES256 (empty: noPriv)
    QString privKey;
};

class SnmpSim
{
public:
    SnmpSim();
    ~SnmpSim();
    Q_DISABLE_COPY_MOVE(SnmpSim)

    // Standard users of these tests: "simulator" MD5/DES, "shaaes" SHA/AES, "authonly" SHA, "noauth".
    static QList<SimV3User> defaultUsers();

    // Starts snmpsimd and waits (with a deadline) until it answers. On failure returns false and
    // error() holds why, with snmpsimd's own output.
    bool start(const QString &dataDir, const QList<SimV3User> &users = defaultUsers(),
               const QString &address = QStringLiteral("127.0.0.1"));
    // One engine per device, each on its own loopback address and the same port, community
    // "public" (SIMULATOR.md, "one endpoint per device"): what a discovery sweep sees.
    bool startFleet(const QList<std::pair<QString, QString>> &addressAndRecordingFile, quint16 port = 0);
    void stop();
    quint16 port() const { return m_port; }
    QString address() const { return m_address; }
    QString endpoint() const { return QStringLiteral("%1:%2").arg(m_address).arg(m_port); }
    QString error() const { return m_error; }
    QString output() const;

private:
    bool launch(QStringList args, const QString &probeAddress, const QByteArray &community);
    std::unique_ptr<QTemporaryDir> m_run;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_address;
    QString m_error;
};

} // namespace fleet::test
