#pragma once
// One Net-SNMP single session (snmp_sess_* API) driven by the Qt event loop of the engine thread:
// its socket on a QSocketNotifier, its retransmissions on a QTimer. Requests are asynchronous;
// responses are delivered after Net-SNMP has finished with its own processing, so a callback may
// close the session safely. Engine-thread only: never touch it from another thread.

#include "snmp/Credential.h"
#include "snmp/SnmpTypes.h"

#include <QHostAddress>

#include <functional>
#include <memory>

class QSocketNotifier;
class QTimer;
struct snmp_session;
struct snmp_pdu;

namespace fleet::snmp {

class SnmpEngine;

struct Response
{
    Error error;
    VarBindList varbinds;
    int errorStatus = 0; // SNMP error-status of a response PDU (0 = noError)
    int errorIndex = 0;
};

class AsyncSession final : public std::enable_shared_from_this<AsyncSession>
{
public:
    using Callback = std::function<void(const Response &)>;

    // Opens a session to address:port (numeric; resolve names first). v3 sessions discover the
    // agent's engine ID asynchronously on the first request (or reuse the engine's cache).
    static std::shared_ptr<AsyncSession> open(SnmpEngine &engine, const QHostAddress &address, quint16 port,
                                              const Credential &credential, Error *error);
    ~AsyncSession();
    Q_DISABLE_COPY_MOVE(AsyncSession)

    void get(const QList<Oid> &oids, Callback cb);
    void getNext(const QList<Oid> &oids, Callback cb);
    void getBulk(int nonRepeaters, int maxRepetitions, const QList<Oid> &oids, Callback cb);
    // SET request: each binding's value is sent with its own type (Integer, OctetString, ObjectId,
    // IpAddress, Counter32, Gauge32, TimeTicks). Use a write credential; agents answer a read-only
    // community with noAccess or notWritable in errorStatus.
    void set(const VarBindList &bindings, Callback cb);
    // Stops everything: pending callbacks are dropped, the socket is closed.
    void close();

    const Credential &credential() const { return m_credential; }
    Version version() const { return m_credential.version; }
    int requestsSent() const { return m_requestsSent; }
    bool isOpen() const { return m_sess != nullptr; }
    // True when the session reused an engine ID learnt earlier instead of discovering it.
    bool usedCachedEngineId() const { return m_usedCachedEngineId; }

private:
    struct Pending;
    AsyncSession(SnmpEngine &engine, const Credential &credential);
    Error openNetSnmp(const QHostAddress &address, quint16 port);
    void send(int command, int nonRepeaters, int maxRepetitions, const QList<Oid> &oids, Callback cb,
              const VarBindList &bindings = {});
    void sendNow(int command, int nonRepeaters, int maxRepetitions, const QList<Oid> &oids, Callback cb,
                 const VarBindList &bindings = {});
    void startDiscovery();
    void onDiscovered(const Response &r);
    void onReadable();
    void onTimer();
    void rearmTimer();
    void deliverQueued();
    static int netsnmpCallback(int op, ::snmp_session *sess, int reqid, ::snmp_pdu *pdu, void *magic);

    SnmpEngine &m_engine;
    Credential m_credential;
    void *m_sess = nullptr;
    QString m_peer;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_timer = nullptr;
    int m_requestsSent = 0;
    bool m_needsDiscovery = false;
    bool m_discovering = false;
    bool m_sawMalformed = false;
    bool m_usedCachedEngineId = false;
    bool m_discoveryAnswered = false; // this session discovered the engine: the agent is alive
    bool m_gotAnswer = false;         // an authenticated answer came back
    struct Queued
    {
        int command, nonRepeaters, maxRepetitions;
        QList<Oid> oids;
        Callback cb;
        VarBindList bindings; // SET only
    };
    QList<Queued> m_waitingForDiscovery;
    QHash<int, Callback> m_inFlight;         // reqid -> callback
    QList<std::pair<int, Response>> m_ready; // filled by the Net-SNMP callback
};

} // namespace fleet::snmp
