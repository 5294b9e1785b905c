#include "util/Csv.h"

namespace fleet::csv {

QString field(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringView(u"=+-@\t\r").contains(v.front())) {
        bool number = false;
        v.toDouble(&number);
        if (!number)
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    return v;
}

QString record(const QStringList &fields)
{
    QStringList encoded;
    encoded.reserve(fields.size());
    for (const QString &f : fields)
        encoded << field(f);
    return encoded.join(u',') + QStringLiteral("\r\n");
}

} // namespace fleet::csv
