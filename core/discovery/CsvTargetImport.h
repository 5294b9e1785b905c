#pragma once
// Imports discovery targets from a CSV list as spreadsheets export it: RFC 4180 quoting, comma,
// semicolon (European Excel) or tab (Excel "Unicode text") separated, UTF-8/UTF-16 with or
// without a byte order mark, an optional header row in English or Dutch.

#include "discovery/TargetSpec.h"

#include <QByteArray>

class QIODevice;

namespace fleet::discovery {

class CsvTargetImport
{
public:
    // A list of 65,536 targets is a few MiB; anything far larger is not a target list.
    static constexpr qint64 kMaxFileSize = 32 * 1024 * 1024;

    // Columns without a header: address, name, location, credential profile. With a header they
    // may come in any order, an optional port column gives the port of addresses without one,
    // and unknown columns are ignored. An address cell takes any spec ("10.0.0.0/24", a range,
    // "host:1161", several separated by spaces) and every target it expands to gets that row's
    // name, location and profile. "#" lines and empty rows are skipped; every other row that
    // cannot be imported becomes an error with its line number, and the rest is still imported.
    static TargetParseResult parse(const QByteArray &data, const QString &originName,
                                   const QStringList &exclusions = {}, qsizetype limit = kDefaultTargetLimit);
    static TargetParseResult parse(QIODevice &device, const QString &originName, const QStringList &exclusions = {},
                                   qsizetype limit = kDefaultTargetLimit);
};

} // namespace fleet::discovery
