#include "snmp/SnmpTypes.h"

#include <QHash>

namespace fleet::snmp {

Oid Oid::fromString(QStringView text)
{
    if (text.startsWith(u'.'))
        text = text.mid(1);
    if (text.isEmpty())
        return {};
    Oid oid;
    for (const QStringView part : text.tokenize(u'.')) {
        bool ok = false;
        const qulonglong v = part.toULongLong(&ok);
        if (!ok || v > 0xffffffffULL || part.isEmpty() || !part.front().isDigit())
            return {};
        oid.m_arcs.append(static_cast<quint32>(v));
    }
    return oid;
}

QString Oid::toString() const
{
    QString out;
    out.reserve(m_arcs.size() * 4);
    for (qsizetype i = 0; i < m_arcs.size(); ++i) {
        if (i)
            out += u'.';
        out += QString::number(m_arcs.at(i));
    }
    return out;
}

bool Oid::startsWith(const Oid &prefix) const
{
    if (prefix.m_arcs.size() > m_arcs.size())
        return false;
    return std::equal(prefix.m_arcs.cbegin(), prefix.m_arcs.cend(), m_arcs.cbegin());
}

QList<quint32> Oid::suffixAfter(const Oid &prefix) const
{
    if (!startsWith(prefix))
        return {};
    return QList<quint32>(m_arcs.cbegin() + prefix.size(), m_arcs.cend());
}

Oid Oid::child(quint32 arc) const
{
    Oid o = *this;
    o.m_arcs.append(arc);
    return o;
}

Oid Oid::appended(const QList<quint32> &more) const
{
    Oid o = *this;
    o.m_arcs.append(more.constData(), more.size());
    return o;
}

Oid Oid::parent() const
{
    Oid o = *this;
    if (!o.m_arcs.isEmpty())
        o.m_arcs.removeLast();
    return o;
}

std::strong_ordering operator<=>(const Oid &a, const Oid &b)
{
    return std::lexicographical_compare_three_way(a.m_arcs.cbegin(), a.m_arcs.cend(), b.m_arcs.cbegin(),
                                                  b.m_arcs.cend());
}

size_t qHash(const Oid &oid, size_t seed) noexcept
{
    return qHashRange(oid.arcs().cbegin(), oid.arcs().cend(), seed);
}

Value Value::integer(qint64 v, Type t)
{
    Value r;
    r.m_type = t;
    r.m_int = v;
    r.m_uint = static_cast<quint64>(v);
    return r;
}

Value Value::unsignedInt(quint64 v, Type t)
{
    Value r;
    r.m_type = t;
    r.m_uint = v;
    r.m_int = static_cast<qint64>(v);
    return r;
}

Value Value::octets(QByteArray bytes, Type t)
{
    Value r;
    r.m_type = t;
    r.m_bytes = std::move(bytes);
    return r;
}

Value Value::objectId(Oid oid)
{
    Value r;
    r.m_type = Type::ObjectId;
    r.m_oid = std::move(oid);
    return r;
}

Value Value::exception(Type t)
{
    Value r;
    r.m_type = t;
    return r;
}

bool Value::isNumeric() const
{
    switch (m_type) {
    case Type::Integer:
    case Type::Counter32:
    case Type::Gauge32:
    case Type::TimeTicks:
    case Type::Counter64:
        return true;
    default:
        return false;
    }
}

std::optional<qint64> Value::toInt() const
{
    if (!isNumeric())
        return std::nullopt;
    if (m_type == Type::Counter64 && m_uint > static_cast<quint64>(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return m_type == Type::Integer ? m_int : static_cast<qint64>(m_uint);
}

std::optional<quint64> Value::toUnsigned() const
{
    if (!isNumeric())
        return std::nullopt;
    if (m_type == Type::Integer && m_int < 0)
        return std::nullopt;
    return m_type == Type::Integer ? static_cast<quint64>(m_int) : m_uint;
}

QString Value::typeName() const
{
    switch (m_type) {
    case Type::Null:
        return QStringLiteral("Null");
    case Type::Integer:
        return QStringLiteral("Integer");
    case Type::OctetString:
        return QStringLiteral("OctetString");
    case Type::ObjectId:
        return QStringLiteral("ObjectIdentifier");
    case Type::IpAddress:
        return QStringLiteral("IpAddress");
    case Type::Counter32:
        return QStringLiteral("Counter32");
    case Type::Gauge32:
        return QStringLiteral("Gauge32");
    case Type::TimeTicks:
        return QStringLiteral("TimeTicks");
    case Type::Opaque:
        return QStringLiteral("Opaque");
    case Type::Counter64:
        return QStringLiteral("Counter64");
    case Type::NoSuchObject:
        return QStringLiteral("noSuchObject");
    case Type::NoSuchInstance:
        return QStringLiteral("noSuchInstance");
    case Type::EndOfMibView:
        return QStringLiteral("endOfMibView");
    }
    return QStringLiteral("?");
}

QString Value::toDisplayString() const
{
    switch (m_type) {
    case Type::Integer:
        return QString::number(m_int);
    case Type::Counter32:
    case Type::Gauge32:
    case Type::TimeTicks:
    case Type::Counter64:
        return QString::number(m_uint);
    case Type::ObjectId:
        return m_oid.toString();
    case Type::IpAddress:
        if (m_bytes.size() == 4)
            return QStringLiteral("%1.%2.%3.%4")
                .arg(quint8(m_bytes[0]))
                .arg(quint8(m_bytes[1]))
                .arg(quint8(m_bytes[2]))
                .arg(quint8(m_bytes[3]));
        return QString::fromLatin1(m_bytes.toHex(':'));
    case Type::OctetString:
    case Type::Opaque: {
        bool printable = true;
        for (char c : m_bytes)
            printable = printable && (c >= 0x20 && c < 0x7f);
        return printable ? QString::fromLatin1(m_bytes) : QStringLiteral("0x") + QString::fromLatin1(m_bytes.toHex());
    }
    default:
        return typeName();
    }
}

static constexpr std::pair<ErrorClass, const char16_t *> kErrorNames[] = {
    {ErrorClass::None, u"none"},
    {ErrorClass::NoResponse, u"noResponse"},
    {ErrorClass::UnknownUser, u"unknownUser"},
    {ErrorClass::WrongAuth, u"wrongAuth"},
    {ErrorClass::DecryptionFailed, u"decryptionFailed"},
    {ErrorClass::NotInTimeWindow, u"notInTimeWindow"},
    {ErrorClass::UnsupportedSecurityLevel, u"unsupportedSecurityLevel"},
    {ErrorClass::DnsFailure, u"dnsFailure"},
    {ErrorClass::MalformedAnswer, u"malformedAnswer"},
    {ErrorClass::AgentError, u"agentError"},
    {ErrorClass::DeadlineExceeded, u"deadlineExceeded"},
    {ErrorClass::Cancelled, u"cancelled"},
    {ErrorClass::ConfigError, u"configError"},
    {ErrorClass::Internal, u"internal"},
};

QString errorClassName(ErrorClass c)
{
    for (const auto &[cls, name] : kErrorNames)
        if (cls == c)
            return QString::fromUtf16(name);
    return QStringLiteral("internal");
}

std::optional<ErrorClass> errorClassFromName(QStringView name)
{
    for (const auto &[cls, n] : kErrorNames)
        if (name == QStringView(n))
            return cls;
    return std::nullopt;
}

} // namespace fleet::snmp
