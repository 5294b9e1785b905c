#pragma once
// RFC 4180 CSV for exports a spreadsheet opens: fields quoted when needed, records ended by CRLF.
// Device-supplied text (names, locations) is untrusted: a field that a spreadsheet would run as a
// formula (=, +, -, @ first) is prefixed with an apostrophe unless it is a plain number.

#include <QString>
#include <QStringList>

namespace fleet::csv {

QString field(const QString &value);
// The fields joined by commas, ended by CRLF.
QString record(const QStringList &fields);

} // namespace fleet::csv
