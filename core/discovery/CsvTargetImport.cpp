#include "discovery/CsvTargetImport.h"

#include "discovery/TargetListBuilder.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QStringDecoder>

#include <utility>

namespace fleet::discovery {

namespace {

enum class Column : quint8 { Address, Name, Location, Profile, Port };

struct CsvRecord
{
    int line = 0; // 1-based line the record starts on
    QString text; // the record as written, for error reports
    QStringList fields;
    QString error; // malformed quoting
};

bool isNewline(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Splits decoded text into RFC 4180 records. Quoted fields may hold delimiters, doubled quotes
// and line breaks; lines starting with "#" are comments. A quote that is never closed would
// swallow the rest of the file, so that record is reported and reading resumes on its next line.
class CsvRecordReader
{
public:
    CsvRecordReader(QStringView text, QChar delimiter, qsizetype start, int line)
        : m_text(text)
        , m_delimiter(delimiter)
        , m_pos(start)
        , m_line(line)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }

    CsvRecord next()
    {
        while (!atEnd() && isCommentLine())
            skipLine();
        CsvRecord record;
        record.line = m_line;
        const qsizetype start = m_pos;
        qsizetype end = m_text.size();
        QString field;
        bool inQuotes = false;
        bool quoted = false;
        bool closed = false;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (inQuotes) {
                if (c == u'"' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'"') {
                    field += u'"';
                    m_pos += 2;
                    continue;
                }
                if (c == u'"') {
                    inQuotes = false;
                    closed = true;
                } else {
                    if (c == u'\n' || (c == u'\r' && !(m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\n')))
                        ++m_line;
                    field += c;
                }
                ++m_pos;
                continue;
            }
            if (c == m_delimiter) {
                record.fields.append(field);
                field.clear();
                quoted = closed = false;
            } else if (isNewline(c)) {
                end = m_pos;
                skipNewline();
                break;
            } else if (closed) {
                if (c != u' ' && c != u'\t' && record.error.isEmpty())
                    record.error = QCoreApplication::translate("fleet::discovery", "text follows a closing quote");
            } else if (c == u'"' && !quoted && field.trimmed().isEmpty()) {
                inQuotes = quoted = true;
                field.clear();
            } else {
                field += c;
            }
            ++m_pos;
        }
        if (inQuotes) {
            m_pos = start;
            m_line = record.line;
            while (!atEnd() && !isNewline(m_text.at(m_pos)))
                ++m_pos;
            record.text = m_text.mid(start, m_pos - start).toString();
            record.error = QCoreApplication::translate("fleet::discovery", "a quoted field is not closed");
            record.fields.clear();
            skipNewline();
            return record;
        }
        record.fields.append(field);
        record.text = m_text.mid(start, end - start).toString();
        return record;
    }

private:
    bool isCommentLine() const
    {
        for (qsizetype i = m_pos; i < m_text.size() && !isNewline(m_text.at(i)); ++i) {
            if (m_text.at(i) != u' ' && m_text.at(i) != u'\t')
                return m_text.at(i) == u'#';
        }
        return false;
    }

    void skipLine()
    {
        while (!atEnd() && !isNewline(m_text.at(m_pos)))
            ++m_pos;
        skipNewline();
    }

    // One CRLF, LF or lone CR.
    void skipNewline()
    {
        if (atEnd())
            return;
        if (m_text.at(m_pos) == u'\r' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos;
    int m_line;
};

QString decode(const QByteArray &data)
{
    // A byte order mark decides (Excel "Unicode text" is UTF-16); otherwise UTF-8, and for files
    // that are not valid UTF-8 (older Excel "CSV" on Windows) Latin-1.
    // Limit: Windows-1252 characters 0x80-0x9F (such as "€") come out as control characters.
    if (const auto encoding = QStringConverter::encodingForData(data)) {
        QStringDecoder decoder(*encoding);
        return decoder.decode(data);
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError())
        return text;
    QStringDecoder latin1(QStringConverter::Latin1);
    return latin1.decode(data);
}

struct Layout
{
    QChar delimiter = u',';
    qsizetype start = 0; // where records begin (after an Excel "sep=" line)
    int line = 1;
};

// The delimiter is the most frequent of ",", ";" and tab outside quotes on the first line that is
// neither blank nor a comment; ties go to the comma. Excel's "sep=;" first line is honoured.
Layout detectLayout(QStringView text)
{
    Layout layout;
    qsizetype pos = 0;
    int line = 1;
    while (pos < text.size()) {
        qsizetype end = pos;
        while (end < text.size() && !isNewline(text.at(end)))
            ++end;
        const QStringView content = text.mid(pos, end - pos);
        const QStringView trimmed = content.trimmed();
        if (line == 1 && trimmed.size() == 5 && trimmed.startsWith(u"sep=", Qt::CaseInsensitive)) {
            layout.delimiter = trimmed.at(4);
            layout.start =
                end < text.size() && text.at(end) == u'\r' && end + 1 < text.size() && text.at(end + 1) == u'\n'
                    ? end + 2
                    : end + 1;
            layout.line = 2;
            return layout;
        }
        if (!trimmed.isEmpty() && !trimmed.startsWith(u'#')) {
            QHash<QChar, int> counts;
            bool inQuotes = false;
            for (QChar c : content) {
                if (c == u'"')
                    inQuotes = !inQuotes;
                else if (!inQuotes && (c == u',' || c == u';' || c == u'\t'))
                    ++counts[c];
            }
            for (QChar candidate : {QChar(u';'), QChar(u'\t')}) {
                if (counts.value(candidate) > counts.value(layout.delimiter))
                    layout.delimiter = candidate;
            }
            return layout;
        }
        pos = end < text.size() && text.at(end) == u'\r' && end + 1 < text.size() && text.at(end + 1) == u'\n'
                  ? end + 2
                  : end + 1;
        ++line;
    }
    return layout;
}

std::optional<Column> columnForHeader(const QString &header)
{
    QString key;
    for (QChar c : header) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    static const QHash<QString, Column> names = {
        {QStringLiteral("address"), Column::Address},
        {QStringLiteral("addr"), Column::Address},
        {QStringLiteral("ip"), Column::Address},
        {QStringLiteral("ipaddress"), Column::Address},
        {QStringLiteral("ipv4"), Column::Address},
        {QStringLiteral("ipv6"), Column::Address},
        {QStringLiteral("host"), Column::Address},
        {QStringLiteral("hostname"), Column::Address},
        {QStringLiteral("dnsname"), Column::Address},
        {QStringLiteral("fqdn"), Column::Address},
        {QStringLiteral("target"), Column::Address},
        {QStringLiteral("adres"), Column::Address},
        {QStringLiteral("ipadres"), Column::Address},
        {QStringLiteral("hostnaam"), Column::Address},
        {QStringLiteral("name"), Column::Name},
        {QStringLiteral("devicename"), Column::Name},
        {QStringLiteral("printer"), Column::Name},
        {QStringLiteral("printername"), Column::Name},
        {QStringLiteral("displayname"), Column::Name},
        {QStringLiteral("naam"), Column::Name},
        {QStringLiteral("apparaat"), Column::Name},
        {QStringLiteral("apparaatnaam"), Column::Name},
        {QStringLiteral("printernaam"), Column::Name},
        {QStringLiteral("location"), Column::Location},
        {QStringLiteral("site"), Column::Location},
        {QStringLiteral("locatie"), Column::Location},
        {QStringLiteral("plaats"), Column::Location},
        {QStringLiteral("profile"), Column::Profile},
        {QStringLiteral("credential"), Column::Profile},
        {QStringLiteral("credentials"), Column::Profile},
        {QStringLiteral("credentialprofile"), Column::Profile},
        {QStringLiteral("snmpprofile"), Column::Profile},
        {QStringLiteral("profiel"), Column::Profile},
        {QStringLiteral("credentialprofiel"), Column::Profile},
        {QStringLiteral("snmpprofiel"), Column::Profile},
        {QStringLiteral("port"), Column::Port},
        {QStringLiteral("snmpport"), Column::Port},
        {QStringLiteral("poort"), Column::Port},
        {QStringLiteral("snmppoort"), Column::Port},
    };
    const auto it = names.constFind(key);
    return it == names.constEnd() ? std::nullopt : std::optional<Column>(*it);
}

bool isAddressSpec(const QString &text)
{
    const QStringList tokens = TargetSpec::tokens(text);
    for (const QString &token : tokens) {
        if (!TargetSpec::parse(token).isValid())
            return false;
    }
    return !tokens.isEmpty();
}

bool isBlank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

TargetParseResult CsvTargetImport::parse(const QByteArray &data, const QString &originName,
                                         const QStringList &exclusions, qsizetype limit)
{
    TargetListBuilder builder(exclusions, limit);
    const QString text = decode(data);
    const Layout layout = detectLayout(text);
    CsvRecordReader reader(text, layout.delimiter, layout.start, layout.line);

    QHash<Column, qsizetype> columns = {
        {Column::Address, 0}, {Column::Name, 1}, {Column::Location, 2}, {Column::Profile, 3}};
    bool first = true;
    while (!reader.atEnd()) {
        const CsvRecord record = reader.next();
        const SpecSource source{originName, record.line, record.text};
        if (!record.error.isEmpty()) {
            builder.addError(source, record.text, record.error);
            continue;
        }
        if (isBlank(record.fields))
            continue;
        const auto field = [&record, &columns](Column column) {
            const qsizetype index = columns.value(column, -1);
            return index >= 0 && index < record.fields.size() ? record.fields.at(index).trimmed() : QString();
        };

        // The first row is a header when its first cell is a column name, or when it is no address
        // and another cell names the address column (exports with an unnamed index column).
        // Otherwise it is data, and a bad address in it is reported like any other.
        // Limit: a first row whose first cell is a single-label host called "host", "printer"...
        // is read as a header.
        if (std::exchange(first, false)) {
            QHash<Column, qsizetype> named;
            for (qsizetype i = 0; i < record.fields.size(); ++i) {
                if (const auto column = columnForHeader(record.fields.at(i)); column && !named.contains(*column))
                    named.insert(*column, i);
            }
            const QString firstCell = record.fields.constFirst().trimmed();
            if (columnForHeader(firstCell) || (named.contains(Column::Address) && !isAddressSpec(firstCell))) {
                if (!named.contains(Column::Address)) {
                    builder.addError(source, record.text,
                                     QCoreApplication::translate("fleet::discovery",
                                                                 "the header has no address column (such as "
                                                                 "“address”, “ip”, “host” or “adres”)"));
                    return builder.result();
                }
                columns = named;
                continue;
            }
        }

        // A row is imported whole or not at all, so a half-valid address cell does not turn into a
        // partial import that looks like success.
        const QString address = field(Column::Address);
        const QStringList tokens = TargetSpec::tokens(address);
        if (tokens.isEmpty()) {
            builder.addError(source, record.text,
                             QCoreApplication::translate("fleet::discovery", "the address is missing"));
            continue;
        }
        bool valid = true;
        for (const QString &token : tokens) {
            if (const AddressSpec spec = TargetSpec::parse(token); !spec.isValid()) {
                builder.addError(source, record.text,
                                 QCoreApplication::translate("fleet::discovery", "“%1”: %2").arg(token, spec.error));
                valid = false;
            }
        }
        if (!valid)
            continue;
        Target details;
        details.name = field(Column::Name);
        details.location = field(Column::Location);
        details.credentialProfile = field(Column::Profile);
        if (const QString portText = field(Column::Port); !portText.isEmpty()) {
            QString why;
            const auto port = TargetSpec::parsePort(portText, &why);
            if (!port) {
                builder.addError(source, record.text, why);
                continue;
            }
            details.port = *port;
        }
        builder.add(address, source, details);
    }
    return builder.result();
}

TargetParseResult CsvTargetImport::parse(QIODevice &device, const QString &originName, const QStringList &exclusions,
                                         qsizetype limit)
{
    if (!device.isReadable()) {
        TargetParseResult result;
        result.errors.append(
            {originName,
             0,
             {},
             QCoreApplication::translate("fleet::discovery", "cannot read the file: %1").arg(device.errorString())});
        return result;
    }
    const QByteArray data = device.read(kMaxFileSize + 1);
    if (data.size() > kMaxFileSize) {
        TargetParseResult result;
        result.errors.append(
            {originName,
             0,
             {},
             QCoreApplication::translate("fleet::discovery", "the file is larger than %1 MiB; it is not a target list")
                 .arg(kMaxFileSize / (1024 * 1024))});
        return result;
    }
    return parse(data, originName, exclusions, limit);
}

} // namespace fleet::discovery
