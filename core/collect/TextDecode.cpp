#include "collect/TextDecode.h"

#include <QStringDecoder>

namespace fleet::text {

QString decode(const QByteArray &octets)
{
    qsizetype n = octets.size();
    while (n > 0 && octets.at(n - 1) == '\0')
        --n;
    const QByteArray bytes = octets.left(n);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = utf8.decode(bytes);
    if (!utf8.hasError())
        return s;
    return QString::fromLatin1(bytes);
}

QString decodeTrimmed(const QByteArray &octets)
{
    return decode(octets).trimmed();
}

QString decodeRightTrimmed(const QByteArray &octets)
{
    QString s = decode(octets);
    qsizetype n = s.size();
    while (n > 0 && s.at(n - 1).isSpace())
        --n;
    s.truncate(n);
    return s;
}

QString printable(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0))
            c = QChar(0xfffd);
    }
    return out;
}

QString macAddress(const QByteArray &octets)
{
    if (octets.size() != 6)
        return {};
    // All zeros means "no address" (RFC 2863). Anything else is reported as the device sent it.
    if (std::all_of(octets.cbegin(), octets.cend(), [](char c) { return c == '\0'; }))
        return {};
    return QString::fromLatin1(octets.toHex(':'));
}

} // namespace fleet::text
