#include "collect/MeterProfileParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace fleet::collect {

namespace {

const QString kKind = QStringLiteral("kind");
const QString kName = QStringLiteral("name");
const QString kUnit = QStringLiteral("unit");
const QString kOid = QStringLiteral("oid");
const QString kScale = QStringLiteral("scale");
const QString kSource = QStringLiteral("source");
const QString kColumn = QStringLiteral("column");
const QString kKeyColumn = QStringLiteral("keyColumn");
const QString kUnitColumn = QStringLiteral("unitColumn");
const QString kUnits = QStringLiteral("units");
const QString kRows = QStringLiteral("rows");
const QString kMatch = QStringLiteral("match");

const snmp::Oid kEnterprises{1, 3, 6, 1, 4, 1};

} // namespace

std::optional<MeterProfile> MeterProfileParser::parse(const QByteArray &json, QString *error)
{
    QString localError;
    MeterProfileParser parser(error ? error : &localError);
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        parser.fail(tr("not valid JSON at offset %1: %2").arg(jsonError.offset).arg(jsonError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        parser.fail(tr("the top level must be a JSON object"));
        return std::nullopt;
    }
    MeterProfile profile;
    if (!parser.parseProfile(doc.object(), profile))
        return std::nullopt;
    return profile;
}

bool MeterProfileParser::parseProfile(const QJsonObject &root, MeterProfile &profile)
{
    const QString top = QStringLiteral("profile");
    if (!checkKeys(root, top,
                   {QStringLiteral("formatVersion"), QStringLiteral("id"), QStringLiteral("vendor"),
                    QStringLiteral("description"), QStringLiteral("enterprisePrefixes"), QStringLiteral("counters")}))
        return false;
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isUndefined() && version.toInt(-1) != 1)
        return fail(tr("formatVersion must be 1"));

    if (!readString(root, top, QStringLiteral("id"), true, profile.id) ||
        !readString(root, top, QStringLiteral("vendor"), true, profile.vendor) ||
        !readString(root, top, QStringLiteral("description"), false, profile.description))
        return false;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!idPattern.match(profile.id).hasMatch())
        return fail(tr("id \"%1\" must use lowercase letters, digits and '-'").arg(profile.id));

    const QJsonValue prefixes = root.value(QStringLiteral("enterprisePrefixes"));
    if (!prefixes.isArray() || prefixes.toArray().isEmpty())
        return fail(tr("enterprisePrefixes must be a non-empty array of OIDs"));
    for (const QJsonValue &v : prefixes.toArray()) {
        const snmp::Oid oid = snmp::Oid::fromString(v.toString());
        // A prefix must name at least one enterprise: 1.3.6.1.4.1.<enterprise>[.more arcs].
        if (oid.size() <= kEnterprises.size() || !oid.startsWith(kEnterprises))
            return fail(tr("enterprisePrefixes: \"%1\" is not an OID below 1.3.6.1.4.1.<enterprise>")
                            .arg(v.toVariant().toString()));
        profile.enterprisePrefixes << oid;
    }

    const QJsonValue counters = root.value(QStringLiteral("counters"));
    if (!counters.isArray() || counters.toArray().isEmpty())
        return fail(tr("counters must be a non-empty array"));
    const QJsonArray array = counters.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("counters[%1]").arg(i);
        if (!array.at(i).isObject())
            return fail(tr("%1: must be an object").arg(where));
        const QJsonObject object = array.at(i).toObject();
        const QString kind = object.value(kKind).toString();
        MeterSource source;
        if (kind == QLatin1String("scalar")) {
            if (!parseScalar(object, where, source))
                return false;
        } else if (kind == QLatin1String("table")) {
            if (!parseTable(object, where, source))
                return false;
        } else {
            return fail(tr("%1: kind must be \"scalar\" or \"table\"").arg(where));
        }
        profile.sources << source;
    }
    return true;
}

bool MeterProfileParser::parseScalar(const QJsonObject &object, const QString &where, MeterSource &out)
{
    if (!checkKeys(object, where, {kKind, kName, kUnit, kOid, kScale, kSource}))
        return false;
    ScalarMeter scalar;
    if (!readName(object, where, scalar.meter.name) || !readUnit(object, where, true, scalar.meter.unit) ||
        !readOid(object, where, kOid, true, scalar.oid) || !readScale(object, where, scalar.meter.scale) ||
        !readString(object, where, kSource, true, scalar.meter.citation))
        return false;
    out = scalar;
    return true;
}

bool MeterProfileParser::parseTable(const QJsonObject &object, const QString &where, MeterSource &out)
{
    if (!checkKeys(object, where, {kKind, kColumn, kKeyColumn, kUnitColumn, kUnits, kUnit, kScale, kSource, kRows}))
        return false;
    MeterTable table;
    MeterDefinition defaults;
    if (!readOid(object, where, kColumn, true, table.column) ||
        !readOid(object, where, kKeyColumn, false, table.keyColumn) ||
        !readOid(object, where, kUnitColumn, false, table.unitColumn) || !readScale(object, where, defaults.scale) ||
        !readString(object, where, kSource, true, defaults.citation))
        return false;
    if (table.keyColumn == table.column || table.unitColumn == table.column)
        return fail(tr("%1: keyColumn and unitColumn must differ from column").arg(where));

    const bool unitFromColumn = !table.unitColumn.isEmpty();
    if (unitFromColumn) {
        // One way to say the unit per table: from the device (unitColumn + units) or fixed (unit).
        if (object.contains(kUnit))
            return fail(tr("%1: give either unit or unitColumn, not both").arg(where));
        const QJsonValue units = object.value(kUnits);
        if (!units.isObject() || units.toObject().isEmpty())
            return fail(tr("%1: unitColumn needs a non-empty units object").arg(where));
        const QJsonObject map = units.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString unit = it.value().toString();
            if (!meterUnits().contains(unit))
                return fail(tr("%1.units: unknown unit \"%2\"").arg(where, it.value().toVariant().toString()));
            table.units.insert(it.key().simplified(), unit);
        }
    } else {
        if (object.contains(kUnits))
            return fail(tr("%1: units needs a unitColumn").arg(where));
        if (!readUnit(object, where, true, defaults.unit))
            return false;
    }

    const QJsonValue rows = object.value(kRows);
    if (!rows.isArray() || rows.toArray().isEmpty())
        return fail(tr("%1: rows must be a non-empty array").arg(where));
    const QJsonArray array = rows.toArray();
    QSet<QString> matches;
    for (qsizetype i = 0; i < array.size(); ++i) {
        TableRowMeter row;
        if (!parseRow(array.at(i), QStringLiteral("%1.rows[%2]").arg(where).arg(i), unitFromColumn, defaults, row))
            return false;
        if (matches.contains(row.match.toCaseFolded()))
            return fail(tr("%1.rows[%2]: match \"%3\" appears twice").arg(where).arg(i).arg(row.match));
        matches.insert(row.match.toCaseFolded());
        table.rows << row;
    }
    out = table;
    return true;
}

bool MeterProfileParser::parseRow(const QJsonValue &value, const QString &where, bool unitFromColumn,
                                  const MeterDefinition &defaults, TableRowMeter &out)
{
    if (!value.isObject())
        return fail(tr("%1: must be an object").arg(where));
    const QJsonObject object = value.toObject();
    if (!checkKeys(object, where, {kMatch, kName, kUnit, kScale, kSource}))
        return false;
    out.meter = defaults;
    if (!readString(object, where, kMatch, true, out.match) || !readName(object, where, out.meter.name))
        return false;
    out.match = out.match.simplified();
    if (object.contains(kUnit)) {
        if (unitFromColumn)
            return fail(tr("%1: the table takes units from its unitColumn; a row cannot set unit").arg(where));
        if (!readUnit(object, where, true, out.meter.unit))
            return false;
    }
    if (object.contains(kScale) && !readScale(object, where, out.meter.scale))
        return false;
    QString citation;
    if (!readString(object, where, kSource, false, citation))
        return false;
    if (!citation.isEmpty())
        out.meter.citation = defaults.citation + QStringLiteral("; ") + citation;
    return true;
}

bool MeterProfileParser::checkKeys(const QJsonObject &object, const QString &where, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowed.contains(it.key()))
            return fail(tr("%1: unknown key \"%2\"").arg(where, it.key()));
    return true;
}

bool MeterProfileParser::readString(const QJsonObject &object, const QString &where, const QString &key, bool required,
                                    QString &out)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() && !required)
        return true;
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return fail(tr("%1: %2 must be a non-empty string").arg(where, key));
    out = v.toString().trimmed();
    return true;
}

bool MeterProfileParser::readOid(const QJsonObject &object, const QString &where, const QString &key, bool required,
                                 snmp::Oid &out)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() && !required)
        return true;
    out = snmp::Oid::fromString(v.toString());
    if (out.size() < 2)
        return fail(tr("%1: %2 must be a numeric OID such as \"1.3.6.1.4.1...\"").arg(where, key));
    return true;
}

bool MeterProfileParser::readName(const QJsonObject &object, const QString &where, QString &out)
{
    if (!readString(object, where, kName, true, out))
        return false;
    if (!canonicalMeterNames().contains(out))
        return fail(tr("%1: unknown meter name \"%2\" (see resources/meters/README.md)").arg(where, out));
    return true;
}

bool MeterProfileParser::readUnit(const QJsonObject &object, const QString &where, bool required, QString &out)
{
    if (!readString(object, where, kUnit, required, out))
        return false;
    if (!out.isEmpty() && !meterUnits().contains(out))
        return fail(tr("%1: unknown unit \"%2\" (one of %3)").arg(where, out, meterUnits().join(QStringLiteral(", "))));
    return true;
}

bool MeterProfileParser::readScale(const QJsonObject &object, const QString &where, double &out)
{
    const QJsonValue v = object.value(kScale);
    if (v.isUndefined())
        return true;
    if (!v.isDouble() || !(v.toDouble() > 0))
        return fail(tr("%1: scale must be a number greater than 0").arg(where));
    out = v.toDouble();
    return true;
}

bool MeterProfileParser::fail(const QString &message)
{
    *m_error = message;
    return false;
}

} // namespace fleet::collect
