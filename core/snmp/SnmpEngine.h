#pragma once
// The process-wide SNMP engine: one thread that owns all Net-SNMP state (its USM user table and
// engine-time cache are global and not thread-safe) and runs every session on its event loop.
// Work is handed to it with post(); results go back to callers through queued signals.

#include "snmp/Credential.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QThread>

#include <functional>

namespace fleet::snmp {

class SnmpEngine final : public QObject
{
    Q_OBJECT
public:
    static SnmpEngine &instance();
    Q_DISABLE_COPY_MOVE(SnmpEngine)

    // Runs fn on the engine thread (queued, in order).
    void post(std::function<void()> fn);
    QThread *engineThread() const { return m_thread; }
    bool isEngineThread() const { return QThread::currentThread() == m_thread; }

    // Engine-thread only. The RFC 3414 password-to-key step hashes 1 MB per passphrase; caching the
    // master key Ku per (protocol, passphrase) keeps an SNMPv3 poll of a large fleet cheap.
    QByteArray masterKey(AuthProtocol hash, const QString &passphrase);
    // Engine IDs learnt by discovery, per "address:port", so later polls skip the discovery round trip.
    QByteArray cachedEngineId(const QString &peer) const { return m_engineIds.value(peer); }
    void rememberEngineId(const QString &peer, const QByteArray &id);
    void forgetEngineId(const QString &peer) { m_engineIds.remove(peer); }

private:
    SnmpEngine();
    ~SnmpEngine() override;
    void initNetSnmp();
    static int netsnmpLog(int majorId, int minorId, void *serverArg, void *clientArg);

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives in m_thread; receiver of posted functors
    QHash<QString, QByteArray> m_masterKeys;
    QHash<QString, QByteArray> m_engineIds;
};

} // namespace fleet::snmp
