#pragma once
// Reads one meter profile from JSON (format: resources/meters/README.md). Strict on purpose: an
// unknown key, meter name or unit is an error, because a typo that is silently ignored becomes
// a wrong or missing number on someone's invoice.

#include "collect/MeterProfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QJsonObject;
class QJsonValue;

namespace fleet::collect {

class MeterProfileParser
{
    Q_DECLARE_TR_FUNCTIONS(MeterProfileParser)

public:
    // nullopt with *error set (a readable reason, without the file name) when the JSON is not a
    // valid profile.
    static std::optional<MeterProfile> parse(const QByteArray &json, QString *error);

private:
    explicit MeterProfileParser(QString *error)
        : m_error(error)
    {}

    bool parseProfile(const QJsonObject &root, MeterProfile &profile);
    bool parseScalar(const QJsonObject &object, const QString &where, MeterSource &out);
    bool parseTable(const QJsonObject &object, const QString &where, MeterSource &out);
    bool parseRow(const QJsonValue &value, const QString &where, bool unitFromColumn, const MeterDefinition &defaults,
                  TableRowMeter &out);

    bool checkKeys(const QJsonObject &object, const QString &where, const QStringList &allowed);
    bool readString(const QJsonObject &object, const QString &where, const QString &key, bool required, QString &out);
    bool readOid(const QJsonObject &object, const QString &where, const QString &key, bool required, snmp::Oid &out);
    bool readName(const QJsonObject &object, const QString &where, QString &out);
    bool readUnit(const QJsonObject &object, const QString &where, bool required, QString &out);
    bool readScale(const QJsonObject &object, const QString &where, double &out);
    bool fail(const QString &message);

    QString *m_error;
};

} // namespace fleet::collect
