// The two settings writes the core guards for every front end: alerting::changeSmtpSettings and
// actions::changeActionPolicy, for every role of security::allRoles(). An allowed change is
// written and audited with the keys that changed (never the SMTP password, which must appear
// nowhere in the audit table); a refused one writes nothing and leaves a "denied" row. An ini that
// cannot be written is reported and audited as failed.
//
// The expected roles are written out from docs/security.md (change-settings), not taken from
// isAllowed(), so a wrong permission at either entry point fails the test.

#include "AuditCheck.h"
#include "TestEnv.h"
#include "actions/ActionPolicyChange.h"
#include "alerting/SmtpSettingsChange.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace fleet;
using security::Actor;
using security::Role;

Q_DECLARE_METATYPE(fleet::security::Role)

namespace {

// Who holds change-settings: Administrator, Power User and the remote-services server.
bool mayChangeSettings(Role role)
{
    return role == Role::Administrator || role == Role::PowerUser || role == Role::Remote;
}

const QString kPassword = QStringLiteral("pw-never-audited-7731");

storage::SecretStore fileSecrets(const QString &dir)
{
    return storage::SecretStore(dir + QStringLiteral("/secrets.json"),
                                storage::SecretStoreOptions{storage::SecretBackendChoice::File, {}});
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestGuardedSettings : public QObject
{
    Q_OBJECT

private:
    // Every column of every audit row, as text.
    static QString auditTable(storage::Database &db)
    {
        QSqlQuery q(db.connection());
        QString all;
        if (!q.exec(QStringLiteral("SELECT * FROM audit_log")))
            return QStringLiteral("<query failed>");
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                all += q.value(i).toString() + u'|';
        return all;
    }

    static std::optional<security::AuditRecord> lastAudit(storage::Database &db) { return test::lastAuditRecord(db); }

    static QJsonObject parametersOf(const security::AuditRecord &r)
    {
        return QJsonDocument::fromJson(r.parameters.toUtf8()).object();
    }

    static QStringList namesIn(const QJsonValue &array)
    {
        QStringList names;
        for (const QJsonValue &v : array.toArray())
            names << v.toString();
        return names;
    }

    static void rolesData()
    {
        QTest::addColumn<Role>("role");
        for (Role role : security::allRoles())
            QTest::addRow("%s", qPrintable(security::roleName(role))) << role;
    }

private Q_SLOTS:
    void smtpAsEachRole_data() { rolesData(); }
    void smtpAsEachRole()
    {
        QFETCH(Role, role);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        storage::Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("fleetkeeper.db"))));
        alerting::SmtpSettings before;
        before.host = QStringLiteral("old.example.net");
        before.from = QStringLiteral("old@example.net");
        QVERIFY(!before.save(db));
        storage::SecretStore secrets = fileSecrets(dir.path());
        QVERIFY(!secrets.load());

        alerting::SmtpSettings wanted = before;
        wanted.host = QStringLiteral("mail.example.net");
        wanted.port = 465;
        wanted.security = alerting::SmtpSecurity::ImplicitTls;
        wanted.username = QStringLiteral("fleet");
        const Actor actor{QStringLiteral("someone"), role};
        const security::SecurityError error = alerting::changeSmtpSettings(db, secrets, actor, wanted, kPassword);

        const auto stored = alerting::SmtpSettings::load(db);
        QVERIFY(stored);
        storage::SecretStore reread = fileSecrets(dir.path());
        QVERIFY(!reread.load());
        const auto audit = lastAudit(db);
        QVERIFY(audit);
        QCOMPARE(audit->action, QStringLiteral("smtp.set"));
        QCOMPARE(audit->actor, actor.name);
        if (mayChangeSettings(role)) {
            QVERIFY2(!error, qPrintable(error.message));
            QCOMPARE(stored->host, wanted.host);
            QCOMPARE(stored->port, 465);
            QCOMPARE(stored->security, alerting::SmtpSecurity::ImplicitTls);
            QCOMPARE(stored->username, wanted.username);
            QCOMPARE(reread.value(alerting::kSmtpPasswordKey).value_or(QString()), kPassword);
            QCOMPARE(audit->result, QStringLiteral("ok"));
            const QJsonObject p = parametersOf(*audit);
            QCOMPARE(namesIn(p.value(u"changed")),
                     (QStringList{QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("security"),
                                  QStringLiteral("username"), QStringLiteral("password")}));
            QCOMPARE(p.value(u"server").toString(), wanted.host);
        } else {
            QCOMPARE(error.code, security::SecurityErrorCode::Denied);
            QVERIFY2(error.message.contains(QStringLiteral("someone (")), qPrintable(error.message));
            QCOMPARE(stored->host, before.host);
            QCOMPARE(stored->port, before.port);
            QVERIFY(!reread.value(alerting::kSmtpPasswordKey));
            QCOMPARE(audit->result, QStringLiteral("denied"));
            QCOMPARE(audit->message, error.message);
        }
        const QString table = auditTable(db);
        QVERIFY(table.contains(QStringLiteral("smtp.set"))); // the query saw the rows
        QVERIFY2(!table.contains(kPassword), qPrintable(table));
    }

    void smtpKeepsOrRemovesThePassword()
    {
        QTemporaryDir dir;
        storage::Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("fleetkeeper.db"))));
        storage::SecretStore secrets = fileSecrets(dir.path());
        QVERIFY(!secrets.load());
        const Actor admin{QStringLiteral("ada"), Role::Administrator};
        alerting::SmtpSettings s;
        s.host = QStringLiteral("mail.example.net");
        s.from = QStringLiteral("fleet@example.net");
        QVERIFY(!alerting::changeSmtpSettings(db, secrets, admin, s, kPassword));

        // No new password: the stored one stays, and "password" is not among the changes.
        s.port = 2525;
        QVERIFY(!alerting::changeSmtpSettings(db, secrets, admin, s));
        QCOMPARE(secrets.value(alerting::kSmtpPasswordKey).value_or(QString()), kPassword);
        QCOMPARE(namesIn(parametersOf(*lastAudit(db)).value(u"changed")), QStringList{QStringLiteral("port")});

        // An empty one removes it.
        QVERIFY(!alerting::changeSmtpSettings(db, secrets, admin, s, QString()));
        storage::SecretStore reread = fileSecrets(dir.path());
        QVERIFY(!reread.load());
        QVERIFY(!reread.value(alerting::kSmtpPasswordKey));
        QVERIFY(!auditTable(db).contains(kPassword));
    }

    void smtpUnusableSettingsWriteNothing()
    {
        QTemporaryDir dir;
        storage::Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("fleetkeeper.db"))));
        storage::SecretStore secrets = fileSecrets(dir.path());
        QVERIFY(!secrets.load());
        alerting::SmtpSettings s;
        s.host = QStringLiteral("mail.example.net");
        s.port = 70000;
        const auto error =
            alerting::changeSmtpSettings(db, secrets, {QStringLiteral("ada"), Role::Administrator}, s, kPassword);
        QCOMPARE(error.code, security::SecurityErrorCode::InvalidArgument);
        QVERIFY2(error.message.contains(QStringLiteral("70000")), qPrintable(error.message));
        QCOMPARE(alerting::SmtpSettings::load(db)->host, QString());
        QVERIFY(!secrets.value(alerting::kSmtpPasswordKey));
        QCOMPARE(lastAudit(db)->result, QStringLiteral("failed"));
    }

    void policyAsEachRole_data() { rolesData(); }
    void policyAsEachRole()
    {
        QFETCH(Role, role);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        storage::Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("fleetkeeper.db"))));
        const QString iniPath = dir.filePath(QStringLiteral("fleetkeeper.ini"));
        {
            QSettings ini(iniPath, QSettings::IniFormat);
            ini.setValue(QStringLiteral("actions/disabled"), QStringLiteral("firmware"));
            ini.setValue(QStringLiteral("actions/remotePolicy"), QStringLiteral("deny"));
            ini.setValue(QStringLiteral("general/other"), QStringLiteral("kept"));
        }
        const QByteArray iniBefore = readAll(iniPath);
        QVERIFY(!iniBefore.isEmpty());

        actions::ActionPolicy policy = actions::ActionPolicy::load(iniPath);
        policy.setDisabled(actions::ActionKind::Reboot, true);
        policy.setRemotePolicy(actions::RemotePolicy::AllowListed);
        policy.setRemoteAllowedActions({actions::ActionKind::TestPage, actions::ActionKind::Troubleshoot});
        policy.setConsentHours(48);
        const Actor actor{QStringLiteral("someone"), role};
        const security::SecurityError error = actions::changeActionPolicy(iniPath, db, actor, policy);

        const actions::ActionPolicy stored = actions::ActionPolicy::load(iniPath);
        const auto audit = lastAudit(db);
        QVERIFY(audit);
        QCOMPARE(audit->action, QStringLiteral("actions.policy"));
        QCOMPARE(audit->actor, actor.name);
        const QJsonObject p = parametersOf(*audit);
        // Refusals name what was asked for too, so probing shows what it was after.
        QCOMPARE(namesIn(p.value(u"disabled")), (QStringList{QStringLiteral("reboot"), QStringLiteral("firmware")}));
        QCOMPARE(p.value(u"remotePolicy").toString(), QStringLiteral("allow"));
        QCOMPARE(namesIn(p.value(u"remoteAllowed")),
                 (QStringList{QStringLiteral("test-page"), QStringLiteral("troubleshoot")}));
        QCOMPARE(p.value(u"consentHours").toInt(), 48);
        QCOMPARE(namesIn(p.value(u"changed")),
                 (QStringList{QStringLiteral("disabled"), QStringLiteral("remotePolicy"),
                              QStringLiteral("remoteAllowed"), QStringLiteral("consentHours")}));
        if (mayChangeSettings(role)) {
            QVERIFY2(!error, qPrintable(error.message));
            QVERIFY(stored.isDisabled(actions::ActionKind::Reboot));
            QVERIFY(stored.isDisabled(actions::ActionKind::Firmware));
            QCOMPARE(stored.remotePolicy(), actions::RemotePolicy::AllowListed);
            QCOMPARE(stored.remoteAllowedNames(),
                     (QStringList{QStringLiteral("test-page"), QStringLiteral("troubleshoot")}));
            QCOMPARE(stored.consentHours(), 48);
            QCOMPARE(QSettings(iniPath, QSettings::IniFormat).value(QStringLiteral("general/other")).toString(),
                     QStringLiteral("kept"));
            QCOMPARE(audit->result, QStringLiteral("ok"));
        } else {
            QCOMPARE(error.code, security::SecurityErrorCode::Denied);
            QVERIFY2(error.message.contains(QStringLiteral("someone (")), qPrintable(error.message));
            QCOMPARE(readAll(iniPath), iniBefore);
            QCOMPARE(audit->result, QStringLiteral("denied"));
            QCOMPARE(audit->message, error.message);
        }
    }

    void policyConsentHoursOutOfRange()
    {
        QTemporaryDir dir;
        storage::Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("fleetkeeper.db"))));
        const QString iniPath = dir.filePath(QStringLiteral("fleetkeeper.ini"));
        actions::ActionPolicy policy;
        policy.setConsentHours(721);
        const auto error =
            actions::changeActionPolicy(iniPath, db, {QStringLiteral("ada"), Role::Administrator}, policy);
        QCOMPARE(error.code, security::SecurityErrorCode::InvalidArgument);
        QVERIFY(!QFile::exists(iniPath));
        QCOMPARE(lastAudit(db)->result, QStringLiteral("failed"));
    }

    void policyIniWriteErrorIsReported_data()
    {
        QTest::addColumn<bool>("readOnlyDir"); // else: the ini's directory is a regular file
        QTest::addRow("read-only directory") << true;
        QTest::addRow("directory is a file") << false;
    }
    void policyIniWriteErrorIsReported()
    {
        QFETCH(bool, readOnlyDir);
        QTemporaryDir dir;
        storage::Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("fleetkeeper.db"))));
        const QString iniDir = dir.filePath(QStringLiteral("conf"));
        QString iniPath = iniDir + QStringLiteral("/fleetkeeper.ini");
        if (readOnlyDir) {
            // root writes into a read-only directory anyway; the other row covers that case.
            if (geteuid() == 0)
                QSKIP("running as root: a read-only directory does not stop root");
            QVERIFY(QDir().mkpath(iniDir));
            {
                QSettings ini(iniPath, QSettings::IniFormat);
                ini.setValue(QStringLiteral("actions/remotePolicy"), QStringLiteral("deny"));
            }
            QVERIFY(QFile::setPermissions(iniDir, QFile::ReadOwner | QFile::ExeOwner));
        } else {
            QFile blocker(iniDir);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        const QByteArray before = readAll(iniPath);

        actions::ActionPolicy policy;
        policy.setRemotePolicy(actions::RemotePolicy::Ask);
        const auto error =
            actions::changeActionPolicy(iniPath, db, {QStringLiteral("ada"), Role::Administrator}, policy);
        if (readOnlyDir)
            QFile::setPermissions(iniDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(error.code, security::SecurityErrorCode::Storage);
        QVERIFY2(error.message.contains(QStringLiteral("fleetkeeper.ini")), qPrintable(error.message));
        QCOMPARE(readAll(iniPath), before);
        const auto audit = lastAudit(db);
        QVERIFY(audit);
        QCOMPARE(audit->result, QStringLiteral("failed"));
        QCOMPARE(audit->message, error.message);
    }
};

QTEST_GUILESS_MAIN(TestGuardedSettings)
#include "tst_guardedsettings.moc"
