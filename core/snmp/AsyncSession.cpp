#include "snmp/AsyncSession.h"

#include "snmp/NetSnmpIncludes.h"
#include "snmp/SnmpEngine.h"
#include "snmp/SnmpLog.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace fleet::snmp {

namespace {
// Every message of this file goes through Tr::tr(). lupdate files a bare tr() under the class or namespace around
// each call, so a free helper with one fixed context is looked up under another name than the catalogue uses;
// a qualified Tr::tr() is filed under the name declared here wherever it is called.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fleet::snmp::AsyncSession)
};

const oid *privOid(PrivProtocol p, size_t *len)
{
    switch (p) {
    case PrivProtocol::DES:
        *len = OID_LENGTH(usmDESPrivProtocol);
        return usmDESPrivProtocol;
    case PrivProtocol::AES128:
        *len = OID_LENGTH(usmAESPrivProtocol);
        return usmAESPrivProtocol;
    case PrivProtocol::AES192:
        *len = OID_LENGTH(usmAES192PrivProtocol);
        return usmAES192PrivProtocol;
    case PrivProtocol::AES256:
        *len = OID_LENGTH(usmAES256PrivProtocol);
        return usmAES256PrivProtocol;
    case PrivProtocol::AES192C:
        *len = OID_LENGTH(usmAES192CiscoPrivProtocol);
        return usmAES192CiscoPrivProtocol;
    case PrivProtocol::AES256C:
        *len = OID_LENGTH(usmAES256CiscoPrivProtocol);
        return usmAES256CiscoPrivProtocol;
    case PrivProtocol::None:
        break;
    }
    *len = OID_LENGTH(usmNoPrivProtocol);
    return usmNoPrivProtocol;
}

Value convertValue(const netsnmp_variable_list *v)
{
    switch (v->type) {
    case ASN_INTEGER:
        return Value::integer(*v->val.integer);
    case ASN_OCTET_STR:
        return Value::octets(QByteArray(reinterpret_cast<const char *>(v->val.string), qsizetype(v->val_len)));
    case ASN_OPAQUE:
        return Value::octets(QByteArray(reinterpret_cast<const char *>(v->val.string), qsizetype(v->val_len)),
                             Value::Type::Opaque);
    case ASN_IPADDRESS:
        return Value::octets(QByteArray(reinterpret_cast<const char *>(v->val.string), qsizetype(v->val_len)),
                             Value::Type::IpAddress);
    case ASN_OBJECT_ID: {
        quint32 arcs[MAX_OID_LEN];
        const size_t n = std::min<size_t>(v->val_len / sizeof(oid), MAX_OID_LEN);
        for (size_t i = 0; i < n; ++i)
            arcs[i] = static_cast<quint32>(v->val.objid[i]);
        return Value::objectId(Oid(arcs, qsizetype(n)));
    }
    case ASN_COUNTER:
        return Value::unsignedInt(static_cast<quint32>(*v->val.integer), Value::Type::Counter32);
    case ASN_GAUGE:
        return Value::unsignedInt(static_cast<quint32>(*v->val.integer), Value::Type::Gauge32);
    case ASN_TIMETICKS:
        return Value::unsignedInt(static_cast<quint32>(*v->val.integer), Value::Type::TimeTicks);
    case ASN_COUNTER64:
        return Value::unsignedInt((quint64(v->val.counter64->high) << 32) | quint64(v->val.counter64->low),
                                  Value::Type::Counter64);
    case ASN_NULL:
        return Value();
    case SNMP_NOSUCHOBJECT:
        return Value::exception(Value::Type::NoSuchObject);
    case SNMP_NOSUCHINSTANCE:
        return Value::exception(Value::Type::NoSuchInstance);
    case SNMP_ENDOFMIBVIEW:
        return Value::exception(Value::Type::EndOfMibView);
    default:
        // Unknown application types are kept as their raw octets rather than dropped.
        return Value::octets(QByteArray(reinterpret_cast<const char *>(v->val.string), qsizetype(v->val_len)),
                             Value::Type::Opaque);
    }
}

Error reportError(int reportType)
{
    switch (reportType) {
    case SNMPERR_UNKNOWN_USER_NAME:
        return {ErrorClass::UnknownUser, Tr::tr("The agent does not know this SNMPv3 user.")};
    case SNMPERR_AUTHENTICATION_FAILURE:
        return {ErrorClass::WrongAuth, Tr::tr("Authentication failed: wrong authentication password or protocol.")};
    case SNMPERR_DECRYPTION_ERR:
        return {ErrorClass::DecryptionFailed, Tr::tr("The agent could not decrypt the request: wrong privacy password "
                                                     "or protocol.")};
    case SNMPERR_NOT_IN_TIME_WINDOW:
        return {ErrorClass::NotInTimeWindow, Tr::tr("The agent rejected the request as outside its time window.")};
    case SNMPERR_UNSUPPORTED_SEC_LEVEL:
        return {ErrorClass::UnsupportedSecurityLevel, Tr::tr("The agent does not support this security level for the "
                                                             "user.")};
    case SNMPERR_UNKNOWN_ENG_ID:
        return {ErrorClass::MalformedAnswer, Tr::tr("The agent rejected its own engine ID.")};
    default:
        return {ErrorClass::AgentError,
                Tr::tr("The agent sent a report: %1").arg(QString::fromLocal8Bit(snmp_api_errstring(reportType)))};
    }
}

// Snapshot of the USM error statistics Net-SNMP keeps for incoming messages.
struct UsmCounters
{
    u_int wrongDigests = 0, decryptionErrors = 0, unknownUsers = 0, notInTimeWindow = 0, unknownEngine = 0;

    static UsmCounters read()
    {
        return {snmp_get_statistic(STAT_USMSTATSWRONGDIGESTS), snmp_get_statistic(STAT_USMSTATSDECRYPTIONERRORS),
                snmp_get_statistic(STAT_USMSTATSUNKNOWNUSERNAMES), snmp_get_statistic(STAT_USMSTATSNOTINTIMEWINDOWS),
                snmp_get_statistic(STAT_USMSTATSUNKNOWNENGINEIDS)};
    }

    Error errorSince(const UsmCounters &b) const
    {
        if (wrongDigests != b.wrongDigests)
            return {ErrorClass::WrongAuth, Tr::tr("The agent's answer does not authenticate with our key: wrong "
                                                  "authentication password or protocol.")};
        if (decryptionErrors != b.decryptionErrors)
            return {ErrorClass::DecryptionFailed, Tr::tr("The agent's answer does not decrypt with our key: wrong "
                                                         "privacy password or protocol.")};
        if (unknownUsers != b.unknownUsers)
            return {ErrorClass::UnknownUser, Tr::tr("The agent answered for a user we do not know.")};
        return {};
    }
};

// One binding of a SET PDU, encoded with the value's own ASN.1 type.
Error addSetValue(netsnmp_pdu *pdu, const std::vector<oid> &name, const Value &value)
{
    u_char type = 0;
    long integer = 0;
    const void *data = &integer;
    size_t len = sizeof(integer);
    std::vector<oid> objid;
    switch (value.type()) {
    case Value::Type::Integer:
        type = ASN_INTEGER;
        integer = long(value.toInt().value_or(0));
        break;
    case Value::Type::Counter32:
    case Value::Type::Gauge32:
    case Value::Type::TimeTicks:
        type = value.type() == Value::Type::Counter32 ? ASN_COUNTER
               : value.type() == Value::Type::Gauge32 ? ASN_GAUGE
                                                      : ASN_TIMETICKS;
        integer = long(value.toUnsigned().value_or(0));
        break;
    case Value::Type::OctetString:
    case Value::Type::IpAddress:
        type = value.type() == Value::Type::OctetString ? ASN_OCTET_STR : ASN_IPADDRESS;
        data = value.bytes().constData();
        len = size_t(value.bytes().size());
        break;
    case Value::Type::ObjectId:
        type = ASN_OBJECT_ID;
        objid.assign(value.oid().arcs().cbegin(), value.oid().arcs().cend());
        data = objid.data();
        len = objid.size() * sizeof(oid);
        break;
    default:
        return {ErrorClass::ConfigError, Tr::tr("A value of type %1 cannot be written.").arg(value.typeName())};
    }
    if (!snmp_pdu_add_variable(pdu, name.data(), name.size(), type, data, len))
        return {ErrorClass::Internal, Tr::tr("Could not encode the value to write.")};
    return {};
}

bool isParseError(int err)
{
    return err == SNMPERR_BAD_PARSE || err == SNMPERR_ASN_PARSE_ERR || err == SNMPERR_BAD_VERSION ||
           err == SNMPERR_INVALID_MSG || err == SNMPERR_USM_PARSEERROR || err == SNMPERR_TOO_LONG;
}
} // namespace

AsyncSession::AsyncSession(SnmpEngine &engine, const Credential &credential)
    : m_engine(engine)
    , m_credential(credential)
{}

AsyncSession::~AsyncSession()
{
    close();
}

std::shared_ptr<AsyncSession> AsyncSession::open(SnmpEngine &engine, const QHostAddress &address, quint16 port,
                                                 const Credential &credential, Error *error)
{
    Q_ASSERT(engine.isEngineThread());
    std::shared_ptr<AsyncSession> s(new AsyncSession(engine, credential));
    const Error e = s->openNetSnmp(address, port);
    if (e) {
        if (error)
            *error = e;
        return nullptr;
    }
    return s;
}

Error AsyncSession::openNetSnmp(const QHostAddress &address, quint16 port)
{
    if (const QString problem = m_credential.validate(); !problem.isEmpty())
        return {ErrorClass::ConfigError, problem};

    const bool v6 = address.protocol() == QHostAddress::IPv6Protocol;
    m_peer = v6 ? QStringLiteral("udp6:[%1]:%2").arg(address.toString()).arg(port)
                : QStringLiteral("udp:%1:%2").arg(address.toString()).arg(port);
    const QByteArray peer = m_peer.toLatin1();
    const QByteArray community = m_credential.community.toUtf8();
    const QByteArray user = m_credential.user.toUtf8();
    const QByteArray context = m_credential.contextName.toUtf8();
    QByteArray engineId;

    netsnmp_session s;
    snmp_sess_init(&s);
    s.peername = const_cast<char *>(peer.constData());
    s.timeout = long(m_credential.timeoutMs) * 1000L;
    s.retries = m_credential.retries;
    s.callback = &AsyncSession::netsnmpCallback;
    s.callback_magic = this;
    s.flags |= SNMP_FLAGS_DONT_PROBE; // engine discovery is done asynchronously below, never blocking

    switch (m_credential.version) {
    case Version::V1:
    case Version::V2c:
        s.version = m_credential.version == Version::V1 ? SNMP_VERSION_1 : SNMP_VERSION_2c;
        s.community = reinterpret_cast<u_char *>(const_cast<char *>(community.constData()));
        s.community_len = size_t(community.size());
        break;
    case Version::V3: {
        s.version = SNMP_VERSION_3;
        s.securityModel = SNMP_SEC_MODEL_USM;
        s.securityName = const_cast<char *>(user.constData());
        s.securityNameLen = size_t(user.size());
        s.contextName = const_cast<char *>(context.constData());
        s.contextNameLen = size_t(context.size());
        switch (m_credential.level) {
        case SecurityLevel::NoAuthNoPriv:
            s.securityLevel = SNMP_SEC_LEVEL_NOAUTH;
            break;
        case SecurityLevel::AuthNoPriv:
            s.securityLevel = SNMP_SEC_LEVEL_AUTHNOPRIV;
            break;
        case SecurityLevel::AuthPriv:
            s.securityLevel = SNMP_SEC_LEVEL_AUTHPRIV;
            break;
        }
        if (m_credential.level != SecurityLevel::NoAuthNoPriv) {
            size_t len = 0;
            s.securityAuthProto = const_cast<oid *>(netsnmpAuthOid(m_credential.authProtocol, &len));
            s.securityAuthProtoLen = len;
            const QByteArray ku = m_engine.masterKey(m_credential.authProtocol, m_credential.authPassword);
            if (ku.isEmpty() || size_t(ku.size()) > sizeof(s.securityAuthKey))
                return {ErrorClass::ConfigError, Tr::tr("Could not derive the authentication key.")};
            std::memcpy(s.securityAuthKey, ku.constData(), size_t(ku.size()));
            s.securityAuthKeyLen = size_t(ku.size());
        }
        if (m_credential.level == SecurityLevel::AuthPriv) {
            size_t len = 0;
            s.securityPrivProto = const_cast<oid *>(privOid(m_credential.privProtocol, &len));
            s.securityPrivProtoLen = len;
            // RFC 3414/3826: the privacy key is derived with the authentication hash.
            const QByteArray ku = m_engine.masterKey(m_credential.authProtocol, m_credential.privPassword);
            if (ku.isEmpty() || size_t(ku.size()) > sizeof(s.securityPrivKey))
                return {ErrorClass::ConfigError, Tr::tr("Could not derive the privacy key.")};
            std::memcpy(s.securityPrivKey, ku.constData(), size_t(ku.size()));
            s.securityPrivKeyLen = size_t(ku.size());
        }
        engineId = m_engine.cachedEngineId(m_peer);
        m_usedCachedEngineId = !engineId.isEmpty();
        if (!engineId.isEmpty()) {
            // Drop a USM entry left by an earlier session with other keys for the same engine and user
            // (profiles tried in order may share a user name): Net-SNMP would otherwise reuse stale keys.
            if (usmUser *old = usm_get_user(reinterpret_cast<u_char *>(engineId.data()), size_t(engineId.size()),
                                            const_cast<char *>(user.constData()))) {
                usm_remove_user(old);
                usm_free_user(old);
            }
            s.securityEngineID = reinterpret_cast<u_char *>(engineId.data());
            s.securityEngineIDLen = size_t(engineId.size());
            s.contextEngineID = reinterpret_cast<u_char *>(engineId.data());
            s.contextEngineIDLen = size_t(engineId.size());
        } else {
            m_needsDiscovery = true;
        }
        break;
    }
    }

    m_sess = snmp_sess_open(&s);
    if (!m_sess) {
        int liberr = 0, syserr = 0;
        char *msg = nullptr;
        snmp_error(&s, &liberr, &syserr, &msg);
        const QString text = QString::fromLocal8Bit(msg ? msg : "");
        free(msg);
        return {ErrorClass::ConfigError, Tr::tr("Could not open an SNMP session to %1: %2").arg(m_peer, text)};
    }
    // snmp_sess_open clears the flag once opened; keep it so no send ever probes synchronously.
    snmp_sess_session(m_sess)->flags |= SNMP_FLAGS_DONT_PROBE;

    netsnmp_transport *t = snmp_sess_transport(m_sess);
    if (!t || t->sock < 0) {
        close();
        return {ErrorClass::Internal, Tr::tr("The SNMP session has no socket.")};
    }
    m_notifier = new QSocketNotifier(qintptr(t->sock), QSocketNotifier::Read);
    QObject::connect(m_notifier, &QSocketNotifier::activated, m_notifier, [this] { onReadable(); });
    m_timer = new QTimer();
    m_timer->setSingleShot(true);
    QObject::connect(m_timer, &QTimer::timeout, m_timer, [this] { onTimer(); });
    return {};
}

void AsyncSession::close()
{
    delete m_notifier;
    m_notifier = nullptr;
    delete m_timer;
    m_timer = nullptr;
    if (m_sess) {
        snmp_sess_close(m_sess);
        m_sess = nullptr;
    }
    m_inFlight.clear();
    m_ready.clear();
    m_waitingForDiscovery.clear();
}

void AsyncSession::get(const QList<Oid> &oids, Callback cb)
{
    send(SNMP_MSG_GET, 0, 0, oids, std::move(cb));
}

void AsyncSession::getNext(const QList<Oid> &oids, Callback cb)
{
    send(SNMP_MSG_GETNEXT, 0, 0, oids, std::move(cb));
}

void AsyncSession::getBulk(int nonRepeaters, int maxRepetitions, const QList<Oid> &oids, Callback cb)
{
    send(SNMP_MSG_GETBULK, nonRepeaters, maxRepetitions, oids, std::move(cb));
}

void AsyncSession::set(const VarBindList &bindings, Callback cb)
{
    QList<Oid> oids;
    for (const VarBind &vb : bindings)
        oids << vb.oid;
    send(SNMP_MSG_SET, 0, 0, oids, std::move(cb), bindings);
}

void AsyncSession::send(int command, int nonRepeaters, int maxRepetitions, const QList<Oid> &oids, Callback cb,
                        const VarBindList &bindings)
{
    if (!m_sess) {
        Response r;
        r.error = {ErrorClass::Internal, Tr::tr("The SNMP session is closed.")};
        cb(r);
        return;
    }
    if (m_needsDiscovery) {
        m_waitingForDiscovery.append({command, nonRepeaters, maxRepetitions, oids, std::move(cb), bindings});
        if (!m_discovering)
            startDiscovery();
        return;
    }
    sendNow(command, nonRepeaters, maxRepetitions, oids, std::move(cb), bindings);
}

void AsyncSession::sendNow(int command, int nonRepeaters, int maxRepetitions, const QList<Oid> &oids, Callback cb,
                           const VarBindList &bindings)
{
    netsnmp_pdu *pdu = snmp_pdu_create(command);
    if (command == SNMP_MSG_GETBULK) {
        pdu->non_repeaters = nonRepeaters;
        pdu->max_repetitions = maxRepetitions;
    }
    std::vector<oid> buf;
    if (command == SNMP_MSG_SET) {
        for (const VarBind &vb : bindings) {
            buf.assign(vb.oid.arcs().cbegin(), vb.oid.arcs().cend());
            if (const Error e = addSetValue(pdu, buf, vb.value)) {
                snmp_free_pdu(pdu);
                Response r;
                r.error = e;
                cb(r);
                return;
            }
        }
    } else {
        for (const Oid &o : oids) {
            buf.assign(o.arcs().cbegin(), o.arcs().cend());
            snmp_add_null_var(pdu, buf.data(), buf.size());
        }
    }
    const int reqid = snmp_sess_async_send(m_sess, pdu, &AsyncSession::netsnmpCallback, this);
    if (reqid == 0) {
        const int err = snmp_sess_session(m_sess)->s_snmp_errno;
        snmp_free_pdu(pdu);
        Response r;
        r.error = {ErrorClass::Internal,
                   Tr::tr("Sending the request failed: %1").arg(QString::fromLocal8Bit(snmp_api_errstring(err)))};
        cb(r);
        return;
    }
    ++m_requestsSent;
    m_inFlight.insert(reqid, std::move(cb));
    rearmTimer();
}

// RFC 3414 section 4: an unauthenticated request with an empty user and engine ID makes the agent
// answer with a report carrying its engine ID (and, unauthenticated, its boots and time, which
// Net-SNMP caches so the first authenticated request is usually accepted at once).
void AsyncSession::startDiscovery()
{
    m_discovering = true;
    if (!usm_get_user(nullptr, 0, const_cast<char *>(""))) {
        auto *u = static_cast<usmUser *>(calloc(1, sizeof(usmUser)));
        u->name = strdup("");
        u->secName = strdup("");
        u->authProtocolLen = OID_LENGTH(usmNoAuthProtocol);
        u->authProtocol = snmp_duplicate_objid(usmNoAuthProtocol, u->authProtocolLen);
        u->privProtocolLen = OID_LENGTH(usmNoPrivProtocol);
        u->privProtocol = snmp_duplicate_objid(usmNoPrivProtocol, u->privProtocolLen);
        usm_add_user(u);
    }
    netsnmp_pdu *pdu = snmp_pdu_create(SNMP_MSG_GET);
    pdu->version = SNMP_VERSION_3;
    pdu->securityName = strdup("");
    pdu->securityNameLen = 0;
    pdu->securityLevel = SNMP_SEC_LEVEL_NOAUTH;
    pdu->securityModel = SNMP_SEC_MODEL_USM;
    const int reqid = snmp_sess_async_send(m_sess, pdu, &AsyncSession::netsnmpCallback, this);
    if (reqid == 0) {
        snmp_free_pdu(pdu);
        Response r;
        r.error = {ErrorClass::Internal, Tr::tr("Could not send the SNMPv3 discovery request.")};
        onDiscovered(r);
        return;
    }
    ++m_requestsSent;
    m_inFlight.insert(reqid, [this](const Response &r) { onDiscovered(r); });
    rearmTimer();
}

void AsyncSession::onDiscovered(const Response &r)
{
    m_discovering = false;
    netsnmp_session *sp = m_sess ? snmp_sess_session(m_sess) : nullptr;
    Error error;
    if (!sp || sp->securityEngineIDLen == 0) {
        error = r.error.isError() && r.error.cls != ErrorClass::MalformedAnswer
                    ? r.error
                    : Error{ErrorClass::MalformedAnswer, Tr::tr("The agent's answer to SNMPv3 discovery carried no "
                                                                "engine ID.")};
        if (error.cls == ErrorClass::NoResponse)
            error.message = Tr::tr("No answer to SNMPv3 engine discovery (host down, filtered, or no SNMPv3).");
    } else {
        const QByteArray id(reinterpret_cast<const char *>(sp->securityEngineID), qsizetype(sp->securityEngineIDLen));
        if (usmUser *old = usm_get_user(sp->securityEngineID, sp->securityEngineIDLen, sp->securityName)) {
            usm_remove_user(old);
            usm_free_user(old);
        }
        sp->flags &= ~SNMP_FLAGS_USER_CREATED;
        if (usm_create_user_from_session(sp) != SNMPERR_SUCCESS)
            error = {ErrorClass::Internal, Tr::tr("Could not set up the SNMPv3 user for the discovered engine.")};
        else
            m_engine.rememberEngineId(m_peer, id);
        m_discoveryAnswered = true;
    }
    m_needsDiscovery = error.isError();
    const QList<Queued> waiting = std::exchange(m_waitingForDiscovery, {});
    for (const Queued &q : waiting) {
        if (!m_sess)
            break;
        if (error) {
            Response fail;
            fail.error = error;
            q.cb(fail);
        } else {
            sendNow(q.command, q.nonRepeaters, q.maxRepetitions, q.oids, q.cb, q.bindings);
        }
    }
}

int AsyncSession::netsnmpCallback(int op, ::snmp_session *, int reqid, ::snmp_pdu *pdu, void *magic)
{
    auto *self = static_cast<AsyncSession *>(magic);
    // Net-SNMP calls us twice for a report (SEC_ERROR, then RECEIVED_MESSAGE): keep the first.
    for (const auto &entry : std::as_const(self->m_ready))
        if (entry.first == reqid)
            return 1;
    Response r;
    switch (op) {
    case NETSNMP_CALLBACK_OP_RECEIVED_MESSAGE: {
        if (pdu->command == SNMP_MSG_REPORT) {
            r.error = reportError(snmpv3_get_report_type(pdu));
            break;
        }
        r.errorStatus = int(pdu->errstat);
        r.errorIndex = int(pdu->errindex);
        qsizetype count = 0;
        for (netsnmp_variable_list *v = pdu->variables; v; v = v->next_variable)
            ++count;
        r.varbinds.reserve(count);
        for (netsnmp_variable_list *v = pdu->variables; v; v = v->next_variable) {
            quint32 arcs[MAX_OID_LEN];
            const size_t n = std::min<size_t>(v->name_length, MAX_OID_LEN);
            for (size_t i = 0; i < n; ++i)
                arcs[i] = static_cast<quint32>(v->name[i]);
            r.varbinds.append({Oid(arcs, qsizetype(n)), convertValue(v)});
        }
        break;
    }
    case NETSNMP_CALLBACK_OP_SEC_ERROR:
        r.error = reportError(snmpv3_get_report_type(pdu));
        break;
    case NETSNMP_CALLBACK_OP_RESEND:
    case NETSNMP_CALLBACK_OP_CONNECT:
        return 1; // informational: a retransmission or a (stream) connection, not a result
    case NETSNMP_CALLBACK_OP_SEND_FAILED:
    case NETSNMP_CALLBACK_OP_DISCONNECT:
        r.error = {ErrorClass::NoResponse, Tr::tr("The request could not be delivered (host or port unreachable).")};
        break;
    case NETSNMP_CALLBACK_OP_TIMED_OUT:
        r.error = {ErrorClass::NoResponse, Tr::tr("No response (host down, filtered, or wrong community/"
                                                  "credentials).")};
        break;
    default:
        r.error = {ErrorClass::Internal, Tr::tr("The SNMP transport failed (operation %1).").arg(op)};
        break;
    }
    if (!self->m_inFlight.contains(reqid) && pdu && pdu->command == SNMP_MSG_REPORT) {
        // Net-SNMP matches a v3 report to its request by msgID but hands us the report's own
        // request-id, which is 0 when the agent could not read our (encrypted) PDU. The request is
        // already retired inside Net-SNMP, so no timeout would ever come: the report answers every
        // request still waiting on this session.
        for (auto it = self->m_inFlight.cbegin(); it != self->m_inFlight.cend(); ++it) {
            const int id = it.key();
            const bool queued = std::any_of(self->m_ready.cbegin(), self->m_ready.cend(),
                                            [id](const auto &entry) { return entry.first == id; });
            if (!queued)
                self->m_ready.append({id, r});
        }
        return 1;
    }
    self->m_ready.append({reqid, std::move(r)});
    return 1;
}

void AsyncSession::onReadable()
{
    if (!m_sess)
        return;
    auto keepAlive = shared_from_this();
    netsnmp_transport *t = snmp_sess_transport(m_sess);
    netsnmp_large_fd_set fds;
    netsnmp_large_fd_set_init(&fds, t->sock + 1);
    NETSNMP_LARGE_FD_SET(t->sock, &fds);
    netsnmp_session *sp = snmp_sess_session(m_sess);
    sp->s_snmp_errno = 0;
    // Net-SNMP drops a message that fails its USM checks and only counts it in the USM statistics
    // (RFC 3414 usmStats*); the engine thread is the only reader, so a counter that moved during
    // this read names exactly what was wrong with the answer we got.
    const UsmCounters before = UsmCounters::read();
    snmp_sess_read2(m_sess, &fds);
    netsnmp_large_fd_set_cleanup(&fds);
    if (m_sess) {
        const Error inbound = UsmCounters::read().errorSince(before);
        const int err = snmp_sess_session(m_sess)->s_snmp_errno;
        if (inbound) {
            // Fail fast: the agent answered, but with keys we do not share. Waiting for the timeout
            // would only hide the real cause.
            qCDebug(lcSnmp) << m_peer << inbound.message;
            if (inbound.cls == ErrorClass::UnknownUser && m_usedCachedEngineId) {
                // The device at this address has another engine ID now (replaced, reset, or a new
                // DHCP lease): forget ours so the next session discovers it again.
                m_engine.forgetEngineId(m_peer);
            }
            for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
                Response r;
                r.error = inbound;
                m_ready.append({it.key(), r});
            }
        } else if (isParseError(err)) {
            // A packet that does not decode is dropped; remember it so the timeout that follows is
            // reported as a malformed answer instead of silence.
            qCDebug(lcSnmp) << m_peer << "dropped an undecodable answer:" << snmp_api_errstring(err);
            m_sawMalformed = true;
        }
    }
    deliverQueued();
    rearmTimer();
}

void AsyncSession::onTimer()
{
    if (!m_sess)
        return;
    auto keepAlive = shared_from_this();
    snmp_sess_timeout(m_sess);
    deliverQueued();
    rearmTimer();
}

void AsyncSession::deliverQueued()
{
    while (!m_ready.isEmpty() && m_sess) {
        auto [reqid, response] = m_ready.takeFirst();
        Callback cb = m_inFlight.take(reqid);
        if (!cb)
            continue;
        if (response.error.cls == ErrorClass::NoResponse && m_sawMalformed) {
            response.error = {ErrorClass::MalformedAnswer,
                              Tr::tr("The agent answered, but the answer could not be decoded.")};
        } else if (response.error.cls == ErrorClass::NoResponse && m_discoveryAnswered && !m_gotAnswer &&
                   m_credential.level == SecurityLevel::AuthPriv) {
            // The agent answered engine discovery a moment ago, then ignored our encrypted request.
            // Agents drop a PDU they cannot decrypt without a report (Net-SNMP's snmpd does), so this
            // silence is the signature of a wrong privacy password or protocol.
            response.error = {ErrorClass::DecryptionFailed,
                              Tr::tr("The agent answered SNMPv3 discovery but not the encrypted request: wrong privacy "
                                     "password or protocol (or a user it does not know and does not report).")};
            // Discover again next time, so the same mistake is recognised the same way.
            m_engine.forgetEngineId(m_peer);
        }
        if (!response.error)
            m_gotAnswer = true;
        cb(response);
    }
    if (!m_sess)
        m_ready.clear();
}

void AsyncSession::rearmTimer()
{
    if (!m_sess || !m_timer)
        return;
    if (m_inFlight.isEmpty()) {
        m_timer->stop();
        return;
    }
    int numfds = 0, block = 0;
    netsnmp_large_fd_set fds;
    netsnmp_large_fd_set_init(&fds, 1);
    timeval tv{0, 0};
    snmp_sess_select_info2(m_sess, &numfds, &fds, &tv, &block);
    netsnmp_large_fd_set_cleanup(&fds);
    const qint64 ms = qint64(tv.tv_sec) * 1000 + tv.tv_usec / 1000 + 1;
    m_timer->start(int(std::clamp<qint64>(ms, 1, 600000)));
}

} // namespace fleet::snmp
