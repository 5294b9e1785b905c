#pragma once
// Device text in the upload payload, lossless and always well-formed. XML 1.0 cannot carry most
// C0 controls, U+FFFE/U+FFFF or unpaired surrogates even as character references, and a parser
// turns a literal CR into LF. Such a string is written with each of those code units replaced by
// U+FFFD (readable) and the exact text as UTF-8 in a hex attribute `raw` (see docs/payload.md).

#include <QString>

class QXmlStreamReader;
class QXmlStreamWriter;

namespace fleet::sync {

// True when the string survives as plain element text: only XML 1.0 characters and no CR.
bool isPlainXmlText(const QString &text);
// The readable form: every code unit XML cannot carry replaced by U+FFFD.
QString xmlDisplayText(const QString &text);

// <name>text</name>, or <name raw="hex of the UTF-8">display text</name> when the text is not plain.
void writeTextElement(QXmlStreamWriter &xml, const QString &name, const QString &text);
// Reads the element the reader is on (a StartElement) back to the exact original text.
QString readTextElement(QXmlStreamReader &xml);

} // namespace fleet::sync
