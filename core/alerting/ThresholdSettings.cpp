#include "alerting/ThresholdSettings.h"

#include "security/Guard.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cmath>

Q_LOGGING_CATEGORY(lcThresholds, "fleet.alerting.thresholds", QtInfoMsg)

namespace fleet::alerting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fleet::alerting::ThresholdSettings)
};

const QString kKeyPrefix = QStringLiteral("threshold.");

// Numbers as the CLI and the audit log show them: "7", "2.5".
QString number(double value)
{
    return QString::number(value, 'g', 10);
}
} // namespace

void ThresholdField::setIn(Thresholds &t, double value) const
{
    if (whole)
        t.*whole = int(value);
    else
        t.*real = value;
}

QString ThresholdField::description() const
{
    if (name == u"supply-percent")
        return Tr::tr("A supply below this level is low (percent)");
    if (name == u"days-to-empty")
        return Tr::tr("A supply expected to run out within this many days is reported (days)");
    if (name == u"failed-polls")
        return Tr::tr("A device is not answering after this many failed polls in a row");
    if (name == u"event-hours")
        return Tr::tr("A counter that went down or a changed IP address stays reported this long (hours)");
    if (name == u"upload-failing-days")
        return Tr::tr("Uploads to the remote-services server failing for this long are reported (days)");
    if (name == u"command-poll-failing-hours")
        return Tr::tr("Command polls failing for this long are reported (hours)");
    if (name == u"certificate-days")
        return Tr::tr("A certificate expiring within this many days is reported (days)");
    if (name == u"disk-free-percent")
        return Tr::tr("The database's disk is nearly full below this much free space (percent)");
    return name;
}

const QList<ThresholdField> &thresholdFields()
{
    // Ranges: wide enough for any site, narrow enough that a typing slip ("1000" percent, "0" polls)
    // is refused instead of silencing or flooding the alerts.
    static const QList<ThresholdField> fields = {
        {QStringLiteral("supply-percent"), 0, 100, nullptr, &Thresholds::supplyPercent},
        {QStringLiteral("days-to-empty"), 0, 365, nullptr, &Thresholds::daysToEmpty},
        {QStringLiteral("failed-polls"), 1, 1000, &Thresholds::failedPolls, nullptr},
        {QStringLiteral("event-hours"), 1, 24 * 90, &Thresholds::eventHours, nullptr},
        {QStringLiteral("upload-failing-days"), 1, 365, &Thresholds::uploadFailingDays, nullptr},
        {QStringLiteral("command-poll-failing-hours"), 1, 24 * 90, &Thresholds::commandPollFailingHours, nullptr},
        {QStringLiteral("certificate-days"), 1, 3650, &Thresholds::certificateDays, nullptr},
        {QStringLiteral("disk-free-percent"), 0, 99, nullptr, &Thresholds::diskFreePercent},
    };
    return fields;
}

const ThresholdField *thresholdField(QStringView name)
{
    for (const ThresholdField &f : thresholdFields())
        if (f.name == name)
            return &f;
    return nullptr;
}

QString thresholdProblem(const ThresholdField &field, double value)
{
    if (!std::isfinite(value) || value < field.minimum || value > field.maximum)
        return Tr::tr("%1 must be between %2 and %3, not %4.")
            .arg(field.name, number(field.minimum), number(field.maximum), number(value));
    if (field.integral() && value != std::floor(value))
        return Tr::tr("%1 takes a whole number, not %2.").arg(field.name, number(value));
    return {};
}

storage::Result<Thresholds> loadThresholds(storage::Database &db)
{
    auto q = db.run(QStringLiteral("SELECT key, value FROM alerting_settings WHERE key LIKE 'threshold.%'"));
    if (!q)
        return q.error();
    Thresholds t;
    while ((*q)->next()) {
        const QString key = (*q)->value(0).toString();
        const QString text = (*q)->value(1).toString();
        const ThresholdField *field = thresholdField(QStringView(key).mid(kKeyPrefix.size()));
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!field || !ok || !thresholdProblem(*field, value).isEmpty()) {
            qCWarning(lcThresholds).noquote() << "ignoring the stored alert threshold" << key << "=" << text
                                              << "(unknown or out of range); the default applies";
            continue;
        }
        field->setIn(t, value);
    }
    return t;
}

QStringList changedThresholds(const Thresholds &before, const Thresholds &after)
{
    QStringList names;
    for (const ThresholdField &f : thresholdFields())
        if (f.valueIn(before) != f.valueIn(after))
            names << f.name;
    return names;
}

security::SecurityError changeThresholds(storage::Database &db, const security::Actor &actor,
                                         const Thresholds &thresholds)
{
    const auto before = loadThresholds(db);
    if (!before)
        return security::SecurityError::fromStorage(before.error());
    // Each changed threshold with its old and new value: the audit log alone tells who made the
    // alerts quieter, and from what.
    QJsonObject changed;
    for (const QString &name : changedThresholds(*before, thresholds)) {
        const ThresholdField *f = thresholdField(name);
        changed.insert(name, QJsonArray{f->valueIn(*before), f->valueIn(thresholds)});
    }
    const security::AuditEntry what{actor, kThresholdsAuditAction, std::nullopt,
                                    QJsonObject{{QStringLiteral("changed"), changed}}};
    if (auto denied =
            security::authorize(db, security::Permission::ChangeSettings, what, security::Audit::RefusalsOnly))
        return denied;

    for (const ThresholdField &f : thresholdFields()) {
        if (const QString problem = thresholdProblem(f, f.valueIn(thresholds)); !problem.isEmpty()) {
            if (auto logged = security::recordOutcome(db, what, problem))
                qCWarning(lcThresholds).noquote() << "a refused threshold change was not audited:" << logged.message;
            return {security::SecurityErrorCode::InvalidArgument, problem};
        }
    }

    storage::StorageError error;
    {
        storage::Transaction tx(db);
        error = tx.begin();
        for (const ThresholdField &f : thresholdFields()) {
            if (error)
                break;
            error = db.exec(QStringLiteral("INSERT OR REPLACE INTO alerting_settings (key, value) VALUES (?, ?)"),
                            {QString(kKeyPrefix + f.name), number(f.valueIn(thresholds))});
        }
        if (!error)
            error = tx.commit();
    }
    if (auto logged = security::recordOutcome(db, what, error.message))
        return error ? security::SecurityError::fromStorage(error) : logged;
    if (!error && !changed.isEmpty())
        qCInfo(lcThresholds).noquote() << actor.name << "changed the alert thresholds:" << changed.keys().join(u',');
    return security::SecurityError::fromStorage(error);
}

} // namespace fleet::alerting
