// Outbox, SyncState and RetryPolicy on a real SQLite file: an item is committed with its key before
// anything is sent, survives closing the database, and only an acknowledgement moves the readings
// mark; the backoff follows docs/protocol.md.

#include "storage/Database.h"
#include "sync/ExchangeLog.h"
#include "sync/Outbox.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncSettings.h"
#include "sync/SyncState.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace fleet;
using namespace fleet::sync;
using fleet::storage::Database;

namespace {
const QDateTime kT0(QDate(2026, 11, 25), QTime(2, 30), Qt::UTC);

OutboxItem payload(const QDateTime &generatedAt, const QByteArray &body = QByteArray("zip-bytes"))
{
    OutboxItem i;
    i.createdAt = generatedAt;
    i.generatedAt = generatedAt;
    i.body = body;
    i.xmlBytes = 1234;
    i.devices = 2;
    i.readings = 8;
    return i;
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString dbPath() const { return m_dir.filePath(QStringLiteral("fleet.db")); }

private Q_SLOTS:
    void init() { QFile::remove(dbPath()); }

    void itemSurvivesReopenWithItsKey()
    {
        QString key;
        {
            Database db;
            QVERIFY(!db.open(dbPath()));
            auto id = Outbox(db).enqueue(payload(kT0, QByteArray(100000, 'z')));
            QVERIFY2(id, qPrintable(id.error().message));
            auto item = Outbox(db).item(*id);
            QVERIFY(item && *item);
            key = (*item)->idempotencyKey;
            QVERIFY(!QUuid::fromString(key).isNull());
        } // closed without any acknowledgement, as a killed process would leave it
        Database db;
        QVERIFY(!db.open(dbPath()));
        auto queued = Outbox(db).queued();
        QVERIFY(queued);
        QCOMPARE(queued->size(), 1);
        QCOMPARE(queued->first().idempotencyKey, key);
        QCOMPARE(queued->first().body, QByteArray(100000, 'z'));
        QCOMPARE(queued->first().bodyBytes, 100000);
        QCOMPARE(queued->first().state, OutboxState::Queued);
    }

    void acknowledgeMovesTheMarkOnlyForward()
    {
        Database db;
        QVERIFY(!db.open(dbPath()));
        Outbox outbox(db);
        SyncState state(db);
        QVERIFY(!state.readingsMark()->isValid());
        const qint64 older = *outbox.enqueue(payload(kT0));
        const qint64 newer = *outbox.enqueue(payload(kT0.addDays(1)));
        QVERIFY(!outbox.acknowledge(newer, kT0.addDays(1), 201, QJsonObject{{QStringLiteral("devices"), 2}}));
        QCOMPARE(*state.readingsMark(), kT0.addDays(1));
        // The older one acknowledged late never moves the mark back.
        QVERIFY(!outbox.acknowledge(older, kT0.addDays(2), 200, {}));
        QCOMPARE(*state.readingsMark(), kT0.addDays(1));
        auto item = outbox.item(newer, false);
        QCOMPARE((*item)->state, OutboxState::Acknowledged);
        QCOMPARE((*item)->receipt.value(QStringLiteral("devices")).toInt(), 2);
        QCOMPARE((*item)->lastStatus, std::optional<int>(201));
        QVERIFY((*item)->body.isEmpty()); // listed without the body
        QVERIFY(outbox.queued()->isEmpty());
    }

    void retryAndRejectKeepTheItem()
    {
        Database db;
        QVERIFY(!db.open(dbPath()));
        Outbox outbox(db);
        const qint64 a = *outbox.enqueue(payload(kT0));
        const qint64 b = *outbox.enqueue(payload(kT0));
        QVERIFY(!outbox.scheduleRetry(a, kT0, kT0.addSecs(60), 503, QStringLiteral("busy")));
        QVERIFY(!outbox.reject(b, kT0, 400, QStringLiteral("bad archive")));
        QCOMPARE(outbox.queued(kT0.addSecs(59))->size(), 0); // not due yet
        QCOMPARE(outbox.queued(kT0.addSecs(60))->size(), 1);
        QCOMPARE(*outbox.nextAttempt(), kT0.addSecs(60));
        auto rejected = outbox.item(b, false);
        QCOMPARE((*rejected)->state, OutboxState::Rejected);
        QCOMPARE((*rejected)->lastError, QStringLiteral("bad archive"));
        QCOMPARE((*rejected)->attempts, 1);
        QVERIFY(!SyncState(db).readingsMark()->isValid()); // a rejection moves nothing
        const QList<OutboxItem> all = *outbox.list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().id, b); // newest first
    }

    void pruneKeepsThirtyDaysAndEveryQueuedItem()
    {
        Database db;
        QVERIFY(!db.open(dbPath()));
        Outbox outbox(db);
        const qint64 old = *outbox.enqueue(payload(kT0));
        const qint64 recent = *outbox.enqueue(payload(kT0));
        const qint64 queued = *outbox.enqueue(payload(kT0));
        QVERIFY(!outbox.acknowledge(old, kT0, 201, {}));
        QVERIFY(!outbox.acknowledge(recent, kT0.addDays(20), 201, {}));
        QCOMPARE(*outbox.prune(kT0.addDays(31)), 1);
        QVERIFY(!*outbox.item(old));
        QVERIFY(*outbox.item(recent));
        QVERIFY(*outbox.item(queued));
    }

    void exchangeLogListsOldestFirst()
    {
        Database db;
        QVERIFY(!db.open(dbPath()));
        ExchangeLog log(db);
        for (int i = 0; i < 5; ++i) {
            ExchangeRecord r;
            r.at = kT0.addSecs(i);
            r.method = QStringLiteral("POST");
            r.endpoint = QStringLiteral("/v1/payloads");
            r.bytesOut = 100 + i;
            r.status = i == 4 ? std::optional<int>() : std::optional<int>(201);
            r.errorKind = i == 4 ? QStringLiteral("network") : QString();
            QVERIFY(log.record(r));
        }
        auto newest = log.list({}, 2);
        QCOMPARE(newest->size(), 2);
        QCOMPARE(newest->at(0).bytesOut, 103);
        QCOMPARE(newest->at(1).bytesOut, 104);
        QVERIFY(!newest->at(1).status);
        QCOMPARE(log.list(kT0.addSecs(3))->size(), 2);
        QCOMPARE(*log.prune(kT0.addSecs(2)), 2);
        QCOMPARE(log.list()->size(), 3);
    }

    void backoff_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("baseSeconds");
        QTest::addRow("first") << 1 << 60;
        QTest::addRow("second") << 2 << 120;
        QTest::addRow("fifth") << 5 << 960;
        QTest::addRow("capped") << 10 << 6 * 3600;
        QTest::addRow("many") << 1000 << 6 * 3600;
    }
    void backoff()
    {
        QFETCH(int, attempts);
        QFETCH(int, baseSeconds);
        QCOMPARE(RetryPolicy::baseDelay(attempts).count(), baseSeconds);
        QRandomGenerator rng(42);
        qint64 low = std::numeric_limits<qint64>::max();
        qint64 high = 0;
        for (int i = 0; i < 2000; ++i) {
            const qint64 d = RetryPolicy::delay(attempts, &rng).count();
            low = std::min(low, d);
            high = std::max(high, d);
        }
        // ±20 % jitter, and it really varies.
        QVERIFY2(low >= qint64(baseSeconds * 0.8) - 1 && high <= qint64(baseSeconds * 1.2) + 1,
                 qPrintable(QStringLiteral("%1..%2").arg(low).arg(high)));
        QVERIFY(high - low > baseSeconds / 5);
    }

    void retryAfterWinsAndIsCapped()
    {
        SyncError e;
        e.kind = SyncErrorKind::Http;
        e.httpStatus = 429;
        e.retryAfter = std::chrono::seconds(30);
        QCOMPARE(RetryPolicy::nextAttempt(e, 7, kT0), kT0.addSecs(30));
        e.retryAfter = std::chrono::hours(48);
        QCOMPARE(RetryPolicy::nextAttempt(e, 1, kT0), kT0.addSecs(6 * 3600));
    }

    void transientOrPermanent_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("transient");
        QTest::addColumn<bool>("registration");
        QTest::addRow("400") << int(SyncErrorKind::Http) << 400 << false << false;
        QTest::addRow("401") << int(SyncErrorKind::Http) << 401 << false << true;
        QTest::addRow("403") << int(SyncErrorKind::Http) << 403 << false << true;
        QTest::addRow("409") << int(SyncErrorKind::Http) << 409 << false << false;
        QTest::addRow("413") << int(SyncErrorKind::Http) << 413 << false << false;
        QTest::addRow("429") << int(SyncErrorKind::Http) << 429 << true << false;
        QTest::addRow("500") << int(SyncErrorKind::Http) << 500 << true << false;
        QTest::addRow("503") << int(SyncErrorKind::Http) << 503 << true << false;
        QTest::addRow("network") << int(SyncErrorKind::Network) << 0 << true << false;
        QTest::addRow("timeout") << int(SyncErrorKind::Timeout) << 0 << true << false;
        QTest::addRow("pin") << int(SyncErrorKind::TlsPinMismatch) << 0 << true << false;
        QTest::addRow("unknown CA") << int(SyncErrorKind::TlsUnknownCa) << 0 << true << false;
        QTest::addRow("config") << int(SyncErrorKind::Config) << 0 << false << false;
        QTest::addRow("protocol") << int(SyncErrorKind::Protocol) << 0 << false << false;
    }
    void transientOrPermanent()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, transient);
        QFETCH(bool, registration);
        SyncError e;
        e.kind = SyncErrorKind(kind);
        e.httpStatus = status;
        QCOMPARE(e.isTransient(), transient);
        QCOMPARE(e.needsRegistration(), registration);
    }

    void settingsRoundTripAndSecretsStayOut()
    {
        const QString ini = m_dir.filePath(QStringLiteral("fleetkeeper.ini"));
        SyncSettings s;
        s.serverUrl = QUrl(QStringLiteral("https://rs.example.net/fleetkeeper"));
        s.caFile = QStringLiteral("/etc/fleet/ca.pem");
        s.pin = QString::fromLatin1(QByteArray(32, 'p').toBase64());
        s.clientCertFile = QStringLiteral("/etc/fleet/agent.p12");
        s.proxyMode = ProxyMode::Explicit;
        s.proxyHost = QStringLiteral("proxy.example");
        s.proxyPort = 3128;
        s.proxyUser = QStringLiteral("agent");
        s.securityMode = SecurityMode::LockedDown;
        s.syncTime = QTime(1, 5);
        s.agentId = QStringLiteral("a7c3e0f2");
        {
            QSettings settings(ini, QSettings::IniFormat);
            QVERIFY(s.save(settings).isEmpty());
        }
        QSettings settings(ini, QSettings::IniFormat);
        const SyncSettings loaded = SyncSettings::load(settings);
        QCOMPARE(loaded.serverUrl, s.serverUrl);
        QCOMPARE(loaded.pin, s.pin);
        QCOMPARE(loaded.proxyMode, ProxyMode::Explicit);
        QCOMPARE(loaded.proxyPort, 3128);
        QCOMPARE(loaded.securityMode, SecurityMode::LockedDown);
        QCOMPARE(loaded.syncTime, QTime(1, 5));
        QCOMPARE(loaded.agentId, s.agentId);
        QVERIFY2(loaded.validate().isEmpty(), qPrintable(loaded.validate()));

        storage::SecretStore secrets(m_dir.filePath(QStringLiteral("secrets.json")));
        SyncSecrets values{QString(64, u'a'), QStringLiteral("p12-pass"), QStringLiteral("proxy-pass")};
        values.storeIn(secrets);
        QVERIFY(!secrets.save());
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        for (const QString &secret : {values.payloadKey, values.clientKeyPassphrase, values.proxyPassword})
            QVERIFY2(!text.contains(secret.toUtf8()), text.constData());
        storage::SecretStore reread(secrets.filePath());
        QVERIFY(!reread.load());
        QCOMPARE(SyncSecrets::from(reread).proxyPassword, values.proxyPassword);
    }

    void settingsValidation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("problem");
        const QString p12 = QStringLiteral("/x/a.p12");
        QTest::addRow("http") << QStringLiteral("http://rs.example") << QString() << p12 << QString()
                              << QStringLiteral("not https://");
        QTest::addRow("no url") << QString() << QString() << p12 << QString() << QStringLiteral("No server URL");
        QTest::addRow("short pin") << QStringLiteral("https://rs.example") << QStringLiteral("abcd") << p12 << QString()
                                   << QStringLiteral("base64 SHA-256");
        QTest::addRow("no cert") << QStringLiteral("https://rs.example") << QString() << QString() << QString()
                                 << QStringLiteral("No client certificate");
        QTest::addRow("pem without key") << QStringLiteral("https://rs.example") << QString()
                                         << QStringLiteral("/x/a.pem") << QString() << QStringLiteral("private key");
    }
    void settingsValidation()
    {
        QFETCH(QString, url);
        QFETCH(QString, pin);
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QString, problem);
        SyncSettings s;
        s.serverUrl = QUrl(url);
        s.pin = pin;
        s.clientCertFile = cert;
        s.clientKeyFile = key;
        QVERIFY2(s.validate().contains(problem), qPrintable(s.validate()));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
