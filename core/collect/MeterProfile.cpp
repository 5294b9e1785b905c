#include "collect/MeterProfile.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace fleet::collect {

const QStringList &canonicalMeterNames()
{
    static const QStringList names = {
        QStringLiteral("total"),       QStringLiteral("black"),         QStringLiteral("color"),
        QStringLiteral("twoColor"),    QStringLiteral("print"),         QStringLiteral("printBlack"),
        QStringLiteral("printColor"),  QStringLiteral("printTwoColor"), QStringLiteral("copy"),
        QStringLiteral("copyBlack"),   QStringLiteral("copyColor"),     QStringLiteral("copyTwoColor"),
        QStringLiteral("fax"),         QStringLiteral("faxBlack"),      QStringLiteral("faxColor"),
        QStringLiteral("faxTwoColor"), QStringLiteral("scan"),          QStringLiteral("scanBlack"),
        QStringLiteral("scanColor"),   QStringLiteral("scanCopy"),      QStringLiteral("scanFax"),
        QStringLiteral("scanOther"),   QStringLiteral("duplex"),        QStringLiteral("blackLarge"),
        QStringLiteral("blackSmall"),  QStringLiteral("colorLarge"),    QStringLiteral("colorSmall"),
        QStringLiteral("largeFormat"),
    };
    return names;
}

const QStringList &meterUnits()
{
    static const QStringList units = {
        QStringLiteral("impressions"), QStringLiteral("sheets"), QStringLiteral("sides"),   QStringLiteral("pages"),
        QStringLiteral("clicks"),      QStringLiteral("times"),  QStringLiteral("unknown"),
    };
    return units;
}

std::optional<quint64> meterCount(const snmp::Value &value)
{
    using Type = snmp::Value::Type;
    switch (value.type()) {
    case Type::Integer:
    case Type::Counter32:
    case Type::Gauge32:
    case Type::Counter64:
        return value.toUnsigned(); // nullopt for a negative Integer
    case Type::OctetString: {
        // Text counters come padded with spaces or NULs on some firmware; anything but digits
        // in between means the object is not a counter.
        QByteArray text = value.bytes();
        while (!text.isEmpty() && (text.back() == '\0' || text.back() == ' '))
            text.chop(1);
        text = text.trimmed();
        if (text.isEmpty() || text.size() > 20)
            return std::nullopt;
        for (char c : std::as_const(text))
            if (c < '0' || c > '9')
                return std::nullopt;
        bool ok = false;
        const qulonglong v = text.toULongLong(&ok);
        return ok ? std::optional<quint64>(v) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

namespace {

std::optional<quint64> scaled(quint64 raw, double scale)
{
    if (scale == 1.0)
        return raw;
    const double v = std::round(static_cast<double>(raw) * scale);
    // 2^64 as a double: anything at or above it does not fit a quint64.
    if (!std::isfinite(v) || v < 0 || v >= 18446744073709551616.0)
        return std::nullopt;
    return static_cast<quint64>(v);
}

// Key text of a table row: numbers as decimal, strings as trimmed text without trailing NULs.
QString keyText(const snmp::Value &value)
{
    if (value.isNumeric())
        return value.type() == snmp::Value::Type::Integer ? QString::number(value.toInt().value_or(0))
                                                          : QString::number(value.toUnsigned().value_or(0));
    if (value.type() == snmp::Value::Type::OctetString) {
        QByteArray bytes = value.bytes();
        while (!bytes.isEmpty() && bytes.back() == '\0')
            bytes.chop(1);
        return QString::fromUtf8(bytes).simplified();
    }
    return {};
}

QString indexText(const QList<quint32> &arcs)
{
    QStringList parts;
    parts.reserve(arcs.size());
    for (quint32 a : arcs)
        parts << QString::number(a);
    return parts.join(u'.');
}

class Extractor
{
public:
    Extractor(const MeterProfile &profile, const QHash<snmp::Oid, snmp::Value> &values, const QDateTime &readAt)
        : m_profile(profile)
        , m_values(values)
        , m_readAt(readAt)
    {}

    QList<Meter> run()
    {
        for (const MeterSource &source : m_profile.sources) {
            if (const auto *scalar = std::get_if<ScalarMeter>(&source))
                addScalar(*scalar);
            else
                addTable(std::get<MeterTable>(source));
        }
        return m_meters;
    }

private:
    void addScalar(const ScalarMeter &scalar)
    {
        if (m_done.contains(scalar.meter.name))
            return;
        const auto it = m_values.constFind(scalar.oid);
        if (it != m_values.cend())
            add(scalar.meter, scalar.meter.unit, scalar.oid, *it);
    }

    void addTable(const MeterTable &table)
    {
        // Rows in OID order, so "the first matching row" is deterministic whatever the hash order.
        std::map<snmp::Oid, snmp::Value> rows;
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
            if (it.key().size() > table.column.size() && it.key().startsWith(table.column))
                rows.emplace(it.key(), it.value());

        for (const TableRowMeter &row : table.rows) {
            if (m_done.contains(row.meter.name))
                continue;
            for (const auto &[oid, value] : rows) {
                const QList<quint32> index = oid.suffixAfter(table.column);
                if (QString::compare(rowKey(table, index), row.match, Qt::CaseInsensitive) != 0)
                    continue;
                if (add(row.meter, rowUnit(table, index, row.meter), oid, value))
                    break;
            }
        }
    }

    QString rowKey(const MeterTable &table, const QList<quint32> &index) const
    {
        if (table.keyColumn.isEmpty())
            return indexText(index);
        const auto it = m_values.constFind(table.keyColumn.appended(index));
        return it == m_values.cend() ? QString() : keyText(*it);
    }

    QString rowUnit(const MeterTable &table, const QList<quint32> &index, const MeterDefinition &meter) const
    {
        if (table.unitColumn.isEmpty())
            return meter.unit;
        const auto it = m_values.constFind(table.unitColumn.appended(index));
        if (it == m_values.cend())
            return QStringLiteral("unknown");
        return table.units.value(keyText(*it), QStringLiteral("unknown"));
    }

    bool add(const MeterDefinition &def, const QString &unit, const snmp::Oid &oid, const snmp::Value &value)
    {
        const std::optional<quint64> raw = meterCount(value);
        if (!raw)
            return false;
        const std::optional<quint64> count = scaled(*raw, def.scale);
        if (!count)
            return false;
        Meter m;
        m.name = def.name;
        m.value = *count;
        m.unit = unit;
        m.oid = oid.toString();
        m.rawValue = value.toDisplayString();
        m.source = QStringLiteral("vendor:") + m_profile.id;
        m.readAt = m_readAt;
        m_meters << m;
        m_done.insert(def.name);
        return true;
    }

    const MeterProfile &m_profile;
    const QHash<snmp::Oid, snmp::Value> &m_values;
    const QDateTime m_readAt;
    QList<Meter> m_meters;
    QSet<QString> m_done;
};

void appendUnique(QList<snmp::Oid> &list, const snmp::Oid &oid)
{
    if (!oid.isEmpty() && !list.contains(oid))
        list << oid;
}

} // namespace

QList<snmp::Oid> MeterProfile::scalarOids() const
{
    QList<snmp::Oid> oids;
    for (const MeterSource &source : sources)
        if (const auto *scalar = std::get_if<ScalarMeter>(&source))
            appendUnique(oids, scalar->oid);
    return oids;
}

QList<snmp::Oid> MeterProfile::tableColumns() const
{
    QList<snmp::Oid> columns;
    for (const MeterSource &source : sources) {
        if (const auto *table = std::get_if<MeterTable>(&source)) {
            appendUnique(columns, table->column);
            appendUnique(columns, table->keyColumn);
            appendUnique(columns, table->unitColumn);
        }
    }
    return columns;
}

QList<Meter> MeterProfile::extract(const QHash<snmp::Oid, snmp::Value> &values, const QDateTime &readAt) const
{
    return Extractor(*this, values, readAt).run();
}

} // namespace fleet::collect
