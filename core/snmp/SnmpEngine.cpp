#include "snmp/SnmpEngine.h"

#include "snmp/NetSnmpIncludes.h"
#include "snmp/SnmpLog.h"

#include <QCoreApplication>
#include <QSemaphore>

namespace fleet::snmp {

SnmpEngine &SnmpEngine::instance()
{
    // Intentionally leaked: the engine thread must outlive every static that may still post to it,
    // and Net-SNMP's global state has no safe teardown order at process exit.
    static SnmpEngine *engine = new SnmpEngine();
    return *engine;
}

SnmpEngine::SnmpEngine()
{
    m_thread = new QThread();
    m_thread->setObjectName(QStringLiteral("fleet-snmp"));
    m_context = new QObject();
    m_context->moveToThread(m_thread);
    m_thread->start();
    QSemaphore ready;
    post([this, &ready] {
        initNetSnmp();
        ready.release();
    });
    ready.acquire();
}

SnmpEngine::~SnmpEngine()
{
    m_thread->quit();
    m_thread->wait();
}

void SnmpEngine::initNetSnmp()
{
    // No MIB files: we speak numeric OIDs only, and parsing MIBs costs start-up time and prints noise.
    qputenv("MIBS", "");
    qputenv("MIBDIRS", "");
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_READ_CONFIGS, 1);
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_PERSIST_STATE, 1);
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_LOAD, 1);
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_SAVE, 1);
    // A broken agent must not make the library abort a whole packet for one odd varbind.
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_CHECK_RANGE, 1);
    init_snmp("fleetkeeper");
    // Net-SNMP's own messages ("Authentication failed for ...") go to our log category, not to
    // stderr: the errors that matter reach callers as classified values.
    snmp_disable_log();
    snmp_register_callback(SNMP_CALLBACK_LIBRARY, SNMP_CALLBACK_LOGGING, &SnmpEngine::netsnmpLog, nullptr);
    snmp_enable_calllog();
    qCDebug(lcSnmp) << "Net-SNMP" << netsnmp_get_version() << "initialised";
}

int SnmpEngine::netsnmpLog(int, int, void *serverArg, void *)
{
    const auto *msg = static_cast<const snmp_log_message *>(serverArg);
    if (msg && msg->msg)
        qCDebug(lcSnmp).noquote() << "net-snmp:" << QString::fromLocal8Bit(msg->msg).trimmed();
    return 0;
}

void SnmpEngine::post(std::function<void()> fn)
{
    QMetaObject::invokeMethod(m_context, std::move(fn), Qt::QueuedConnection);
}

static const oid *authOid(AuthProtocol p, size_t *len)
{
    switch (p) {
    case AuthProtocol::MD5:
        *len = OID_LENGTH(usmHMACMD5AuthProtocol);
        return usmHMACMD5AuthProtocol;
    case AuthProtocol::SHA1:
        *len = OID_LENGTH(usmHMACSHA1AuthProtocol);
        return usmHMACSHA1AuthProtocol;
    case AuthProtocol::SHA224:
        *len = OID_LENGTH(usmHMAC128SHA224AuthProtocol);
        return usmHMAC128SHA224AuthProtocol;
    case AuthProtocol::SHA256:
        *len = OID_LENGTH(usmHMAC192SHA256AuthProtocol);
        return usmHMAC192SHA256AuthProtocol;
    case AuthProtocol::SHA384:
        *len = OID_LENGTH(usmHMAC256SHA384AuthProtocol);
        return usmHMAC256SHA384AuthProtocol;
    case AuthProtocol::SHA512:
        *len = OID_LENGTH(usmHMAC384SHA512AuthProtocol);
        return usmHMAC384SHA512AuthProtocol;
    case AuthProtocol::None:
        break;
    }
    *len = OID_LENGTH(usmNoAuthProtocol);
    return usmNoAuthProtocol;
}

const oid *netsnmpAuthOid(AuthProtocol p, size_t *len)
{
    return authOid(p, len);
}

QByteArray SnmpEngine::masterKey(AuthProtocol hash, const QString &passphrase)
{
    const QString key = QString::number(int(hash)) + u'\x1f' + passphrase;
    auto it = m_masterKeys.constFind(key);
    if (it != m_masterKeys.cend())
        return *it;
    size_t oidLen = 0;
    const oid *proto = authOid(hash, &oidLen);
    QByteArray pass = passphrase.toUtf8();
    u_char ku[USM_LENGTH_KU_HASHBLOCK];
    size_t kuLen = sizeof(ku);
    QByteArray result;
    if (generate_Ku(proto, static_cast<u_int>(oidLen), reinterpret_cast<const u_char *>(pass.constData()),
                    static_cast<size_t>(pass.size()), ku, &kuLen) == SNMPERR_SUCCESS)
        result = QByteArray(reinterpret_cast<const char *>(ku), static_cast<qsizetype>(kuLen));
    pass.fill('\0');
    if (m_masterKeys.size() > 256) // bounded: profiles are few, but never grow without limit
        m_masterKeys.clear();
    m_masterKeys.insert(key, result);
    return result;
}

void SnmpEngine::rememberEngineId(const QString &peer, const QByteArray &id)
{
    if (m_engineIds.size() > 100000)
        m_engineIds.clear();
    m_engineIds.insert(peer, id);
}

} // namespace fleet::snmp
