#include "Snmprec.h"

#include <QFile>

namespace fleet::test {

using snmp::Oid;
using snmp::Value;

QMap<Oid, Value> readSnmprec(const QString &path, QString *error)
{
    QMap<Oid, Value> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return values;
    }
    int lineNo = 0;
    while (!file.atEnd()) {
        ++lineNo;
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype first = line.indexOf('|');
        const qsizetype second = line.indexOf('|', first + 1);
        if (first < 0 || second < 0) {
            *error = QStringLiteral("%1:%2: bad line").arg(path).arg(lineNo);
            return {};
        }
        const Oid key = Oid::fromString(QString::fromLatin1(line.left(first)));
        QByteArray tag = line.mid(first + 1, second - first - 1);
        QByteArray text = line.mid(second + 1);
        if (tag.endsWith('x')) {
            tag.chop(1);
            text = QByteArray::fromHex(text);
        }
        using Type = Value::Type;
        switch (tag.toInt()) {
        case 2:
            values.insert(key, Value::integer(text.toLongLong()));
            break;
        case 4:
            values.insert(key, Value::octets(text));
            break;
        case 5:
            values.insert(key, Value());
            break;
        case 6:
            values.insert(key, Value::objectId(Oid::fromString(QString::fromLatin1(text))));
            break;
        case 64: {
            // snmprec writes IpAddress dotted; keep the four octets as the agent would send them.
            QByteArray octets;
            if (!tag.isEmpty() && line.mid(first + 1, second - first - 1).endsWith('x'))
                octets = text;
            else
                for (const QByteArray &part : text.split('.'))
                    octets.append(char(part.toInt()));
            values.insert(key, Value::octets(octets, Type::IpAddress));
            break;
        }
        case 65:
            values.insert(key, Value::unsignedInt(text.toULongLong(), Type::Counter32));
            break;
        case 66:
            values.insert(key, Value::unsignedInt(text.toULongLong(), Type::Gauge32));
            break;
        case 67:
            values.insert(key, Value::unsignedInt(text.toULongLong(), Type::TimeTicks));
            break;
        case 68:
            values.insert(key, Value::octets(text, Type::Opaque));
            break;
        case 70:
            values.insert(key, Value::unsignedInt(text.toULongLong(), Type::Counter64));
            break;
        default:
            *error = QStringLiteral("%1:%2: unknown type tag %3").arg(path).arg(lineNo).arg(QString::fromLatin1(tag));
            return {};
        }
    }
    return values;
}

} // namespace fleet::test
