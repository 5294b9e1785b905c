#include "sync/SpkiPin.h"

#include <QCryptographicHash>

namespace fleet::sync {

namespace {

// One DER element at pos: tag, total length (header + content) and where the content starts.
struct DerElement
{
    quint8 tag = 0;
    qsizetype start = 0;
    qsizetype contentStart = 0;
    qsizetype end = 0; // one past the last byte
};

bool readElement(const QByteArray &der, qsizetype pos, qsizetype limit, DerElement *out)
{
    if (pos + 2 > limit)
        return false;
    out->start = pos;
    out->tag = quint8(der.at(pos));
    quint8 first = quint8(der.at(pos + 1));
    qsizetype length = 0;
    qsizetype header = 2;
    if (first < 0x80) {
        length = first;
    } else {
        const int octets = first & 0x7f;
        // Indefinite lengths are not DER; more than 4 octets would exceed any certificate.
        if (octets == 0 || octets > 4 || pos + 2 + octets > limit)
            return false;
        for (int i = 0; i < octets; ++i)
            length = (length << 8) | quint8(der.at(pos + 2 + i));
        header += octets;
    }
    out->contentStart = pos + header;
    out->end = out->contentStart + length;
    return length >= 0 && out->end <= limit;
}

constexpr quint8 kSequence = 0x30;
constexpr quint8 kExplicitVersion = 0xa0;

} // namespace

QByteArray SpkiPin::subjectPublicKeyInfo(const QByteArray &der)
{
    // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature }
    // TBSCertificate ::= SEQUENCE { [0] version OPTIONAL, serialNumber, signature, issuer,
    //                               validity, subject, subjectPublicKeyInfo, ... }
    DerElement cert;
    if (!readElement(der, 0, der.size(), &cert) || cert.tag != kSequence)
        return {};
    DerElement tbs;
    if (!readElement(der, cert.contentStart, cert.end, &tbs) || tbs.tag != kSequence)
        return {};
    qsizetype pos = tbs.contentStart;
    DerElement e;
    if (!readElement(der, pos, tbs.end, &e))
        return {};
    if (e.tag == kExplicitVersion) {
        pos = e.end;
        if (!readElement(der, pos, tbs.end, &e))
            return {};
    }
    // serialNumber, signature, issuer, validity, subject: skip five elements.
    for (int i = 0; i < 5; ++i) {
        pos = e.end;
        if (!readElement(der, pos, tbs.end, &e))
            return {};
    }
    if (e.tag != kSequence)
        return {};
    return der.mid(e.start, e.end - e.start);
}

QString SpkiPin::of(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    const QByteArray spki = subjectPublicKeyInfo(certificate.toDer());
    if (spki.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

bool SpkiPin::matches(const QString &pin, const QSslCertificate &certificate)
{
    const QByteArray expected = QByteArray::fromBase64(pin.trimmed().toLatin1());
    const QByteArray spki = subjectPublicKeyInfo(certificate.toDer());
    if (expected.size() != 32 || spki.isEmpty())
        return false;
    const QByteArray actual = QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
    quint8 diff = 0;
    for (int i = 0; i < 32; ++i)
        diff |= quint8(expected.at(i)) ^ quint8(actual.at(i));
    return diff == 0;
}

} // namespace fleet::sync
