// The Dutch catalogue: once installed, the GUI speaks Dutch; and every message in the .ts is translated,
// with the placeholders of its source.

#include "DevicePropertiesModel.h"
#include "DeviceTableModel.h"
#include "FleetGroupModel.h"
#include "MainWindow.h"
#include "MeterExportDialog.h"
#include "schedule/FleetService.h"
#include "storage/Database.h"
#include "storage/DatabaseWorker.h"
#include "storage/SnapshotStore.h"
#include "util/ProfileRoot.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

#include "TestEnv.h"

#ifndef FLEET_QM_DIR
#error "FLEET_QM_DIR (the build directory of translations/) is set by translations/CMakeLists.txt"
#endif

using namespace fleet;

namespace {

// One <message> of the .ts file as the completeness check needs it.
struct TsMessage
{
    QString context;
    QString source;
    QStringList forms; // the translation, or its numerus forms
    QString type;      // unfinished, vanished, obsolete or empty
    bool numerus = false;
};

// Text of the current element up to its end tag; <byte value="xd"/> stands for a control character.
QString readTsText(QXmlStreamReader &xml)
{
    QString text;
    const QString element = xml.name().toString();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
        else if (xml.isStartElement() && xml.name() == u"byte") {
            const QString value = xml.attributes().value(QLatin1String("value")).toString();
            bool ok = false;
            const uint code = value.startsWith(u'x') ? value.mid(1).toUInt(&ok, 16) : value.toUInt(&ok);
            if (ok)
                text += QChar(char16_t(code));
        } else if (xml.isEndElement() && xml.name() == element)
            break;
    }
    return text;
}

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message") {
                current = TsMessage{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes"};
            } else if (xml.name() == u"source")
                current.source = readTsText(xml);
            else if (xml.name() == u"translation") {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.forms << readTsText(xml);
            } else if (xml.name() == u"numerusform")
                current.forms << readTsText(xml);
        } else if (xml.isEndElement() && xml.name() == u"message")
            messages << current;
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

// %1..%99, %L1.. and %n: what QString::arg() and tr()'s plural handling replace.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

// The letter after a single '&' (a keyboard accelerator), lower-cased; empty without one.
QString accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// The first two texts that share an accelerator, or empty.
QString clash(const QStringList &texts)
{
    QHash<QString, QString> taken;
    for (const QString &text : texts) {
        const QString key = accelerator(text);
        if (key.isEmpty())
            continue;
        if (taken.contains(key))
            return QStringLiteral("\"%1\" and \"%2\" share Alt+%3").arg(taken.value(key), text, key);
        taken.insert(key, text);
    }
    return {};
}

DeviceSnapshot printer(const QString &address, const QString &serial)
{
    DeviceSnapshot s;
    s.target = address;
    s.address = address;
    s.reachable = true;
    s.printer = true;
    s.polledAt = QDateTime::currentDateTimeUtc();
    s.identity.serialNumber = serial;
    s.identity.model = QStringLiteral("LaserJet M130nw");
    s.identity.manufacturer = QStringLiteral("HP");
    s.identity.sysName = serial;
    s.identity.sysLocation = QStringLiteral("Hal");
    s.status.overall = OverallStatus::Ok;
    return s;
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT
    QTranslator m_translator;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileRoot> m_profile;
    std::unique_ptr<schedule::FleetService> m_service; // attached, never started: it adds the Fleet menu's actions
    std::unique_ptr<ui::MainWindow> m_window;

    QString mainWindowText(const QString &what) const
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        if (what.startsWith(u"tab:"))
            return tabs ? tabs->tabText(what.mid(4).toInt()) : QString();
        if (what.startsWith(u"menu:")) {
            const QList<QAction *> menus = m_window->menuBar()->actions();
            const int i = what.mid(5).toInt();
            return i < menus.size() ? menus.at(i)->text() : QString();
        }
        if (what.startsWith(u"header:"))
            return m_window->fleetView()->model()->headerData(what.mid(7).toInt(), Qt::Horizontal).toString();
        auto *action = m_window->findChild<QAction *>(what);
        return action ? action->text() : QStringLiteral("(no action %1)").arg(what);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The same call as the apps' main(), on the catalogue the build embeds in them.
        QVERIFY2(m_translator.load(QLocale(QLocale::Dutch, QLocale::Netherlands), QStringLiteral("fleetkeeper"),
                                   QStringLiteral("_"), QStringLiteral(FLEET_QM_DIR)),
                 "fleetkeeper_nl.qm not found in " FLEET_QM_DIR);
        QVERIFY(QCoreApplication::installTranslator(&m_translator));

        QVERIFY(m_dir.isValid());
        m_profile = std::make_unique<ProfileRoot>(m_dir.path());
        storage::Database db;
        const auto opened = db.open(m_profile->databasePath());
        QVERIFY2(!opened, qPrintable(opened.message));
        storage::SnapshotStore store(db);
        const auto stored = store.storeBatch({printer(QStringLiteral("127.0.0.5:161"), QStringLiteral("SN1")),
                                              printer(QStringLiteral("127.0.0.6:161"), QStringLiteral("SN2"))});
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));

        m_service = std::make_unique<schedule::FleetService>(*m_profile);
        m_window = std::make_unique<ui::MainWindow>(*m_profile);
        m_window->attachService(m_service.get());
        m_window->show();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->fleetView()->model()->rowCount(), 2, test::scaled(10000));
    }

    void mainWindowIsDutch_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("dutch");
        QTest::newRow("File menu") << QStringLiteral("menu:0") << QStringLiteral("&Bestand");
        QTest::newRow("Fleet menu") << QStringLiteral("menu:1") << QStringLiteral("V&loot");
        QTest::newRow("Device menu") << QStringLiteral("menu:2") << QStringLiteral("&Apparaat");
        QTest::newRow("View menu") << QStringLiteral("menu:3") << QStringLiteral("Beel&d");
        QTest::newRow("Fleet tab") << QStringLiteral("tab:0") << QStringLiteral("&Vloot");
        QTest::newRow("Alerts tab") << QStringLiteral("tab:1") << QStringLiteral("&Meldingen");
        QTest::newRow("Quit") << QStringLiteral("quit") << QStringLiteral("&Afsluiten");
        QTest::newRow("Export fleet") << QStringLiteral("exportFleet") << QStringLiteral("Vloottabel exporteren…");
        QTest::newRow("Export meter reads")
            << QStringLiteral("exportMeterReads") << QStringLiteral("Tellerstanden exporteren…");
        QTest::newRow("Pause polling") << QStringLiteral("pausePolling") << QStringLiteral("Uitlezen &pauzeren");
        QTest::newRow("Refresh") << QStringLiteral("refresh") << QStringLiteral("Vernieuwen");
        QTest::newRow("Errors filter") << QStringLiteral("quickErrors") << QStringLiteral("Storingen");
        QTest::newRow("Serial column") << QStringLiteral("header:%1").arg(models::DeviceTableModel::Serial)
                                       << QStringLiteral("Serienummer");
        QTest::newRow("Supplies column") << QStringLiteral("header:%1").arg(models::DeviceTableModel::Supplies)
                                         << QStringLiteral("Verbruiksartikelen");
    }

    void mainWindowIsDutch()
    {
        QFETCH(QString, what);
        QFETCH(QString, dutch);
        QCOMPARE(mainWindowText(what), dutch);
    }

    // Plural forms come from the catalogue too: two devices make "apparaten".
    void groupHeaderUsesDutchPlural()
    {
        auto *grouping = m_window->findChild<QComboBox *>(QStringLiteral("grouping"));
        QVERIFY(grouping);
        QCOMPARE(grouping->itemText(grouping->findData(models::FleetGroupModel::ByLocation)),
                 QStringLiteral("Groeperen op locatie"));
        grouping->setCurrentIndex(grouping->findData(models::FleetGroupModel::ByLocation));
        QCOMPARE(m_window->fleetView()->model()->index(0, 0).data().toString(), QStringLiteral("Hal — 2 apparaten"));
        grouping->setCurrentIndex(grouping->findData(models::FleetGroupModel::NoGrouping));
    }

    // Alt+letter must reach one thing: in the menu bar plus the tabs (they share the window), and in each menu.
    void mainWindowAcceleratorsDoNotClash()
    {
        QStringList bar;
        for (QAction *menu : m_window->menuBar()->actions())
            bar << menu->text();
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i)
            bar << tabs->tabText(i);
        QVERIFY2(clash(bar).isEmpty(), qPrintable(clash(bar)));

        int menusChecked = 0;
        for (QAction *menuAction : m_window->menuBar()->actions()) {
            QStringList items;
            for (QAction *item : menuAction->menu()->actions())
                items << item->text();
            QVERIFY2(clash(items).isEmpty(), qPrintable(menuAction->text() + QStringLiteral(": ") + clash(items)));
            ++menusChecked;
        }
        QCOMPARE(menusChecked, 4); // File, Fleet, Device, View
    }

    void meterExportDialogIsDutch()
    {
        storage::DatabaseWorker worker(m_profile->databasePath(), QStringLiteral("test"));
        ui::MeterExportDialog dialog(&worker);
        dialog.show();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Tellerstanden exporteren"));
        QStringList labels;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labels << label->text();
        for (const QString &expected :
             {QStringLiteral("&Van:"), QStringLiteral("&Tot en met:"), QStringLiteral("&Bestand:")})
            QVERIFY2(labels.contains(expected), qPrintable(labels.join(u" | ")));
        // The period check speaks Dutch as well.
        dialog.setPeriod(QDate::currentDate(), QDate::currentDate().addDays(-1));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("message"))->text(),
                 QStringLiteral("De laatste dag ligt vóór de eerste dag."));
    }

    // Every message of translations/fleetkeeper_nl.ts is translated, non-empty, and keeps its placeholders.
    void catalogueIsComplete()
    {
        const QString path = test::sourceDir() + QStringLiteral("/translations/fleetkeeper_nl.ts");
        QString error;
        const QList<TsMessage> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
        QVERIFY2(messages.size() > 100,
                 qPrintable(QStringLiteral("only %1 messages in %2").arg(messages.size()).arg(path)));

        QStringList problems;
        int checked = 0;
        for (const TsMessage &m : messages) {
            if (m.type == u"vanished" || m.type == u"obsolete")
                continue; // no longer in the sources: never shown
            ++checked;
            QStringList why;
            if (m.type == u"unfinished")
                why << QStringLiteral("unfinished");
            if (m.forms.isEmpty() || (m.numerus && m.forms.size() < 2))
                why << QStringLiteral("%1 translation form(s)").arg(m.forms.size());
            const QStringList expected = placeholders(m.source);
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    why << QStringLiteral("empty translation");
                else if (placeholders(form) != expected)
                    why << QStringLiteral("\"%1\" has placeholders [%2] instead of [%3]")
                               .arg(form, placeholders(form).join(u' '), expected.join(u' '));
            }
            why.removeDuplicates();
            if (!why.isEmpty())
                problems << QStringLiteral("%1: \"%2\": %3").arg(m.context, m.source, why.join(QStringLiteral("; ")));
        }
        for (const QString &p : std::as_const(problems))
            qWarning().noquote() << p;
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(QStringLiteral("%1 of %2 messages need work (listed above)").arg(problems.size()).arg(checked)));
    }

    // A message is found at run time only under the context the code passes to translate(). These rows are
    // (context the code uses, source text) pairs copied from the sources: the context of a file-local
    // Tr::tr() is the name in its Q_DECLARE_TR_FUNCTIONS, of a class's tr() the class's qualified name. Add a
    // row when a file gets its own context. The messages come from the scopes lupdate once filed elsewhere.
    void runtimeContextsFindDutch_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        const auto row = [](const char *name, const char *context, const char *source, int n = -1) {
            QTest::newRow(name) << QString::fromUtf8(context) << QString::fromUtf8(source) << n;
        };
        row("ReceiverCli", "fleet::receiver::Cli", "--%1 is required");
        row("RemoteSettings Applier", "fleet::sync::RemoteSettings", "not a whole number from 1 to 1440");
        row("AsyncSession free function", "fleet::snmp::AsyncSession", "The agent does not know this SNMPv3 user.");
        row("AsyncSession UsmCounters", "fleet::snmp::AsyncSession", "The agent answered for a user we do not know.");
        row("HttpsClient TransportConfig", "fleet::sync::HttpsClient", "Cannot read the CA bundle %1: %2");
        row("SyncClient RegistrationRequest", "fleet::sync::SyncClient", "The %1 is missing.");
        row("SyncAgent SyncReport", "fleet::sync::SyncAgent", "%n payload(s) delivered", 2);
        row("SyncAgent CommandReport", "fleet::sync::SyncAgent", "%n setting(s) changed.", 1);
        row("Poller DevicePoll", "fleet::collect::Poller", "No credential profile to try.");
        row("SnapshotParser", "fleet::collect::SnapshotParser", "More than %1 interfaces; the rest were not read.");
        row("CommandValidator", "fleet::sync::CommandValidator", "the action does not take the parameter \"%1\"");
        row("Database", "fleet::storage::Database", "%1 is not a regular file.");
        row("PayloadBuilder", "fleet::sync::PayloadBuilder", "The payload could not be written completely.");
        row("DevicePropertiesModel label", "fleet::models::DevicePropertiesModel", "Input trays");
    }

    void runtimeContextsFindDutch()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        // QTranslator answers an empty string when it has no entry: no fallback to the English source.
        const QString dutch =
            m_translator.translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, n);
        QVERIFY2(!dutch.isEmpty(),
                 qPrintable(QStringLiteral("no Dutch for \"%1\" under the context \"%2\"").arg(source, context)));
    }

    // The property labels reach the catalogue (QT_TRANSLATE_NOOP) and the model shows them in Dutch.
    void devicePropertiesLabelIsDutch()
    {
        models::DevicePropertiesModel model;
        model.setSnapshot(QJsonObject());
        QCOMPARE(model.index(0, models::DevicePropertiesModel::Property).data().toString(), QStringLiteral("Algemeen"));
    }

    void placeholderScanner_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << QStringLiteral("100 % done") << QStringList();
        QTest::newRow("numbered") << QStringLiteral("%2 of %1, %1 again")
                                  << QStringList{QStringLiteral("%1"), QStringLiteral("%2")};
        QTest::newRow("plural and localized")
            << QStringLiteral("%n day(s), %L1 pages") << QStringList{QStringLiteral("%L1"), QStringLiteral("%n")};
        QTest::newRow("two digits") << QStringLiteral("%10 items") << QStringList{QStringLiteral("%10")};
    }

    void placeholderScanner()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(placeholders(text), expected);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_service.reset();
        QCoreApplication::removeTranslator(&m_translator);
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
