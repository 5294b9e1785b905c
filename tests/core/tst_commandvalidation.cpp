// CommandValidator: the command list of GET /v1/commands as untrusted input. Each row is one
// document; the expected outcome names what is accepted and why the rest is rejected.

#include "sync/CommandValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fleet::sync;

namespace {
const QDateTime kNow(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);

// Devices 12 (serial CNB1234567) and 13 (no serial) exist.
std::optional<QString> lookup(qint64 id)
{
    if (id == 12)
        return QStringLiteral("CNB1234567");
    if (id == 13)
        return QString();
    return std::nullopt;
}

// JSON written with single quotes (readable in C++ source), turned into real JSON.
QString q(const char *json)
{
    return QString::fromUtf8(json).replace(u'\'', u'"');
}

QByteArray doc(const QString &commandsJson)
{
    return q("{'commands': [%1]}").arg(commandsJson).toUtf8();
}

QString command(const QString &id, const QString &action, const QString &device = q("{'id': 12}"),
                const QString &extra = {})
{
    QString s = q("{'id': '%1', 'action': '%2', 'device': %3, 'parameters': {}, 'issuedAt': '2026-11-25T08:00:00Z', "
                  "'expiresAt': '2026-11-26T08:00:00Z'")
                    .arg(id, action, device);
    if (!extra.isEmpty())
        s += QStringLiteral(", ") + extra;
    return s + u'}';
}
} // namespace

class TestCommandValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commands_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("accepted");
        QTest::addColumn<QString>("rejectedReason"); // part of the single rejection's reason; empty: none
        QTest::addColumn<bool>("reportable");

        QTest::addRow("refreshStatus") << doc(command(QStringLiteral("c-1"), QStringLiteral("refreshStatus")))
                                       << QStringList{QStringLiteral("c-1")} << QString() << true;
        QTest::addRow("serial matches case-insensitively")
            << doc(command(QStringLiteral("c-1"), QStringLiteral("refreshStatus"),
                           q("{'id': 12, 'serial': 'cnb1234567'}")))
            << QStringList{QStringLiteral("c-1")} << QString() << true;
        QTest::addRow("unknown fields ignored") << doc(command(QStringLiteral("c-1"), QStringLiteral("refreshStatus"),
                                                               q("{'id': 12}"), q("'priority': 'high'")))
                                                << QStringList{QStringLiteral("c-1")} << QString() << true;
        QTest::addRow("syncNow without device")
            << doc(command(QStringLiteral("c-2"), QStringLiteral("syncNow"), QStringLiteral("null")))
            << QStringList{QStringLiteral("c-2")} << QString() << true;
        QTest::addRow("unsupported but known action") << doc(command(QStringLiteral("c-3"), QStringLiteral("reboot")))
                                                      << QStringList{QStringLiteral("c-3")} << QString() << true;
        QTest::addRow("unknown action") << doc(command(QStringLiteral("c-4"), QStringLiteral("formatDisk")))
                                        << QStringList() << QStringLiteral("Unknown action") << true;
        QTest::addRow("unknown device") << doc(command(QStringLiteral("c-5"), QStringLiteral("refreshStatus"),
                                                       q("{'id': 99}")))
                                        << QStringList() << QStringLiteral("Unknown device 99") << true;
        QTest::addRow("serial disagrees")
            << doc(command(QStringLiteral("c-6"), QStringLiteral("refreshStatus"), q("{'id': 12, 'serial': 'OTHER'}")))
            << QStringList() << QStringLiteral("has serial CNB1234567") << true;
        QTest::addRow("device id not an integer")
            << doc(command(QStringLiteral("c-7"), QStringLiteral("refreshStatus"), q("{'id': 12.5}"))) << QStringList()
            << QStringLiteral("positive integer") << true;
        QTest::addRow("device id as string")
            << doc(command(QStringLiteral("c-8"), QStringLiteral("refreshStatus"), q("{'id': '12'}"))) << QStringList()
            << QStringLiteral("positive integer") << true;
        QTest::addRow("missing device") << doc(command(QStringLiteral("c-9"), QStringLiteral("refreshStatus"),
                                                       QStringLiteral("null")))
                                        << QStringList() << QStringLiteral("needs a device") << true;
        QTest::addRow("extra parameter")
            << doc(q("{'id': 'c-10', 'action': 'refreshStatus', 'device': {'id': 12}, 'parameters': {'oid': '1.3.6'}}"))
            << QStringList() << QStringLiteral("does not take the parameter \"oid\"") << true;
        QTest::addRow("parameters not an object")
            << doc(q("{'id': 'c-11', 'action': 'refreshStatus', 'device': {'id': 12}, 'parameters': 'all'}"))
            << QStringList() << QStringLiteral("not a JSON object") << true;
        QTest::addRow("bad test page kind") << doc(q("{'id': 'c-12', 'action': 'printTestPage', 'device': {'id': 12}, "
                                                     "'parameters': {'page': '../etc/passwd'}}"))
                                            << QStringList() << QStringLiteral("\"page\"") << true;
        QTest::addRow("firmware over http") << doc(q("{'id': 'c-13', 'action': 'firmwareUpgrade', 'device': {'id': "
                                                     "12}, 'parameters': {'url': 'http://x/fw.bin', 'sha256': '00'}}"))
                                            << QStringList() << QStringLiteral("https://") << true;
        QTest::addRow("expired") << doc(q("{'id': 'c-14', 'action': 'refreshStatus', 'device': {'id': 12}, "
                                          "'expiresAt': '2026-11-25T08:59:59Z'}"))
                                 << QStringList() << QStringLiteral("expired") << true;
        QTest::addRow("bad time")
            << doc(q("{'id': 'c-15', 'action': 'refreshStatus', 'device': {'id': 12}, 'expiresAt': 'tomorrow'}"))
            << QStringList() << QStringLiteral("ISO 8601") << true;
        QTest::addRow("id with a slash") << doc(command(QStringLiteral("../../v1/register"),
                                                        QStringLiteral("refreshStatus")))
                                         << QStringList() << QStringLiteral("no usable id") << false;
        QTest::addRow("id too long") << doc(command(QString(65, u'a'), QStringLiteral("refreshStatus")))
                                     << QStringList() << QStringLiteral("no usable id") << false;
        QTest::addRow("duplicate id") << doc(command(QStringLiteral("c-16"), QStringLiteral("refreshStatus")) + u',' +
                                             command(QStringLiteral("c-16"), QStringLiteral("reboot")))
                                      << QStringList{QStringLiteral("c-16")} << QStringLiteral("more than once")
                                      << false;
        QTest::addRow("not an object") << doc(QStringLiteral("42")) << QStringList()
                                       << QStringLiteral("not a JSON object") << false;
    }
    void commands()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, accepted);
        QFETCH(QString, rejectedReason);
        QFETCH(bool, reportable);
        const CommandBatch batch = CommandValidator::parse(body, lookup, kNow);
        QVERIFY2(batch.documentError.isEmpty(), qPrintable(batch.documentError));
        QStringList ids;
        for (const Command &c : batch.accepted)
            ids << c.id;
        QCOMPARE(ids, accepted);
        if (rejectedReason.isEmpty()) {
            QVERIFY(batch.rejected.isEmpty());
            return;
        }
        QCOMPARE(batch.rejected.size(), 1);
        QVERIFY2(batch.rejected.first().reason.contains(rejectedReason), qPrintable(batch.rejected.first().reason));
        QCOMPARE(batch.rejected.first().reportable, reportable);
    }

    void acceptedCommandCarriesItsValues()
    {
        const CommandBatch batch =
            CommandValidator::parse(doc(command(QStringLiteral("c-1"), QStringLiteral("refreshStatus"),
                                                q("{'id': 12, 'serial': 'CNB1234567'}"))),
                                    lookup, kNow);
        QCOMPARE(batch.accepted.size(), 1);
        const Command &c = batch.accepted.first();
        QCOMPARE(c.action, CommandAction::RefreshStatus);
        QCOMPARE(c.deviceId, std::optional<qint64>(12));
        QCOMPARE(c.deviceSerial, QStringLiteral("CNB1234567"));
        QCOMPARE(c.expiresAt, QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC));
    }

    void wholeDocumentRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::addRow("not json") << QByteArray("{\"commands\": [") << QStringLiteral("not valid JSON");
        QTest::addRow("array at top") << QByteArray("[]") << QStringLiteral("\"commands\" array");
        QTest::addRow("commands not array") << q("{'commands': {}}").toUtf8() << QStringLiteral("\"commands\" array");
        QTest::addRow("oversized") << (q("{'commands': [], 'pad': '").toUtf8() +
                                       QByteArray(CommandValidator::kMaxDocumentBytes, 'x') + "\"}")
                                   << QStringLiteral("more than");
        QJsonArray many;
        for (int i = 0; i <= CommandValidator::kMaxCommands; ++i)
            many.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("c-%1").arg(i)},
                                    {QStringLiteral("action"), QStringLiteral("syncNow")}});
        QTest::addRow("too many") << QJsonDocument(QJsonObject{{QStringLiteral("commands"), many}}).toJson()
                                  << QStringLiteral("more than the 200");
        QTest::addRow("utf-8 garbage") << QByteArray("{\"commands\": [\"\xff\xfe\"]")
                                       << QStringLiteral("not valid JSON");
    }
    void wholeDocumentRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const CommandBatch batch = CommandValidator::parse(body, lookup, kNow);
        QVERIFY2(batch.documentError.contains(reason), qPrintable(batch.documentError));
        QVERIFY(batch.accepted.isEmpty());
    }

    void actionNamesRoundTrip()
    {
        for (CommandAction a :
             {CommandAction::RefreshStatus, CommandAction::SyncNow, CommandAction::Reboot, CommandAction::PrintTestPage,
              CommandAction::FirmwareUpgrade, CommandAction::Troubleshoot})
            QCOMPARE(commandActionFromName(commandActionName(a)), std::optional(a));
        QVERIFY(!commandActionFromName(QStringLiteral("RefreshStatus")));
    }
};

QTEST_GUILESS_MAIN(TestCommandValidation)
#include "tst_commandvalidation.moc"
