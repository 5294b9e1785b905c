// The remote-services part of the desktop app against real components: the reference receiver over
// mutual TLS (tests/support/ReceiverProcess, TestPki), the real SyncService and database. The
// registration dialog is filled in by key clicks, "Sync now" runs through the service, and the
// outbox, the exchange log, the payload viewer and the security-mode preview are read back.

#include "ExchangeModel.h"
#include "OutboxModel.h"
#include "PayloadViewerDialog.h"
#include "ReceiverProcess.h"
#include "RegistrationDialog.h"
#include "SecurityModeDialog.h"
#include "SyncTestSetup.h"
#include "SyncView.h"
#include "TestEnv.h"
#include "TestPki.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/SnapshotStore.h"
#include "sync/SyncService.h"
#include "sync/SyncSettings.h"

#include "../core/tst_storage_data.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::test::ReceiverProcess;
using fleet::test::TestPki;

namespace {

const security::Actor kTester{QStringLiteral("tester"), security::Role::Administrator};

// A profile with two stored printers (one IPv4, one IPv6) and a few readings.
class Profile : public test::SyncTestProfile
{
public:
    Profile()
        : SyncTestProfile(2, 1, 1)
    {}
};

template <typename T> T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void type(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Fills the registration dialog as an administrator would: PEM client certificate, the test CA
// instead of the system CAs, the server's pin, no proxy.
void fillRegistration(ui::RegistrationDialog &dialog, const QString &url, const QString &key)
{
    const TestPki &pki = TestPki::instance();
    type(&dialog, "serverUrl", url);
    type(&dialog, "registrationKey", key);
    type(&dialog, "account", QStringLiteral("ACME Printing"));
    type(&dialog, "site", QStringLiteral("Utrecht HQ"));
    type(&dialog, "contactEmail", QStringLiteral("print-admin@example.nl"));
    child<QCheckBox>(&dialog, "systemCas")->setChecked(false);
    type(&dialog, "caFile", pki.caCertificate());
    type(&dialog, "pin", pki.serverPin());
    auto *kind = child<QComboBox>(&dialog, "clientCertKind");
    kind->setCurrentIndex(kind->count() - 1); // PEM certificate and key
    type(&dialog, "clientCertFile", pki.client().certificate);
    type(&dialog, "clientKeyFile", pki.client().key);
    auto *proxy = child<QComboBox>(&dialog, "proxyMode");
    proxy->setCurrentIndex(proxy->findData(int(sync::ProxyMode::None)));
}

// Waits until the dialog has read the profile, then fills it in as fillRegistration() does.
bool fillWhenReady(ui::RegistrationDialog &dialog, const QString &url, const QString &key)
{
    QSignalSpy ready(&dialog, &ui::RegistrationDialog::ready);
    if (!ready.wait(test::scaled(5000)))
        return false;
    fillRegistration(dialog, url, key);
    return true;
}

// Every IPv4 dotted quad not part of a longer dotted number (an OID or a firmware version).
QStringList ipv4In(const QString &text)
{
    static const QRegularExpression v4(QStringLiteral("(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\d]|\\.\\d)"));
    QStringList found;
    for (auto it = v4.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestPki::instance().isValid(), qPrintable(TestPki::instance().error()));
        QVERIFY2(QFile::exists(ReceiverProcess::executable()), qPrintable(ReceiverProcess::executable()));
    }

    void validationMessages_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::addRow("no key") << QStringLiteral("https://rs.example.net") << QString()
                                << QStringLiteral("registration key");
        QTest::addRow("plain http") << QStringLiteral("http://rs.example.net") << QStringLiteral("RK-1")
                                    << QStringLiteral("not https://");
        QTest::addRow("no url") << QString() << QStringLiteral("RK-1") << QStringLiteral("No server URL");
    }

    void validationMessages()
    {
        QFETCH(QString, url);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        Profile profile;
        ui::RegistrationDialog dialog(profile.root(), kTester);
        QVERIFY(fillWhenReady(dialog, url, key));
        QSignalSpy failed(&dialog, &ui::RegistrationDialog::registrationFailed);
        QTest::mouseClick(child<QPushButton>(&dialog, "register"), Qt::LeftButton);
        QVERIFY2(dialog.message().contains(expected), qPrintable(dialog.message()));
        // Refused locally: nothing was saved, nothing was sent.
        QVERIFY(!profile.settings().isRegistered());
        QVERIFY(profile.settings().serverUrl.isEmpty());
        QCOMPARE(failed.size(), 0);
    }

    void registerSyncAndViewPayload()
    {
        ReceiverProcess receiver;
        QVERIFY2(receiver.start(), qPrintable(receiver.error()));
        Profile profile;

        ui::RegistrationDialog dialog(profile.root(), kTester);
        QVERIFY(fillWhenReady(dialog, receiver.baseUrl(), QStringLiteral("RK-TEST-0001")));
        type(&dialog, "clientKeyPassphrase", QStringLiteral("not-needed-for-an-unencrypted-key"));
        QSignalSpy registered(&dialog, &ui::RegistrationDialog::registered);
        QTest::mouseClick(child<QPushButton>(&dialog, "register"), Qt::LeftButton);
        QVERIFY2(registered.wait(test::scaled(20000)), qPrintable(dialog.message() + receiver.log()));
        const QString agentId = registered.first().first().toString();
        QVERIFY(!agentId.isEmpty());
        QVERIFY2(dialog.message().contains(agentId), qPrintable(dialog.message()));
        const sync::SyncSettings saved = profile.settings();
        QCOMPARE(saved.agentId, agentId);
        QCOMPARE(saved.caFile, TestPki::instance().caCertificate());
        QCOMPARE(saved.proxyMode, sync::ProxyMode::None);
        // The passphrase went to the secrets file, never to the settings.
        QFile ini(profile.root().settingsPath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("not-needed-for-an-unencrypted-key"));
        storage::SecretStore secrets(profile.root().secretsPath());
        QVERIFY(!secrets.load());
        QCOMPARE(sync::SyncSecrets::from(secrets).clientKeyPassphrase,
                 QStringLiteral("not-needed-for-an-unencrypted-key"));
        QCOMPARE(receiver.list(QStringLiteral("agents")).size(), 1);

        sync::SyncService service(profile.root());
        ui::SyncView view(profile.root());
        view.setSession(new security::Session(kTester, &view));
        QSignalSpy refreshed(&view, &ui::SyncView::refreshed);
        view.setSyncService(&service);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&view, "syncAgentId")->text() == agentId, test::scaled(5000));
        auto *syncNow = child<QPushButton>(&view, "syncNow");
        QTRY_VERIFY_WITH_TIMEOUT(syncNow->isEnabled(), test::scaled(5000));

        QSignalSpy finished(&view, &ui::SyncView::syncFinished);
        QTest::mouseClick(syncNow, Qt::LeftButton);
        QVERIFY2(finished.wait(test::scaled(30000)), qPrintable(receiver.log()));
        const auto report = finished.first().first().value<sync::SyncReport>();
        QVERIFY2(report.ok, qPrintable(report.summary() + receiver.log()));
        QCOMPARE(report.delivered, 1);

        // The outbox row appears, delivered; the status box counts it.
        models::OutboxModel *outbox = view.outboxModel();
        QTRY_COMPARE_WITH_TIMEOUT(outbox->rowCount(), 1, test::scaled(5000));
        QCOMPARE(outbox->items().first().state, sync::OutboxState::Acknowledged);
        QCOMPARE(outbox->items().first().idempotencyKey, report.builtKey);
        QCOMPARE(outbox->index(0, models::OutboxModel::State).data().toString(), tr("Delivered"));
        QVERIFY(!outbox->index(0, models::OutboxModel::DeliveredAt).data().toString().isEmpty());
        QVERIFY2(child<QLabel>(&view, "syncCounts")->text().startsWith(QLatin1String("0 queued, 1 delivered")),
                 qPrintable(child<QLabel>(&view, "syncCounts")->text()));
        QVERIFY(!child<QLabel>(&view, "syncLast")->text().contains(QLatin1String("never")));
        // The server's certificate, as the upload's verified handshake saw it.
        QTRY_VERIFY2_WITH_TIMEOUT(
            child<QLabel>(&view, "syncServerCertificate")->text().contains(QLatin1String(", valid until ")),
            qPrintable(child<QLabel>(&view, "syncServerCertificate")->text()), test::scaled(5000));
        QVERIFY(child<QLabel>(&view, "syncServerCertificate")->toolTip().contains(QLatin1String("SHA-256 ")));

        // The exchange rows: registration and upload, newest first; the filter narrows them.
        models::ExchangeModel *exchanges = view.exchangeModel();
        QTRY_COMPARE_WITH_TIMEOUT(exchanges->rowCount(), 2, test::scaled(5000));
        QCOMPARE(exchanges->records().first().endpoint, QStringLiteral("/v1/payloads"));
        QCOMPARE(exchanges->records().first().payloadId, report.builtKey);
        QCOMPARE(exchanges->index(0, models::ExchangeModel::Status).data().toString(), QStringLiteral("201"));
        QCOMPARE(exchanges->records().last().endpoint, QStringLiteral("/v1/register"));
        type(&view, "exchangeFilter", QStringLiteral("register"));
        QCOMPARE(view.exchangeFilter()->rowCount(), 1);
        type(&view, "exchangeFilter", report.builtKey.left(8));
        QCOMPARE(view.exchangeFilter()->rowCount(), 1);
        child<QLineEdit>(&view, "exchangeFilter")->clear();
        QCOMPARE(view.exchangeFilter()->rowCount(), 2);

        // The payload viewer shows the decrypted XML with the agent id, and finds in it.
        QTableView *outboxView = view.outboxView();
        outboxView->setCurrentIndex(outboxView->model()->index(0, 0));
        QVERIFY(child<QPushButton>(&view, "viewPayload")->isEnabled());
        ui::PayloadViewerDialog *viewer = view.viewPayload();
        QVERIFY(viewer);
        QSignalSpy loaded(viewer, &ui::PayloadViewerDialog::loaded);
        QVERIFY(loaded.wait(test::scaled(5000)));
        QCOMPARE(loaded.first().first().toBool(), true);
        QVERIFY2(viewer->xml().contains(QStringLiteral("agentId=\"%1\"").arg(agentId)),
                 qPrintable(viewer->xml().left(400)));
        QVERIFY(viewer->xml().contains(QLatin1String("XRX0002")));
        type(viewer, "payloadFind", QStringLiteral("XRX0002"));
        QVERIFY(viewer->findNext());
        type(viewer, "payloadFind", QStringLiteral("no-such-text-in-the-payload"));
        QVERIFY(!viewer->findNext());
        viewer->close();
    }

    void refusedRegistrationShowsTheReason()
    {
        ReceiverProcess receiver;
        QVERIFY2(receiver.start(), qPrintable(receiver.error()));
        Profile profile;
        ui::RegistrationDialog dialog(profile.root(), kTester);
        QVERIFY(fillWhenReady(dialog, receiver.baseUrl(), QStringLiteral("RK-WRONG-9999")));
        QSignalSpy failed(&dialog, &ui::RegistrationDialog::registrationFailed);
        QTest::mouseClick(child<QPushButton>(&dialog, "register"), Qt::LeftButton);
        QVERIFY2(failed.wait(test::scaled(20000)), qPrintable(dialog.message() + receiver.log()));
        const auto error = failed.first().first().value<sync::SyncError>();
        QCOMPARE(error.kind, sync::SyncErrorKind::Http);
        QVERIFY2(error.httpStatus == 401 || error.httpStatus == 403, qPrintable(QString::number(error.httpStatus)));
        QVERIFY2(dialog.message().startsWith(QLatin1String("Registration failed (http)")),
                 qPrintable(dialog.message()));
        QVERIFY2(dialog.message().contains(QString::number(error.httpStatus)), qPrintable(dialog.message()));
        QVERIFY(!profile.settings().isRegistered());
        QVERIFY(child<QPushButton>(&dialog, "register")->isEnabled());
    }

    void securityModeSwitchAndPreview()
    {
        Profile profile;
        {
            // The preview needs an agent id to file the payload under; no server is involved.
            QSettings ini(profile.root().settingsPath(), QSettings::IniFormat);
            sync::SyncSettings s = sync::SyncSettings::load(ini);
            s.agentId = QStringLiteral("agent-preview-1");
            QVERIFY(s.save(ini).isEmpty());
        }
        ui::SecurityModeDialog dialog(profile.root(), kTester);
        QSignalSpy shown(&dialog, &ui::SecurityModeDialog::previewShown);
        QVERIFY(shown.wait(test::scaled(10000)));
        QCOMPARE(dialog.selectedMode(), sync::SecurityMode::Normal);
        QVERIFY2(dialog.preview().contains(QLatin1String("10.20.30.41")), qPrintable(dialog.preview().left(600)));
        QVERIFY(!ipv4In(dialog.preview()).isEmpty());

        shown.clear();
        QTest::mouseClick(child<QWidget>(&dialog, "modeLockedDown"), Qt::LeftButton);
        QVERIFY(shown.wait(test::scaled(10000)));
        QCOMPARE(shown.last().first().value<sync::SecurityMode>(), sync::SecurityMode::LockedDown);
        const QString locked = dialog.preview();
        QVERIFY2(locked.contains(QLatin1String("XRX0001")), qPrintable(locked.left(600)));
        QVERIFY2(locked.contains(QLatin1String("lockedDown=\"true\"")), qPrintable(locked.left(600)));
        QVERIFY2(ipv4In(locked).isEmpty(), qPrintable(ipv4In(locked).join(u' ')));
        QVERIFY(!locked.contains(QLatin1String("2001:db8")));
        QVERIFY(!locked.contains(QLatin1String("00:00:aa:bb:cc:01")));
        QCOMPARE(profile.settings().securityMode, sync::SecurityMode::Normal); // a preview changes nothing

        QSignalSpy saved(&dialog, &ui::SecurityModeDialog::modeSaved);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveSecurityMode"), Qt::LeftButton);
        QVERIFY(saved.wait(test::scaled(5000)));
        QCOMPARE(profile.settings().securityMode, sync::SecurityMode::LockedDown);
        storage::Database db;
        QVERIFY(!db.open(profile.root().databasePath()));
        auto events = db.scalar(QStringLiteral("SELECT count(*) FROM events WHERE kind = ? AND details LIKE ?"),
                                {ui::SecurityModeDialog::kEventKind, QStringLiteral("%lockedDown%")});
        QVERIFY(events);
        QCOMPARE(events->toInt(), 1);
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
