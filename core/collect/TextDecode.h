#pragma once
// Device strings arrive as raw octets in whatever encoding the firmware uses. We store valid UTF-8:
// UTF-8 when the octets are valid UTF-8, otherwise ISO-8859-1 (every octet maps to a character),
// with trailing NULs (C-string padding) removed.

#include <QByteArray>
#include <QString>

namespace fleet::text {

QString decode(const QByteArray &octets);
// decode(), then surrounding whitespace trimmed: for names, serials and other single-line identity.
QString decodeTrimmed(const QByteArray &octets);
// For a terminal: control characters (C0, DEL, C1) become U+FFFD so a device's text cannot move
// the cursor or change colours. Stored and JSON text keep the exact characters.
QString printable(const QString &text);
// decode(), then trailing whitespace removed: agents pad fixed-size fields; leading text is kept as sent.
QString decodeRightTrimmed(const QByteArray &octets);
// "aa:bb:cc:dd:ee:ff" for a 6-octet, non-zero physical address; empty otherwise.
QString macAddress(const QByteArray &octets);

} // namespace fleet::text
