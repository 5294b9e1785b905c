#include "alerting/ConditionEvaluator.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace fleet::alerting {

namespace {

// prtAlertSeverityLevel: critical(3), warning(4), warningBinaryChangeEvent(5).
Severity severityOfAlert(qint64 prtSeverity)
{
    if (prtSeverity == 3)
        return Severity::Critical;
    if (prtSeverity == 4 || prtSeverity == 5)
        return Severity::Warning;
    return Severity::Info;
}

Severity severityOfCategory(AlertCategory c)
{
    switch (c) {
    case AlertCategory::Jam:
    case AlertCategory::DoorOpen:
    case AlertCategory::TonerEmpty:
    case AlertCategory::PaperOut:
        return Severity::Critical;
    case AlertCategory::TonerLow:
    case AlertCategory::ServiceNeeded:
        return Severity::Warning;
    case AlertCategory::Other:
        return Severity::Info;
    }
    return Severity::Info;
}

QString categoryText(AlertCategory c)
{
    switch (c) {
    case AlertCategory::Jam:
        return QStringLiteral("Paper jam");
    case AlertCategory::DoorOpen:
        return QStringLiteral("Door or cover open");
    case AlertCategory::TonerLow:
        return QStringLiteral("Toner or ink low");
    case AlertCategory::TonerEmpty:
        return QStringLiteral("Toner or ink empty");
    case AlertCategory::PaperOut:
        return QStringLiteral("Out of paper");
    case AlertCategory::ServiceNeeded:
        return QStringLiteral("Service needed");
    case AlertCategory::Other:
        return QStringLiteral("Device alert");
    }
    return QStringLiteral("Device alert");
}

QString deviceKey(qint64 id, const QString &rest)
{
    return QStringLiteral("device/%1/%2").arg(id).arg(rest);
}

// Device alerts: prtAlertTable rows and hrPrinterDetectedErrorState bits of one category merge
// into one condition (a jam reported both ways is one jam), at the worst severity seen.
void deviceAlerts(const DeviceInput &in, QMap<QString, Condition> &out)
{
    const qint64 id = in.device.id;
    auto merge = [&](const QString &key, AlertCategory category, Severity severity, const QDateTime &since,
                     const QString &text) {
        auto it = out.find(key);
        if (it == out.end()) {
            Condition c;
            c.key = key;
            c.kind = ConditionKind::DeviceAlert;
            c.severity = severity;
            c.deviceId = id;
            c.category = category;
            c.since = since;
            c.text = text;
            c.details[QStringLiteral("category")] = alertCategoryName(category);
            out.insert(key, c);
            return;
        }
        it->severity = std::max(it->severity, severity);
        if (since.isValid() && (!it->since.isValid() || since < it->since))
            it->since = since;
        if (!text.isEmpty() && !it->text.contains(text))
            it->text += QStringLiteral("; ") + text;
    };
    for (const storage::AlertRecord &a : in.openAlerts) {
        const AlertCategory category = alertCategoryOf(a.group, a.code);
        const QString text =
            a.description.isEmpty() ? (a.codeName.isEmpty() ? categoryText(category) : a.codeName) : a.description;
        const QString key = category == AlertCategory::Other
                                ? deviceKey(id, QStringLiteral("alert/other/%1.%2").arg(a.group).arg(a.code))
                                : deviceKey(id, QStringLiteral("alert/") + alertCategoryName(category));
        merge(key, category, severityOfAlert(a.severity), a.firstSeen, text);
    }
    for (const QString &bit : in.detectedErrors) {
        const auto category = detectedErrorCategory(bit);
        if (!category)
            continue;
        merge(deviceKey(id, QStringLiteral("alert/") + alertCategoryName(*category)), *category,
              severityOfCategory(*category), in.detectedErrorsAt, categoryText(*category));
    }
}

QString supplyName(const SupplyInput &s)
{
    if (!s.description.isEmpty())
        return s.description;
    return s.colour.isEmpty() ? QStringLiteral("Supply %1").arg(s.supplyId) : s.colour;
}

// A level the device really measured: a percentage, and no Printer-MIB state that says the
// number is not one.
bool hasHonestPercent(const SupplyInput &s)
{
    static const QStringList vague = {QStringLiteral("someRemaining"), QStringLiteral("unknown"),
                                      QStringLiteral("other"), QStringLiteral("unknownCapacity")};
    return s.percent.has_value() && !vague.contains(s.state);
}

void supplies(const DeviceInput &in, const Thresholds &t, QMap<QString, Condition> &out)
{
    for (const SupplyInput &s : in.supplies) {
        // A waste receptacle fills up; "below 10 %" says nothing about it.
        if (s.supplyClass == u"receptacleThatIsFilled")
            continue;
        if (hasHonestPercent(s) && *s.percent < t.supplyPercent) {
            Condition c;
            c.key = deviceKey(in.device.id, QStringLiteral("supply/%1/low").arg(s.supplyId));
            c.kind = ConditionKind::SupplyLow;
            c.severity = *s.percent <= 0 ? Severity::Critical : Severity::Warning;
            c.deviceId = in.device.id;
            c.since = s.readAt;
            c.text = QStringLiteral("%1 at %2 %").arg(supplyName(s)).arg(std::round(*s.percent));
            c.details = {{QStringLiteral("supplyId"), double(s.supplyId)},
                         {QStringLiteral("percent"), *s.percent},
                         {QStringLiteral("threshold"), t.supplyPercent}};
            out.insert(c.key, c);
        }
        if (s.forecast.hasEstimate() && s.forecast.daysToEmpty < t.daysToEmpty) {
            // The forecast counts from its last reading; what is left of it counts from now.
            Condition c;
            c.key = deviceKey(in.device.id, QStringLiteral("supply/%1/days").arg(s.supplyId));
            c.kind = ConditionKind::SupplyDaysToEmpty;
            c.severity = Severity::Warning;
            c.deviceId = in.device.id;
            c.since = s.forecast.to;
            c.text =
                QStringLiteral("%1 empty in about %2 days").arg(supplyName(s)).arg(std::ceil(s.forecast.daysToEmpty));
            c.details = {{QStringLiteral("supplyId"), double(s.supplyId)},
                         {QStringLiteral("daysToEmpty"), s.forecast.daysToEmpty},
                         {QStringLiteral("threshold"), t.daysToEmpty}};
            out.insert(c.key, c);
        }
    }
}

void reachability(const DeviceInput &in, const EvaluationInput &all, QMap<QString, Condition> &out)
{
    const Thresholds &t = all.thresholds;
    const storage::DeviceRecord &d = in.device;
    if (in.consecutiveFailedPolls >= t.failedPolls) {
        Condition c;
        c.key = deviceKey(d.id, QStringLiteral("notAnswering"));
        c.kind = ConditionKind::NotAnswering;
        c.severity = Severity::Warning;
        c.deviceId = d.id;
        c.since = in.failingSince;
        c.text = QStringLiteral("Not answering for %1 polls in a row").arg(in.consecutiveFailedPolls);
        c.details = {{QStringLiteral("failedPolls"), in.consecutiveFailedPolls}};
        out.insert(c.key, c);
    }
    // The clock starts at the later of the last success and the agent's start: a laptop that was
    // off over the weekend did not see its printers stop.
    QDateTime reference = d.lastSuccessAt.isValid() ? d.lastSuccessAt : d.firstSeen;
    if (all.agent.runningSince.isValid() && (!reference.isValid() || all.agent.runningSince > reference))
        reference = all.agent.runningSince;
    if (reference.isValid() && reference.secsTo(all.now) >= qint64(t.notReportingHours) * 3600) {
        Condition c;
        c.key = deviceKey(d.id, QStringLiteral("notReporting"));
        c.kind = ConditionKind::NotReporting;
        c.severity = Severity::Warning;
        c.deviceId = d.id;
        c.since = d.lastSuccessAt.isValid() ? d.lastSuccessAt : reference;
        c.text = d.lastSuccessAt.isValid()
                     ? QStringLiteral("No successful poll since %1").arg(d.lastSuccessAt.toString(Qt::ISODate))
                     : QStringLiteral("Never polled successfully");
        out.insert(c.key, c);
    }
}

void deviceEvents(const DeviceInput &in, const EvaluationInput &all, QMap<QString, Condition> &out)
{
    const storage::DeviceRecord &d = in.device;
    const QDateTime from = all.now.addSecs(-qint64(all.thresholds.eventHours) * 3600);
    QDateTime counterDown;
    QString counterText;
    for (const storage::EventRecord &e : in.recentEvents) {
        if (e.kind == storage::kEventCounterWentDown && e.at >= from &&
            (!counterDown.isValid() || e.at > counterDown)) {
            counterDown = e.at;
            counterText = e.message;
        }
    }
    if (counterDown.isValid()) {
        Condition c;
        c.key = deviceKey(d.id, QStringLiteral("counterWentDown"));
        c.kind = ConditionKind::CounterWentDown;
        c.severity = Severity::Warning;
        c.deviceId = d.id;
        c.since = counterDown;
        c.text = counterText.isEmpty() ? QStringLiteral("A counter went down") : counterText;
        out.insert(c.key, c);
    }
    if (d.metersDisagree) {
        Condition c;
        c.key = deviceKey(d.id, QStringLiteral("metersDisagree"));
        c.kind = ConditionKind::MetersDisagree;
        c.severity = Severity::Warning;
        c.deviceId = d.id;
        c.text = QStringLiteral("The vendor's total meter disagrees with prtMarkerLifeCount");
        out.insert(c.key, c);
    }
    if (d.ipChanged && d.ipChangedAt.isValid() && d.ipChangedAt >= from) {
        Condition c;
        c.key = deviceKey(d.id, QStringLiteral("ipChanged"));
        c.kind = ConditionKind::IpChanged;
        c.severity = Severity::Info;
        c.deviceId = d.id;
        c.since = d.ipChangedAt;
        c.text = QStringLiteral("Address changed from %1 to %2").arg(d.lastKnownAddress, d.address);
        c.details = {{QStringLiteral("previousAddress"), d.lastKnownAddress}, {QStringLiteral("address"), d.address}};
        out.insert(c.key, c);
    }
}

void agentHealth(const EvaluationInput &in, QMap<QString, Condition> &out)
{
    const AgentInput &a = in.agent;
    const Thresholds &t = in.thresholds;
    auto add = [&](const QString &key, ConditionKind kind, Severity severity, const QDateTime &since,
                   const QString &text) {
        Condition c;
        c.key = key;
        c.kind = kind;
        c.severity = severity;
        c.since = since;
        c.text = text;
        out.insert(key, c);
    };
    if (a.uploadFailingSince.isValid() && a.uploadFailingSince.secsTo(in.now) >= qint64(t.uploadFailingDays) * 86400)
        add(QStringLiteral("agent/upload"), ConditionKind::UploadFailing, Severity::Critical, a.uploadFailingSince,
            QStringLiteral("Uploads to the remote-services server have failed since %1")
                .arg(a.uploadFailingSince.toString(Qt::ISODate)));
    if (a.commandPollFailingSince.isValid() &&
        a.commandPollFailingSince.secsTo(in.now) >= qint64(t.commandPollFailingHours) * 3600)
        add(QStringLiteral("agent/commandPoll"), ConditionKind::CommandPollFailing, Severity::Warning,
            a.commandPollFailingSince,
            QStringLiteral("Polling the server for commands has failed since %1")
                .arg(a.commandPollFailingSince.toString(Qt::ISODate)));
    for (const CertificateInput &cert : a.certificates) {
        if (!cert.expiresAt.isValid() || in.now.secsTo(cert.expiresAt) >= qint64(t.certificateDays) * 86400)
            continue;
        const qint64 days = in.now.secsTo(cert.expiresAt) / 86400;
        add(QStringLiteral("agent/certificate/") + cert.name, ConditionKind::CertificateExpiring,
            days < 7 ? Severity::Critical : Severity::Warning, in.now,
            cert.expiresAt <= in.now
                ? QStringLiteral("The %1 expired on %2").arg(cert.name, cert.expiresAt.toString(Qt::ISODate))
                : QStringLiteral("The %1 expires on %2 (in %3 days)")
                      .arg(cert.name, cert.expiresAt.toString(Qt::ISODate))
                      .arg(days));
    }
    if (a.diskFreeBytes >= 0 && a.diskTotalBytes > 0) {
        const double freePercent = 100.0 * double(a.diskFreeBytes) / double(a.diskTotalBytes);
        if (freePercent < t.diskFreePercent)
            add(QStringLiteral("agent/storage"), ConditionKind::StorageNearlyFull, Severity::Critical, in.now,
                QStringLiteral("The disk holding the database is nearly full (%1 MB free, %2 %)")
                    .arg(a.diskFreeBytes / (1024 * 1024))
                    .arg(freePercent, 0, 'f', 1));
    }
}

} // namespace

QList<Condition> evaluateConditions(const EvaluationInput &input)
{
    QMap<QString, Condition> out;
    for (const DeviceInput &d : input.devices) {
        deviceAlerts(d, out);
        supplies(d, input.thresholds, out);
        reachability(d, input, out);
        deviceEvents(d, input, out);
    }
    agentHealth(input, out);
    return out.values();
}

} // namespace fleet::alerting
