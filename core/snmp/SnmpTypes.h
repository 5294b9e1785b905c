#pragma once
// Value types of the SNMP engine: object identifiers, typed values, variable bindings and
// classified errors. Plain data, no Net-SNMP headers, so every layer above can use them.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <compare>
#include <cstdint>
#include <optional>

namespace fleet::snmp {

class Oid
{
public:
    // Arcs live inline up to this many: printer OIDs are rarely longer, and a poll handles tens of
    // thousands of them per second, so they must not cost a heap allocation each.
    static constexpr qsizetype kInlineArcs = 20;
    using Arcs = QVarLengthArray<quint32, kInlineArcs>;

    Oid() = default;
    Oid(std::initializer_list<quint32> arcs)
        : m_arcs(arcs)
    {}
    explicit Oid(const QList<quint32> &arcs)
        : m_arcs(arcs.cbegin(), arcs.cend())
    {}
    Oid(const quint32 *arcs, qsizetype n)
        : m_arcs(arcs, arcs + n)
    {}

    // Accepts "1.3.6.1", ".1.3.6.1"; returns an empty Oid on anything else.
    static Oid fromString(QStringView text);
    QString toString() const;

    bool isEmpty() const { return m_arcs.isEmpty(); }
    qsizetype size() const { return m_arcs.size(); }
    quint32 at(qsizetype i) const { return m_arcs.at(i); }
    quint32 last() const { return m_arcs.last(); }
    const Arcs &arcs() const { return m_arcs; }
    Oid parent() const; // without the last arc

    bool startsWith(const Oid &prefix) const;
    // The arcs after prefix (the row index of a table column); empty when not below prefix.
    QList<quint32> suffixAfter(const Oid &prefix) const;
    Oid child(quint32 arc) const;
    Oid appended(const QList<quint32> &arcs) const;

    friend bool operator==(const Oid &, const Oid &) = default;
    friend std::strong_ordering operator<=>(const Oid &a, const Oid &b);

private:
    Arcs m_arcs;
};

size_t qHash(const Oid &oid, size_t seed = 0) noexcept;

// SNMP value with its ASN.1 type. Integers keep their full range (Counter64 as unsigned).
class Value
{
public:
    enum class Type : quint8 {
        Null,
        Integer,
        OctetString,
        ObjectId,
        IpAddress,
        Counter32,
        Gauge32,
        TimeTicks,
        Opaque,
        Counter64,
        NoSuchObject,
        NoSuchInstance,
        EndOfMibView,
    };

    Value() = default;
    static Value integer(qint64 v, Type t = Type::Integer);
    static Value unsignedInt(quint64 v, Type t);
    static Value octets(QByteArray bytes, Type t = Type::OctetString);
    static Value objectId(Oid oid);
    static Value exception(Type t);

    Type type() const { return m_type; }
    bool isException() const
    {
        return m_type == Type::NoSuchObject || m_type == Type::NoSuchInstance || m_type == Type::EndOfMibView;
    }
    bool isNumeric() const;
    // Integer view of any numeric type; nullopt for strings, OIDs, exceptions.
    std::optional<qint64> toInt() const;
    std::optional<quint64> toUnsigned() const;
    const QByteArray &bytes() const { return m_bytes; }
    const Oid &oid() const { return m_oid; }
    QString typeName() const;
    // Human-readable rendering for logs and provenance ("raw value").
    QString toDisplayString() const;

private:
    Type m_type = Type::Null;
    qint64 m_int = 0;
    quint64 m_uint = 0;
    QByteArray m_bytes;
    Oid m_oid;
};

struct VarBind
{
    Oid oid;
    Value value;
};
using VarBindList = QList<VarBind>;

// Error classes the UI and the database store; names are part of the CLI's JSON interface.
enum class ErrorClass : quint8 {
    None,
    NoResponse,       // host down, filtered, or wrong community (agents stay silent)
    UnknownUser,      // usmStatsUnknownUserNames
    WrongAuth,        // usmStatsWrongDigests: wrong authentication password
    DecryptionFailed, // usmStatsDecryptionErrors: wrong privacy password
    NotInTimeWindow,  // usmStatsNotInTimeWindows that did not resolve after resynchronising
    UnsupportedSecurityLevel,
    DnsFailure,
    MalformedAnswer,  // unparsable or inconsistent response, wrong types, non-increasing walk
    AgentError,       // error-status in a response (tooBig after shrinking, genErr, noAccess...)
    DeadlineExceeded, // the hard per-device deadline expired
    Cancelled,
    ConfigError, // bad credential profile or address
    Internal,
};
QString errorClassName(ErrorClass c);
std::optional<ErrorClass> errorClassFromName(QStringView name);

struct Error
{
    ErrorClass cls = ErrorClass::None;
    QString message;

    bool isError() const { return cls != ErrorClass::None; }
    explicit operator bool() const { return isError(); }
};

} // namespace fleet::snmp
