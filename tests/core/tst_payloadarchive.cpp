// PayloadArchive: the encrypted zip that carries the payload, checked against an independent
// implementation (7-Zip from p7zip-full) in both directions, and against damaged or hostile archives.
#include "sync/PayloadArchive.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using fleet::sync::PayloadArchive;

namespace {

const QString kKey = QStringLiteral("4f1c2a9be07d36e85c1f0a2b3d4e5f60718293a4b5c6d7e8f9011223344556677");

QByteArray sampleXml(int devices)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<payload xmlns=\"urn:fleetkeeper:payload:1\">";
    for (int i = 0; i < devices; ++i)
        xml += "<device id=\"" + QByteArray::number(i) + "\"><serial>CNB" + QByteArray::number(1000 + i) +
               "</serial><meter name=\"total\">" + QByteArray::number(123456 + i * 7) + "</meter></device>";
    return xml + "</payload>\n";
}

QString sevenZip()
{
    return QStandardPaths::findExecutable(QStringLiteral("7z"));
}

// Runs 7z and returns its exit code; output goes to the test log on failure.
int run7z(const QStringList &args, const QString &workDir)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.start(sevenZip(), args);
    if (!p.waitForFinished(60000))
        return -1;
    if (p.exitCode() != 0)
        qWarning().noquote() << p.readAllStandardOutput() << p.readAllStandardError();
    return p.exitCode();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPayloadArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(PayloadArchive::aesSupported(), "libzip lacks AES-256");
        QVERIFY2(!sevenZip().isEmpty(), "7z (p7zip-full) is needed: installer/install-deps.sh installs it");
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("empty entry") << QByteArray();
        QTest::newRow("one device") << sampleXml(1);
        QTest::newRow("5000 devices") << sampleXml(5000);
        QByteArray binary(70000, Qt::Uninitialized);
        for (char &c : binary)
            c = char(QRandomGenerator::global()->bounded(256));
        QTest::newRow("incompressible bytes") << binary;
    }
    void roundTrip()
    {
        QFETCH(QByteArray, xml);
        auto zip = PayloadArchive::pack(xml, kKey);
        QVERIFY2(zip.ok(), qPrintable(zip.error()));
        QVERIFY(!zip->contains("<payload")); // encrypted, not merely deflated
        auto back = PayloadArchive::unpack(*zip, kKey);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(*back, xml);
    }

    void sevenZipOpensOurArchive()
    {
        QTemporaryDir dir;
        const QByteArray xml = sampleXml(300);
        auto zip = PayloadArchive::pack(xml, kKey);
        QVERIFY2(zip.ok(), qPrintable(zip.error()));
        QFile f(dir.filePath(QStringLiteral("payload.zip")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(*zip);
        f.close();

        // 7z reports the method it found; WinZip AES-256 shows as "AES-256".
        QProcess list;
        list.start(sevenZip(),
                   {QStringLiteral("l"), QStringLiteral("-slt"), QStringLiteral("-p") + kKey, f.fileName()});
        QVERIFY(list.waitForFinished(60000));
        const QString listing = QString::fromUtf8(list.readAllStandardOutput());
        QVERIFY2(listing.contains(QStringLiteral("AES-256")), qPrintable(listing));
        QVERIFY(listing.contains(QStringLiteral("Encrypted = +")));

        QCOMPARE(run7z({QStringLiteral("x"), QStringLiteral("-y"), QStringLiteral("-p") + kKey, QStringLiteral("-oout"),
                        f.fileName()},
                       dir.path()),
                 0);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("out/payload.xml"))), xml);

        // And 7z refuses a wrong key, as we do.
        QVERIFY(run7z({QStringLiteral("t"), QStringLiteral("-pwrong-key-wrong-key"), f.fileName()}, dir.path()) != 0);
    }

    // 7-Zip writes WinZip AES as AE-2 (no CRC), which libzip 1.7 refuses at the end of the entry
    // with a CRC error; the agent's own archives (checked above by 7-Zip) are what receivers get.

    void refusesWhatItShouldNotAccept_data()
    {
        QTest::addColumn<QStringList>("sevenZipArgs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not encrypted") << QStringList{QStringLiteral("-tzip")} << QStringLiteral("not encrypted");
        QTest::newRow("legacy ZipCrypto")
            << QStringList{QStringLiteral("-tzip"), QStringLiteral("-mem=ZipCrypto"), QStringLiteral("-p") + kKey}
            << QStringLiteral("not encrypted with AES-256");
        QTest::newRow("AES-128") << QStringList{QStringLiteral("-tzip"), QStringLiteral("-mem=AES128"),
                                                QStringLiteral("-p") + kKey}
                                 << QStringLiteral("not encrypted with AES-256");
    }
    void refusesWhatItShouldNotAccept()
    {
        QFETCH(QStringList, sevenZipArgs);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QFile in(dir.filePath(QStringLiteral("payload.xml")));
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write(sampleXml(3));
        in.close();
        QCOMPARE(run7z(QStringList{QStringLiteral("a")} + sevenZipArgs +
                           QStringList{QStringLiteral("p.zip"), QStringLiteral("payload.xml")},
                       dir.path()),
                 0);
        auto back = PayloadArchive::unpack(readFile(dir.filePath(QStringLiteral("p.zip"))), kKey);
        QVERIFY(!back.ok());
        QVERIFY2(back.error().contains(expected), qPrintable(back.error()));
    }

    void damagedInput_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("wrong key") << QStringLiteral("key");
        QTest::newRow("flipped byte in data") << QStringLiteral("flip");
        QTest::newRow("truncated") << QStringLiteral("truncate");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("empty") << QStringLiteral("empty");
        QTest::newRow("entry larger than allowed") << QStringLiteral("bomb");
    }
    void damagedInput()
    {
        QFETCH(QString, damage);
        const QByteArray xml = sampleXml(200);
        auto zip = PayloadArchive::pack(xml, kKey);
        QVERIFY(zip.ok());
        QByteArray bytes = *zip;
        QString key = kKey;
        qint64 limit = PayloadArchive::kMaxEntrySize;
        if (damage == u"key")
            key = QStringLiteral("another-key-of-enough-length");
        else if (damage == u"flip")
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
        else if (damage == u"truncate")
            bytes.chop(bytes.size() / 3);
        else if (damage == u"garbage")
            bytes = QByteArray(4096, '\x5a');
        else if (damage == u"empty")
            bytes.clear();
        else if (damage == u"bomb")
            limit = xml.size() - 1;
        auto back = PayloadArchive::unpack(bytes, key, limit);
        QVERIFY2(!back.ok(), qPrintable(damage));
        QVERIFY(!back.error().isEmpty());
        qInfo().noquote() << damage << "->" << back.error();
    }

    void refusesShortKey()
    {
        auto zip = PayloadArchive::pack(sampleXml(1), QStringLiteral("short"));
        QVERIFY(!zip.ok());
        QVERIFY(zip.error().contains(QStringLiteral("register")));
    }

    void refusesSecondEntry()
    {
        QTemporaryDir dir;
        for (const char *name : {"payload.xml", "extra.txt"}) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(sampleXml(1));
        }
        QCOMPARE(run7z({QStringLiteral("a"), QStringLiteral("-tzip"), QStringLiteral("-mem=AES256"),
                        QStringLiteral("-p") + kKey, QStringLiteral("p.zip"), QStringLiteral("payload.xml"),
                        QStringLiteral("extra.txt")},
                       dir.path()),
                 0);
        auto back = PayloadArchive::unpack(readFile(dir.filePath(QStringLiteral("p.zip"))), kKey);
        QVERIFY(!back.ok());
        QVERIFY2(back.error().contains(QStringLiteral("exactly one entry")), qPrintable(back.error()));
    }
};

QTEST_GUILESS_MAIN(TestPayloadArchive)
#include "tst_payloadarchive.moc"
