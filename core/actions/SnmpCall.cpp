#include "actions/SnmpCall.h"

#include "snmp/SnmpEngine.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QPointer>

namespace fleet::actions {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::actions", s);
}

QString errorStatusName(int status)
{
    // RFC 3416 error-status values an agent answers a GET or SET with.
    static const char *const names[] = {"noError",
                                        "tooBig",
                                        "noSuchName",
                                        "badValue",
                                        "readOnly",
                                        "genErr",
                                        "noAccess",
                                        "wrongType",
                                        "wrongLength",
                                        "wrongEncoding",
                                        "wrongValue",
                                        "noCreation",
                                        "inconsistentValue",
                                        "resourceUnavailable",
                                        "commitFailed",
                                        "undoFailed",
                                        "authorizationError",
                                        "notWritable",
                                        "inconsistentName"};
    if (status >= 0 && status < int(std::size(names)))
        return QString::fromLatin1(names[status]);
    return QString::number(status);
}

void runOnEngine(const QHostAddress &address, quint16 port, const snmp::Credential &credential,
                 const QList<snmp::Oid> &oids, const snmp::VarBindList &bindings, bool isSet, QObject *context,
                 SnmpDone done)
{
    QPointer<QObject> guard(context);
    auto deliver = [guard, done](const snmp::Response &r) {
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done, r] {
                if (guard)
                    done(r);
            },
            Qt::QueuedConnection);
    };
    snmp::SnmpEngine &engine = snmp::SnmpEngine::instance();
    engine.post([&engine, address, port, credential, oids, bindings, isSet, deliver] {
        snmp::Error error;
        auto session = snmp::AsyncSession::open(engine, address, port, credential, &error);
        if (!session) {
            snmp::Response r;
            r.error = error;
            deliver(r);
            return;
        }
        // The callback holds the session until it has answered; close() then drops the callback.
        auto cb = [session, deliver](const snmp::Response &r) {
            deliver(r);
            session->close();
        };
        if (isSet)
            session->set(bindings, cb);
        else
            session->get(oids, cb);
    });
}

void resolveAndRun(const QString &host, quint16 port, const snmp::Credential &credential, const QList<snmp::Oid> &oids,
                   const snmp::VarBindList &bindings, bool isSet, QObject *context, SnmpDone done)
{
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        runOnEngine(literal, port, credential, oids, bindings, isSet, context, std::move(done));
        return;
    }
    QHostInfo::lookupHost(host, context, [=](const QHostInfo &info) {
        if (info.addresses().isEmpty()) {
            snmp::Response r;
            r.error = {snmp::ErrorClass::DnsFailure,
                       tr("The name %1 does not resolve: %2").arg(host, info.errorString())};
            done(r);
            return;
        }
        runOnEngine(info.addresses().constFirst(), port, credential, oids, bindings, isSet, context, done);
    });
}
} // namespace

void snmpGet(const QString &host, quint16 port, const snmp::Credential &credential, const QList<snmp::Oid> &oids,
             QObject *context, SnmpDone done)
{
    resolveAndRun(host, port, credential, oids, {}, false, context, std::move(done));
}

void snmpSet(const QString &host, quint16 port, const snmp::Credential &credential, const snmp::VarBindList &bindings,
             QObject *context, SnmpDone done)
{
    resolveAndRun(host, port, credential, {}, bindings, true, context, std::move(done));
}

QString snmpProblem(const snmp::Response &response)
{
    if (response.error)
        return response.error.message;
    if (response.errorStatus != 0)
        return tr("The agent answered %1 (variable %2).")
            .arg(errorStatusName(response.errorStatus))
            .arg(response.errorIndex);
    for (const snmp::VarBind &vb : response.varbinds)
        if (vb.value.isException())
            return tr("The agent has no %1 (%2).").arg(vb.oid.toString(), vb.value.typeName());
    return {};
}

} // namespace fleet::actions
