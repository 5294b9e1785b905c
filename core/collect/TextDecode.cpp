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
    bool allZero = true, allOnes = true;
    for (char c : octets) {
        allZero = allZero && c == '\0';
        allOnes = allOnes && static_cast<quint8>(c) == 0xff;
    }
    if (allZero || allOnes)
        return {};
    return QString::fromLatin1(octets.toHex(':'));
}

} // namespace fleet::text
