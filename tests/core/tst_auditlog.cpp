// The hash-chained audit log: appends chain, the triggers refuse UPDATE and DELETE, and verify()
// finds a row changed, deleted (middle, first, newest), relinked, or a rewritten chain against an
// anchor, when the file is edited through a separate connection after the triggers were dropped.

#include "security/AuditLog.h"
#include "storage/Database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::security;

namespace {
// A second connection that edits the file as an attacker with a SQLite shell would.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-audit-edit"));
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw-audit-edit"));
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            qWarning() << q.lastError().text() << sql;
            return false;
        }
        return true;
    }

private:
    QSqlDatabase m_db;
};

const Actor kAlice{QStringLiteral("alice"), Role::Administrator};
} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("audit%1.db").arg(++m_file)); }

    // Five rows: seq 1..5.
    void fill(storage::Database &db)
    {
        QDateTime at(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC);
        AuditLog log(db, [&at] { return at = at.addSecs(60); });
        for (int i = 1; i <= 5; ++i) {
            auto seq =
                log.append({kAlice,
                            QStringLiteral("test.action"),
                            i % 2 ? std::optional<qint64>(i) : std::nullopt,
                            {{QStringLiteral("n"), i}, {QStringLiteral("text"), QStringLiteral("row %1").arg(i)}}});
            QVERIFY(seq);
            QCOMPARE(*seq, qint64(i));
        }
    }

private Q_SLOTS:
    void appendsChainAndVerifies()
    {
        storage::Database db;
        QVERIFY(!db.open(freshPath()));
        fill(db);
        AuditLog log(db);
        auto v = log.verify();
        QVERIFY(v);
        QVERIFY2(v->intact(), qPrintable(v->reason));
        QCOMPARE(v->rows, 5);
        QCOMPARE(v->headSeq, 5);
        auto rows = log.list();
        QVERIFY(rows);
        QCOMPARE(rows->size(), 5);
        QCOMPARE(rows->constFirst().prevHash, AuditLog::genesisHash());
        QCOMPARE(rows->at(1).prevHash, rows->at(0).hash);
        QCOMPARE(rows->constLast().hash, v->headHash);
        QCOMPARE(rows->at(0).deviceId, std::optional<qint64>(1));
        QCOMPARE(rows->at(1).deviceId, std::nullopt);
        QCOMPARE(rows->at(2).parameters, QStringLiteral(R"({"n":3,"text":"row 3"})"));
        auto newest = log.list(rows->at(3).at, 0);
        QVERIFY(newest);
        QCOMPARE(newest->size(), 2);
        auto limited = log.list({}, 1);
        QCOMPARE(limited->constFirst().seq, 5);
    }

    void triggersRefuseUpdateAndDelete()
    {
        storage::Database db;
        QVERIFY(!db.open(freshPath()));
        fill(db);
        auto update = db.exec(QStringLiteral("UPDATE audit_log SET result = 'ok' WHERE seq = 2"));
        QVERIFY(update.isError());
        QVERIFY2(update.message.contains(QStringLiteral("append-only")), qPrintable(update.message));
        QVERIFY(db.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 5")).isError());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toInt(), 5);
    }

    void appendJoinsCallersTransaction()
    {
        storage::Database db;
        QVERIFY(!db.open(freshPath()));
        AuditLog log(db);
        {
            storage::Transaction tx(db);
            QVERIFY(!tx.begin());
            QVERIFY(log.append({kAlice, QStringLiteral("test.rolledBack")}));
        } // rolled back with the caller's work
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toInt(), 0);
        QVERIFY(log.append({kAlice, QStringLiteral("test.kept")}));
        auto v = log.verify();
        QVERIFY(v && v->intact());
        QCOMPARE(v->headSeq, 1);
    }

    void tamperingIsFound_data()
    {
        QTest::addColumn<QStringList>("edit");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("firstBroken");
        QTest::addRow("parameters changed")
            << QStringList{QStringLiteral(
                   R"(UPDATE audit_log SET parameters = '{"n":3,"text":"row three"}' WHERE seq = 3)")}
            << QStringLiteral("changed") << qint64(3);
        QTest::addRow("actor changed") << QStringList{QStringLiteral(
                                              "UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")}
                                       << QStringLiteral("changed") << qint64(2);
        QTest::addRow("time changed") << QStringList{QStringLiteral("UPDATE audit_log SET at = at + 1 WHERE seq = 4")}
                                      << QStringLiteral("changed") << qint64(4);
        QTest::addRow("device removed") << QStringList{QStringLiteral(
                                               "UPDATE audit_log SET device_id = NULL WHERE seq = 1")}
                                        << QStringLiteral("changed") << qint64(1);
        QTest::addRow("middle row deleted") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq = 3")}
                                            << QStringLiteral("deleted") << qint64(3);
        QTest::addRow("first row deleted") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq = 1")}
                                           << QStringLiteral("deleted") << qint64(1);
        QTest::addRow("newest rows deleted") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq >= 4")}
                                             << QStringLiteral("deleted") << qint64(4);
        QTest::addRow("rows swapped") << QStringList{QStringLiteral("UPDATE audit_log SET seq = -2 WHERE seq = 2"),
                                                     QStringLiteral("UPDATE audit_log SET seq = 2 WHERE seq = 3"),
                                                     QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = -2")}
                                      << QStringLiteral("changed") << qint64(2);
        // Row 4 relinked to row 2 with a hash recomputed by the attacker: intact in itself, out of place.
        QTest::addRow("row relinked")
            << QStringList{QStringLiteral(
                   "UPDATE audit_log SET prev_hash = (SELECT hash FROM audit_log WHERE seq = 2) WHERE seq = 4")}
            << QStringLiteral("reordered") << qint64(4);
    }

    void tamperingIsFound()
    {
        QFETCH(QStringList, edit);
        QFETCH(QString, kind);
        QFETCH(qint64, firstBroken);
        const QString path = freshPath();
        storage::Database db;
        QVERIFY(!db.open(path));
        fill(db);
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
            for (const QString &sql : std::as_const(edit))
                QVERIFY(raw.exec(sql));
        }
        if (kind == u"reordered") {
            // Recompute row 4's own hash as an attacker who knows the algorithm would.
            auto rows = AuditLog(db).list();
            QVERIFY(rows);
            AuditRecord r = rows->at(3);
            QCOMPARE(r.seq, 4);
            const QString forged = AuditLog::computeHash(r);
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = 4").arg(forged)));
        }
        auto v = AuditLog(db).verify();
        QVERIFY(v);
        QVERIFY2(!v->intact(), "tampering went unnoticed");
        QCOMPARE(auditBreakName(v->kind), kind);
        QCOMPARE(v->firstBrokenSeq, firstBroken);
        QVERIFY(!v->reason.isEmpty());
    }

    void rewrittenChainFoundByAnchor()
    {
        const QString path = freshPath();
        storage::Database db;
        QVERIFY(!db.open(path));
        fill(db);
        auto before = AuditLog(db).verify();
        QVERIFY(before && before->intact());
        const auto anchor = AuditAnchor::parse(QStringLiteral("%1:%2").arg(before->headSeq).arg(before->headHash));
        QVERIFY(anchor);
        QVERIFY(!AuditAnchor::parse(QStringLiteral("5:nothex")));
        {
            // Change row 5 and give it a consistent hash: only the anchor can tell.
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 5")));
        }
        AuditRecord r = AuditLog(db).list({}, 1)->constFirst();
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(
                QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = 5").arg(AuditLog::computeHash(r))));
        }
        auto withoutAnchor = AuditLog(db).verify();
        QVERIFY(withoutAnchor && withoutAnchor->intact()); // the documented limit
        auto withAnchor = AuditLog(db).verify(anchor);
        QVERIFY(withAnchor);
        QCOMPARE(withAnchor->kind, AuditBreak::Anchor);
        QCOMPARE(withAnchor->firstBrokenSeq, 5);
    }

    void appendAfterDeletedTailKeepsGapVisible()
    {
        const QString path = freshPath();
        storage::Database db;
        QVERIFY(!db.open(path));
        fill(db);
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 5")));
        }
        AuditLog log(db);
        auto seq = log.append({kAlice, QStringLiteral("test.after")});
        QVERIFY(seq);
        QCOMPARE(*seq, 6);
        auto v = log.verify();
        QCOMPARE(v->kind, AuditBreak::Deleted);
        QCOMPARE(v->firstBrokenSeq, 5);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
