#pragma once
// Small writers shared by the payload sections: typed attributes from JSON values and records,
// and UTC timestamps in the one form the schema accepts.

#include <QDateTime>
#include <QJsonValue>
#include <QString>

class QXmlStreamWriter;

namespace fleet::sync::xml {

// "2026-01-05T08:00:00.000Z"; the schema's xs:dateTime with an explicit zone.
QString timestamp(const QDateTime &t);

// Attributes are only written for values this code produces (numbers, MIB names, OIDs); device
// text goes to elements through writeTextElement(). The display filter still applies so that an
// unexpected control character cannot break the document.
void attribute(QXmlStreamWriter &xml, const QString &name, const QString &value);
void optionalAttribute(QXmlStreamWriter &xml, const QString &name, const QString &value); // skipped when empty
void timeAttribute(QXmlStreamWriter &xml, const QString &name, const QDateTime &t);       // skipped when invalid
void boolAttribute(QXmlStreamWriter &xml, const QString &name, bool value);
// A JSON number as an integer attribute; skipped when the value is null.
void integerAttribute(QXmlStreamWriter &xml, const QString &name, const QJsonValue &value);
// A snapshot enumeration {value, name}: name="3" and nameName="toner"; skipped when null.
void enumAttributes(QXmlStreamWriter &xml, const QString &name, const QJsonValue &value);
// A JSON string as a text element; skipped when null or empty.
void optionalText(QXmlStreamWriter &xml, const QString &name, const QJsonValue &value);
void optionalText(QXmlStreamWriter &xml, const QString &name, const QString &value);
// Each string of a JSON array as one text element.
void textList(QXmlStreamWriter &xml, const QString &name, const QJsonValue &array);

} // namespace fleet::sync::xml
