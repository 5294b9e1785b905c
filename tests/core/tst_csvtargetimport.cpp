// CSV target lists as spreadsheets and administrators write them: quoting, encodings, separators,
// headers in English and Dutch, comments, and bad lines reported while good ones import.

#include "discovery/CsvTargetImport.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using namespace fleet::discovery;

class TestCsvTargetImport : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void errorsCarryLineAndText();
    void originOfTargets();
    void exclusionsAndLimit();
    void readsFromDevice();
    void refusesOversizedDevice();
    void refusesUnreadableDevice();
    void garbageNeverCrashes();
};

namespace {

// "address" alone, or "address|name|location|profile" when the row has details.
QStringList rendered(const QList<Target> &targets)
{
    QStringList out;
    for (const Target &t : targets) {
        const bool details = !t.name.isEmpty() || !t.location.isEmpty() || !t.credentialProfile.isEmpty();
        out.append(details ? t.toString() + u'|' + t.name + u'|' + t.location + u'|' + t.credentialProfile
                           : t.toString());
    }
    return out;
}

QStringList S(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

QByteArray utf16le(const QString &text)
{
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

} // namespace

void TestCsvTargetImport::parse_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QList<int>>("errorLines");
    QTest::addColumn<int>("duplicates");

    using Lines = QList<int>;

    QTest::addRow("plain lf") << QByteArray("10.0.0.1\n10.0.0.2\n") << S({"10.0.0.1", "10.0.0.2"}) << Lines{} << 0;
    QTest::addRow("no final newline") << QByteArray("10.0.0.1\n10.0.0.2") << S({"10.0.0.1", "10.0.0.2"}) << Lines{}
                                      << 0;
    QTest::addRow("crlf all columns") << QByteArray("10.0.0.1,Printer A,Hall 1,office\r\n10.0.0.2,B,,\r\n")
                                      << S({"10.0.0.1|Printer A|Hall 1|office", "10.0.0.2|B||"}) << Lines{} << 0;
    QTest::addRow("lone cr") << QByteArray("10.0.0.1\r10.0.0.2\r") << S({"10.0.0.1", "10.0.0.2"}) << Lines{} << 0;
    QTest::addRow("empty file") << QByteArray() << QStringList() << Lines{} << 0;
    QTest::addRow("header only") << QByteArray("Address,Name\r\n") << QStringList() << Lines{} << 0;
    QTest::addRow("fields trimmed") << QByteArray("  10.0.0.1 ,  Printer A  , Hall \n")
                                    << S({"10.0.0.1|Printer A|Hall|"}) << Lines{} << 0;

    // Headers.
    QTest::addRow("english header") << QByteArray("Address,Name,Location,Profile\n10.0.0.1,A,Hall,lab\n")
                                    << S({"10.0.0.1|A|Hall|lab"}) << Lines{} << 0;
    QTest::addRow("dutch header semicolons")
        << QByteArray("Adres;Naam;Locatie;Profiel\r\n10.0.0.1;Printer A;Hal 1;kantoor\r\n")
        << S({"10.0.0.1|Printer A|Hal 1|kantoor"}) << Lines{} << 0;
    QTest::addRow("header reordered unknown column")
        << QByteArray("Name,Notes,IP Address,Location\nPrinter,ignore me,10.0.0.1,Hall\n")
        << S({"10.0.0.1|Printer|Hall|"}) << Lines{} << 0;
    QTest::addRow("header quoted") << QByteArray("\"Host\",\"Credential profile\"\n\"printer.example\",\"v3 lab\"\n")
                                   << S({"printer.example|||v3 lab"}) << Lines{} << 0;
    QTest::addRow("header ip-adres dutch")
        << QByteArray("IP-adres;Apparaatnaam\n10.0.0.9;Kopieerder\n") << S({"10.0.0.9|Kopieerder||"}) << Lines{} << 0;
    QTest::addRow("header port column") << QByteArray(
                                               "host,port\nprinter.example,1161\n10.0.0.1:2161,1161\n10.0.0.2,\n")
                                        << S({"printer.example:1161", "10.0.0.1:2161", "10.0.0.2"}) << Lines{} << 0;
    QTest::addRow("header bad port") << QByteArray("address,poort\n10.0.0.1,99999\n10.0.0.2,1161\n")
                                     << S({"10.0.0.2:1161"}) << Lines{2} << 0;
    QTest::addRow("header without address column")
        << QByteArray("Name,Location\nA,B\n10.0.0.1,C\n") << QStringList() << Lines{1} << 0;
    QTest::addRow("unnamed index column") << QByteArray(",address,name\n0,10.0.0.1,A\n1,10.0.0.2,B\n")
                                          << S({"10.0.0.1|A||", "10.0.0.2|B||"}) << Lines{} << 0;
    QTest::addRow("first row neither header nor address")
        << QByteArray("hello world!,x\n10.0.0.1\n") << S({"10.0.0.1"}) << Lines{1} << 0;
    QTest::addRow("second header-like row is data")
        << QByteArray("10.0.0.1\naddress_list\n") << S({"10.0.0.1"}) << Lines{2} << 0;

    // Encodings.
    QTest::addRow("utf8 bom") << QByteArray("\xEF\xBB\xBF"
                                            "address,name\n10.0.0.1,Caf\xC3\xA9\n")
                              << S({"10.0.0.1|Café||"}) << Lines{} << 0;
    QTest::addRow("utf8 bom no header") << QByteArray("\xEF\xBB\xBF"
                                                      "10.0.0.1\n")
                                        << S({"10.0.0.1"}) << Lines{} << 0;
    QTest::addRow("utf16 bom tabs") << utf16le(QStringLiteral("Address\tName\r\n10.0.0.1\tKöln\r\n"))
                                    << S({"10.0.0.1|Köln||"}) << Lines{} << 0;
    QTest::addRow("latin1 fallback") << QByteArray("10.0.0.1;Caf\xE9;Hal\n") << S({"10.0.0.1|Café|Hal|"}) << Lines{}
                                     << 0;

    // Quoting (RFC 4180).
    QTest::addRow("quoted comma") << QByteArray("10.0.0.1,\"Printer, 2nd floor\",Hall\n")
                                  << S({"10.0.0.1|Printer, 2nd floor|Hall|"}) << Lines{} << 0;
    QTest::addRow("doubled quotes") << QByteArray("10.0.0.1,\"The \"\"big\"\" one\"\n")
                                    << S({"10.0.0.1|The \"big\" one||"}) << Lines{} << 0;
    QTest::addRow("quoted empty") << QByteArray("10.0.0.1,\"\",Hall\n") << S({"10.0.0.1||Hall|"}) << Lines{} << 0;
    QTest::addRow("quoted address") << QByteArray("\"10.0.0.1\"\n") << S({"10.0.0.1"}) << Lines{} << 0;
    QTest::addRow("quoted newline keeps line numbers")
        << QByteArray("10.0.0.1,\"Line 1\r\nLine 2\",Hall\r\n10.0.0.300\r\n10.0.0.2\r\n")
        << S({"10.0.0.1|Line 1\r\nLine 2|Hall|", "10.0.0.2"}) << Lines{3} << 0;
    QTest::addRow("unclosed quote recovers")
        << QByteArray("10.0.0.1,\"unterminated\n10.0.0.2,B\n") << S({"10.0.0.2|B||"}) << Lines{1} << 0;
    QTest::addRow("text after closing quote")
        << QByteArray("10.0.0.1,\"A\"x,Hall\n10.0.0.2\n") << S({"10.0.0.2"}) << Lines{1} << 0;
    QTest::addRow("space after closing quote")
        << QByteArray("10.0.0.1,\"A\" ,Hall\n") << S({"10.0.0.1|A|Hall|"}) << Lines{} << 0;
    QTest::addRow("quote inside unquoted field")
        << QByteArray("10.0.0.1,5\" wide\n") << S({"10.0.0.1|5\" wide||"}) << Lines{} << 0;

    // Separators.
    QTest::addRow("semicolon detected") << QByteArray("10.0.0.1;Printer, 2nd floor;Hall\n")
                                        << S({"10.0.0.1|Printer, 2nd floor|Hall|"}) << Lines{} << 0;
    QTest::addRow("comma wins tie") << QByteArray("10.0.0.1,A;B\n") << S({"10.0.0.1|A;B||"}) << Lines{} << 0;
    QTest::addRow("excel sep line") << QByteArray("sep=;\r\nAddress;Name\r\n10.0.0.1;A, B\r\n")
                                    << S({"10.0.0.1|A, B||"}) << Lines{} << 0;
    QTest::addRow("separator after comments")
        << QByteArray("# exported, by hand\n10.0.0.1;A,B;C\n") << S({"10.0.0.1|A,B|C|"}) << Lines{} << 0;

    // Comments, blank lines and empty rows.
    QTest::addRow("comments and blanks")
        << QByteArray("# site list\n\n   \n  # indented\n10.0.0.1\n,,,\n;;\n\t\n10.0.0.2 # not a comment\n")
        << S({"10.0.0.1"}) << Lines{7, 9} << 0;

    // Address cells take every spec form; every target gets the row's details.
    QTest::addRow("cidr row") << QByteArray("10.0.0.0/30,Lab,Room 1\n")
                              << S({"10.0.0.1|Lab|Room 1|", "10.0.0.2|Lab|Room 1|"}) << Lines{} << 0;
    QTest::addRow("range row") << QByteArray("10.0.0.10-11\n") << S({"10.0.0.10", "10.0.0.11"}) << Lines{} << 0;
    QTest::addRow("ipv6 and port") << QByteArray("\"[fe80::1]:1161\",X\n::1\n") << S({"[fe80::1]:1161|X||", "::1"})
                                   << Lines{} << 0;
    QTest::addRow("several in one cell") << QByteArray("\"10.0.0.1, 10.0.0.2\",Pair\n")
                                         << S({"10.0.0.1|Pair||", "10.0.0.2|Pair||"}) << Lines{} << 0;
    QTest::addRow("half valid cell imports nothing")
        << QByteArray("\"10.0.0.1 10.0.0.300\",Pair\n10.0.0.5\n") << S({"10.0.0.5"}) << Lines{1} << 0;

    // Bad rows are reported, good rows still imported.
    QTest::addRow("bad lines reported")
        << QByteArray("10.0.0.1\n10.0.0.300,bad\n\n10.0.0.2\nprint_er.example\n10.0.0.50-10\n10.0.0.3\n")
        << S({"10.0.0.1", "10.0.0.2", "10.0.0.3"}) << Lines{2, 5, 6} << 0;
    QTest::addRow("missing address") << QByteArray(",Printer,Hall\n10.0.0.1\n") << S({"10.0.0.1"}) << Lines{1} << 0;
    QTest::addRow("duplicate keeps first") << QByteArray("10.0.0.1,A\n10.0.0.1,B\n10.0.0.1:1161,C\n")
                                           << S({"10.0.0.1|A||", "10.0.0.1:1161|C||"}) << Lines{} << 1;
}

void TestCsvTargetImport::parse()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, targets);
    QFETCH(QList<int>, errorLines);
    QFETCH(int, duplicates);

    const TargetParseResult result = CsvTargetImport::parse(csv, QStringLiteral("hosts.csv"));
    QList<int> lines;
    QStringList messages;
    for (const TargetError &error : result.errors) {
        lines.append(error.line);
        messages.append(error.toString());
        QVERIFY2(!error.message.isEmpty(), qPrintable(error.toString()));
        QCOMPARE(error.origin, QStringLiteral("hosts.csv"));
    }
    QVERIFY2(lines == errorLines, qPrintable(messages.join(u'\n')));
    QCOMPARE(rendered(result.targets), targets);
    QCOMPARE(result.duplicateCount, duplicates);
}

void TestCsvTargetImport::errorsCarryLineAndText()
{
    const QByteArray csv("address;name\r\n10.0.0.1;ok\r\n10.0.0.256;Broken printer\r\n\"unterminated;x\r\n");
    const TargetParseResult result = CsvTargetImport::parse(csv, QStringLiteral("site.csv"));
    QCOMPARE(result.targets.size(), 1);
    QCOMPARE(result.errors.size(), 2);

    const TargetError &octet = result.errors.at(0);
    QCOMPARE(octet.line, 3);
    QCOMPARE(octet.text, QStringLiteral("10.0.0.256;Broken printer"));
    QVERIFY2(octet.message.contains(QStringLiteral("10.0.0.256")), qPrintable(octet.message));
    QVERIFY2(octet.message.contains(QStringLiteral("256 is greater than 255")), qPrintable(octet.message));
    QVERIFY2(octet.toString().startsWith(QStringLiteral("site.csv:3: ")), qPrintable(octet.toString()));

    const TargetError &quote = result.errors.at(1);
    QCOMPARE(quote.line, 4);
    QCOMPARE(quote.text, QStringLiteral("\"unterminated;x"));
    QVERIFY2(quote.message.contains(QStringLiteral("not closed")), qPrintable(quote.message));
}

void TestCsvTargetImport::originOfTargets()
{
    const QByteArray csv("# list\n10.0.0.1\n\n10.0.1.0/30\n");
    const TargetParseResult result = CsvTargetImport::parse(csv, QStringLiteral("hosts.csv"));
    QCOMPARE(result.targets.size(), 3);
    QCOMPARE(result.targets.at(0).origin, QStringLiteral("hosts.csv:2"));
    QCOMPARE(result.targets.at(1).origin, QStringLiteral("hosts.csv:4"));
    QCOMPARE(result.targets.at(2).origin, QStringLiteral("hosts.csv:4"));
}

void TestCsvTargetImport::exclusionsAndLimit()
{
    const QByteArray csv("10.0.0.0/29,Lab\nprinter.example\n10.0.1.1\n");
    const TargetParseResult excluded = CsvTargetImport::parse(
        csv, QStringLiteral("hosts.csv"), {QStringLiteral("10.0.0.2-4"), QStringLiteral("PRINTER.example")});
    QCOMPARE(excluded.targets.size(), 4);
    QCOMPARE(excluded.excludedCount, 4);
    QVERIFY(excluded.errors.isEmpty());

    const TargetParseResult limited = CsvTargetImport::parse(csv, QStringLiteral("hosts.csv"), {}, 7);
    QCOMPARE(limited.targets.size(), 7);
    QCOMPARE(limited.errors.size(), 1);
    QCOMPARE(limited.errors.first().line, 3);
    QVERIFY2(limited.errors.first().message.contains(QStringLiteral("limit")),
             qPrintable(limited.errors.first().message));
}

void TestCsvTargetImport::readsFromDevice()
{
    QByteArray data("Adres;Naam\n10.0.0.1;A\n");
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const TargetParseResult result = CsvTargetImport::parse(buffer, QStringLiteral("buffer.csv"));
    QCOMPARE(rendered(result.targets), QStringList{QStringLiteral("10.0.0.1|A||")});
}

void TestCsvTargetImport::refusesOversizedDevice()
{
    QByteArray data(CsvTargetImport::kMaxFileSize + 1, '\n');
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const TargetParseResult result = CsvTargetImport::parse(buffer, QStringLiteral("huge.csv"));
    QVERIFY(result.targets.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().origin, QStringLiteral("huge.csv"));
}

void TestCsvTargetImport::refusesUnreadableDevice()
{
    QBuffer closed;
    const TargetParseResult result = CsvTargetImport::parse(closed, QStringLiteral("closed.csv"));
    QVERIFY(result.targets.isEmpty());
    QCOMPARE(result.errors.size(), 1);
}

// Random bytes drawn from the characters that matter to the parser: every run ends, and every
// error points at a line that exists.
void TestCsvTargetImport::garbageNeverCrashes()
{
    static const char alphabet[] = "0123456789.,;:/-[]\"# \t\r\nabcxyz_\xC3\xA9\xEF\xBB\xBF";
    QRandomGenerator random(20240611);
    for (int round = 0; round < 3000; ++round) {
        QByteArray data;
        const int size = random.bounded(120);
        for (int i = 0; i < size; ++i)
            data.append(alphabet[random.bounded(int(sizeof alphabet) - 1)]);
        const TargetParseResult result = CsvTargetImport::parse(data, QStringLiteral("fuzz.csv"));
        const int lines = int(data.count('\n') + data.count('\r')) + 1;
        for (const TargetError &error : result.errors)
            QVERIFY2(error.line >= 1 && error.line <= lines, data.toPercentEncoding().constData());
        for (const Target &target : result.targets)
            QVERIFY2(!target.host.isEmpty(), data.toPercentEncoding().constData());
    }
}

QTEST_GUILESS_MAIN(TestCsvTargetImport)
#include "tst_csvtargetimport.moc"
