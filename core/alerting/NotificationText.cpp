#include "alerting/NotificationText.h"

#include <cmath>

namespace fleet::alerting {

namespace {

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString deviceTitle(const std::optional<storage::DeviceRecord> &d)
{
    if (!d)
        return QStringLiteral("Fleetkeeper agent");
    if (!d->name.isEmpty())
        return d->name;
    return d->model.isEmpty() ? d->address : d->model + QStringLiteral(" (") + d->address + u')';
}

QString supplyLine(const storage::SupplyReading &s)
{
    const QString name = s.description.isEmpty() ? s.colour : s.description;
    QString level;
    if (s.percent && s.state != u"someRemaining" && s.state != u"unknown")
        level = QStringLiteral("%1 %").arg(std::round(*s.percent));
    else if (s.state == u"someRemaining")
        level = QStringLiteral("some remaining");
    else
        level = s.state.isEmpty() ? QStringLiteral("unknown") : s.state;
    return name + QStringLiteral(": ") + level;
}

QString eventWord(const QString &event)
{
    if (event == u"cleared")
        return QStringLiteral("Cleared");
    if (event == u"reminder")
        return QStringLiteral("Still open");
    if (event == u"test")
        return QStringLiteral("Test");
    return QStringLiteral("Alert");
}

} // namespace

NotificationText composeNotification(const NotificationSubject &s, const QDateTime &now)
{
    const Condition &c = s.tracked.condition;
    NotificationText out;
    out.subject = QStringLiteral("[Fleetkeeper] %1: %2 - %3").arg(eventWord(s.event), deviceTitle(s.device), c.text);
    out.subject.replace(u'\r', u' ').replace(u'\n', u' ');

    QList<std::pair<QString, QString>> rows;
    rows << std::pair{QStringLiteral("Condition"), c.text};
    rows << std::pair{QStringLiteral("Severity"), severityName(c.severity)};
    rows << std::pair{QStringLiteral("Since"), localTime(c.since)};
    if (s.event == u"cleared")
        rows << std::pair{QStringLiteral("Cleared"),
                          localTime(s.tracked.clearedAt.isValid() ? s.tracked.clearedAt : now)};
    if (s.device) {
        const storage::DeviceRecord &d = *s.device;
        rows << std::pair{QStringLiteral("Device"), deviceTitle(s.device)};
        rows << std::pair{QStringLiteral("Model"), QString(d.manufacturer + u' ' + d.model).trimmed()};
        rows << std::pair{QStringLiteral("Location"), d.location.isEmpty() ? QStringLiteral("-") : d.location};
        rows << std::pair{QStringLiteral("Address"), d.address};
        if (!d.serial.isEmpty())
            rows << std::pair{QStringLiteral("Serial number"), d.serial};
    }

    QString text = eventWord(s.event) + QStringLiteral(": ") + c.text + QStringLiteral("\n\n");
    QString html = QStringLiteral("<html><body><h2>%1: %2</h2>\n<table>\n")
                       .arg(eventWord(s.event).toHtmlEscaped(), c.text.toHtmlEscaped());
    for (const auto &[label, value] : rows) {
        text += label + QStringLiteral(": ") + value + u'\n';
        html += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>\n")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += QStringLiteral("</table>\n");
    if (!s.supplies.isEmpty()) {
        text += QStringLiteral("\nSupplies:\n");
        html += QStringLiteral("<h3>Supplies</h3>\n<ul>\n");
        for (const storage::SupplyReading &r : s.supplies) {
            text += QStringLiteral("  ") + supplyLine(r) + u'\n';
            html += QStringLiteral("<li>%1</li>\n").arg(supplyLine(r).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>\n");
    }
    text += QStringLiteral("\nSent by Fleetkeeper at %1.\n").arg(localTime(now));
    html += QStringLiteral("<p><small>Sent by Fleetkeeper at %1.</small></p>\n</body></html>\n").arg(localTime(now));
    out.text = text;
    out.html = html;
    return out;
}

NotificationText composeDigest(const QString &profileName, const QList<NotificationText> &items, const QDateTime &now)
{
    NotificationText out;
    out.subject =
        QStringLiteral("[Fleetkeeper] Daily digest (%1): %2 notification(s)").arg(profileName).arg(items.size());
    out.text = QStringLiteral("Daily digest of alert profile %1, %2.\n").arg(profileName, localTime(now));
    out.html =
        QStringLiteral("<html><body><h2>Daily digest of alert profile %1</h2>\n").arg(profileName.toHtmlEscaped());
    for (const NotificationText &item : items) {
        out.text += QStringLiteral("\n----\n%1\n%2").arg(item.subject, item.text);
        // Items' HTML is already escaped; only their outer document is dropped.
        QString body = item.html;
        body.remove(QStringLiteral("<html><body>")).remove(QStringLiteral("</body></html>\n"));
        out.html += QStringLiteral("<hr>\n") + body;
    }
    out.html += QStringLiteral("</body></html>\n");
    return out;
}

} // namespace fleet::alerting
