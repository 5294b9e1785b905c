// The credential profile list: order-changing edits keep the model consistent (checked by
// QAbstractItemModelTester), names stay unique, check marks follow their profile, and no role
// ever shows a secret.

#include "CredentialProfileModel.h"
#include "TestCredentials.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fleet;
using fleet::models::CredentialProfileModel;

namespace {
snmp::Credential v2c(const QString &name, const QString &community)
{
    return test::v2cCredential(name, community);
}

snmp::Credential v3(const QString &name)
{
    return test::v3AuthPrivCredential(name, QStringLiteral("admin"), QStringLiteral("auth-secret-1"),
                                      snmp::PrivProtocol::AES128, QStringLiteral("priv-secret-1"));
}
} // namespace

class TestCredentialProfileModel : public QObject
{
    Q_OBJECT
private:
    static QStringList names(const CredentialProfileModel &m) { return m.names(); }

private Q_SLOTS:
    void editsKeepOrderAndConsistency()
    {
        CredentialProfileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles({v2c(QStringLiteral("a"), QStringLiteral("s1")), v3(QStringLiteral("b"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.append(v2c(QStringLiteral("c"), QStringLiteral("s3"))), 2);
        QCOMPARE(names(model), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));

        QCOMPARE(model.moveUp(2), 1);
        QCOMPARE(names(model), (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
        QCOMPARE(model.moveUp(0), 0);   // already first
        QCOMPARE(model.moveDown(2), 2); // already last
        QCOMPARE(model.moveDown(0), 1);
        QCOMPARE(names(model), (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(model.moveUp(7), -1);

        QCOMPARE(model.duplicate(1), 2);
        QCOMPARE(model.profile(2).name, QStringLiteral("a (copy)"));
        QCOMPARE(model.profile(2).community, QStringLiteral("s1"));
        QCOMPARE(model.duplicate(1), 2);
        QCOMPARE(model.profile(2).name, QStringLiteral("a (copy) 2"));
        QCOMPARE(model.uniqueName(QStringLiteral("b")), QStringLiteral("b 2"));
        QCOMPARE(model.uniqueName(QStringLiteral("fresh")), QStringLiteral("fresh"));

        snmp::Credential renamed = model.profile(0);
        renamed.name = QStringLiteral("first");
        QCOMPARE(model.replace(0, renamed), 0);
        QCOMPARE(model.data(model.index(0, CredentialProfileModel::Name)).toString(), QStringLiteral("first"));
        QCOMPARE(model.replace(9, renamed), -1);

        QVERIFY(model.remove(2));
        QVERIFY(!model.remove(-1));
        QCOMPARE(names(model), (QStringList{QStringLiteral("first"), QStringLiteral("a"), QStringLiteral("a (copy)"),
                                            QStringLiteral("b")}));
        QCOMPARE(model.rowOfName(QStringLiteral("b")), 3);
        QCOMPARE(model.rowOfName(QStringLiteral("zz")), -1);
    }

    void checkMarksFollowTheirProfile()
    {
        CredentialProfileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles({v2c(QStringLiteral("a"), QStringLiteral("s1")), v3(QStringLiteral("b")),
                           v2c(QStringLiteral("c"), QStringLiteral("s3"))});
        const QModelIndex first = model.index(0, CredentialProfileModel::Name);
        QVERIFY(!(model.flags(first) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.data(first, Qt::CheckStateRole).isValid());
        QVERIFY(!model.setData(first, Qt::Unchecked, Qt::CheckStateRole));

        model.setCheckable(true);
        QVERIFY(model.flags(first) & Qt::ItemIsUserCheckable);
        QCOMPARE(model.data(first, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QSignalSpy changed(&model, &CredentialProfileModel::checkedChanged);
        QVERIFY(model.setData(model.index(1, CredentialProfileModel::Name), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.checkedNames(), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));

        // Order of trial is the model's order, also after a move.
        model.moveUp(2);
        QCOMPARE(model.checkedNames(), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        model.moveUp(1);
        QCOMPARE(model.checkedNames(), (QStringList{QStringLiteral("c"), QStringLiteral("a")}));
        QVERIFY(!model.isChecked(2));

        model.setCheckedNames({QStringLiteral("b"), QStringLiteral("unknown")});
        QCOMPARE(model.checkedNames(), QStringList{QStringLiteral("b")});
        QCOMPARE(model.checkedProfiles().first().authPassword, QStringLiteral("auth-secret-1"));
    }

    void noRoleShowsASecret()
    {
        CredentialProfileModel model;
        model.setCheckable(true);
        model.setProfiles(
            {v2c(QStringLiteral("office"), QStringLiteral("community-secret-1")), v3(QStringLiteral("secure"))});
        const QStringList secrets = {QStringLiteral("community-secret-1"), QStringLiteral("auth-secret-1"),
                                     QStringLiteral("priv-secret-1")};
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                for (int role = 0; role <= Qt::UserRole + 8; ++role) {
                    const QString shown = model.data(model.index(row, column), role).toString();
                    for (const QString &secret : secrets)
                        QVERIFY2(!shown.contains(secret), qPrintable(QStringLiteral("role %1").arg(role)));
                }
            }
        }
        QCOMPARE(model.data(model.index(1, CredentialProfileModel::Security)).toString(),
                 QStringLiteral("user admin authPriv SHA-256/AES-128"));
        QCOMPARE(model.data(model.index(0, CredentialProfileModel::Security)).toString(), QStringLiteral("community"));
        QCOMPARE(model.data(model.index(0, CredentialProfileModel::Version)).toString(), QStringLiteral("v2c"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialProfileModel)
#include "tst_credentialprofilemodel.moc"
