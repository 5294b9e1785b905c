#include "sync/PayloadXml.h"

#include "sync/XmlText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QXmlStreamWriter>

namespace fleet::sync::xml {

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

void attribute(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    xml.writeAttribute(name, xmlDisplayText(value));
}

void optionalAttribute(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        attribute(xml, name, value);
}

void timeAttribute(QXmlStreamWriter &xml, const QString &name, const QDateTime &t)
{
    if (t.isValid())
        xml.writeAttribute(name, timestamp(t));
}

void boolAttribute(QXmlStreamWriter &xml, const QString &name, bool value)
{
    xml.writeAttribute(name, value ? QStringLiteral("true") : QStringLiteral("false"));
}

void integerAttribute(QXmlStreamWriter &xml, const QString &name, const QJsonValue &value)
{
    if (value.isDouble())
        xml.writeAttribute(name, QString::number(qint64(value.toDouble())));
}

void enumAttributes(QXmlStreamWriter &xml, const QString &name, const QJsonValue &value)
{
    if (!value.isObject())
        return;
    const QJsonObject e = value.toObject();
    integerAttribute(xml, name, e.value(QLatin1String("value")));
    optionalAttribute(xml, name + QStringLiteral("Name"), e.value(QLatin1String("name")).toString());
}

void optionalText(QXmlStreamWriter &xml, const QString &name, const QJsonValue &value)
{
    optionalText(xml, name, value.toString());
}

void optionalText(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        writeTextElement(xml, name, value);
}

void textList(QXmlStreamWriter &xml, const QString &name, const QJsonValue &array)
{
    const QJsonArray items = array.toArray();
    for (const QJsonValue &v : items)
        writeTextElement(xml, name, v.toString());
}

} // namespace fleet::sync::xml
