#include "sync/XmlText.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace fleet::sync {

namespace {
const QString kRawAttribute = QStringLiteral("raw");

// Whether the code unit at i can appear in XML 1.0 text; a surrogate only as part of a pair.
bool isXmlChar(const QString &s, qsizetype i)
{
    const char16_t c = s.at(i).unicode();
    if (c < 0x20)
        return c == u'\t' || c == u'\n' || c == u'\r';
    if (c == 0xFFFE || c == 0xFFFF)
        return false;
    if (QChar::isHighSurrogate(c))
        return i + 1 < s.size() && QChar::isLowSurrogate(s.at(i + 1).unicode());
    if (QChar::isLowSurrogate(c))
        return i > 0 && QChar::isHighSurrogate(s.at(i - 1).unicode());
    return true;
}
} // namespace

bool isPlainXmlText(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text.at(i) == u'\r' || !isXmlChar(text, i))
            return false;
    return true;
}

QString xmlDisplayText(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (!isXmlChar(text, i))
            out[i] = QChar::ReplacementCharacter;
    return out;
}

void writeTextElement(QXmlStreamWriter &xml, const QString &name, const QString &text)
{
    xml.writeStartElement(name);
    if (!isPlainXmlText(text)) {
        // Limit: UTF-8 cannot carry an unpaired surrogate; TextDecode never produces one (it decodes
        // bytes as UTF-8 or Latin-1), and toUtf8() would write U+FFFD for it.
        xml.writeAttribute(kRawAttribute, QString::fromLatin1(text.toUtf8().toHex()));
    }
    xml.writeCharacters(xmlDisplayText(text));
    xml.writeEndElement();
}

QString readTextElement(QXmlStreamReader &xml)
{
    const QString raw = xml.attributes().value(kRawAttribute).toString();
    const QString display = xml.readElementText();
    if (raw.isNull())
        return display;
    return QString::fromUtf8(QByteArray::fromHex(raw.toLatin1()));
}

} // namespace fleet::sync
