#include "posture/PostureExport.h"

#include "util/Csv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSaveFile>

namespace fleet::posture {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::posture", s);
}

// Escaped for text and double-quoted attributes. Characters XML 1.0 forbids (most C0 controls,
// lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so the page stays well-formed whatever a
// device reports.
QString esc(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || c.isSurrogate() || u == 0xFFFE || u == 0xFFFF) {
            out += QChar(0xFFFD);
            continue;
        }
        switch (u) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : tr("never");
}

QString findingRows(const QList<Finding> &findings)
{
    if (findings.isEmpty())
        return QStringLiteral("<p class=\"none\">%1</p>\n").arg(esc(tr("No findings.")));
    QString html = QStringLiteral("<table>\n<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr></thead>\n"
                                  "<tbody>\n")
                       .arg(esc(tr("Severity")), esc(tr("Finding")), esc(tr("Observed")), esc(tr("Remedy")));
    for (const Finding &f : findings)
        html += QStringLiteral("<tr class=\"%1\"><td>%2</td><td>%3 <span class=\"id\">(%4)</span></td>"
                               "<td>%5</td><td>%6</td></tr>\n")
                    .arg(severityName(f.severity), esc(severityTitle(f.severity)), esc(f.title), esc(f.id),
                         esc(f.detail), esc(f.remedy));
    return html + QStringLiteral("</tbody>\n</table>\n");
}

QJsonArray findingsJson(const QList<Finding> &findings)
{
    QJsonArray arr;
    for (const Finding &f : findings)
        arr.append(QJsonObject{{QStringLiteral("id"), f.id},
                               {QStringLiteral("severity"), severityName(f.severity)},
                               {QStringLiteral("title"), f.title},
                               {QStringLiteral("detail"), f.detail},
                               {QStringLiteral("remedy"), f.remedy}});
    return arr;
}
} // namespace

QByteArray reportHtml(const PostureReport &report)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                           "<meta charset=\"utf-8\" />\n"
                           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                           "style-src 'unsafe-inline'\" />\n");
    html += QStringLiteral("<title>%1</title>\n").arg(esc(tr("Fleetkeeper security posture")));
    html += QStringLiteral(
        "<style>\nbody{font-family:sans-serif;margin:2em;}table{border-collapse:collapse;margin-bottom:1em;}"
        "th,td{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top;}"
        ".critical td:first-child{background:#f4b4b4;}.high td:first-child{background:#f8d0b0;}"
        ".medium td:first-child{background:#fbe8a6;}.low td:first-child{background:#dfeedd;}"
        ".id{color:#666;font-size:smaller;}.score{font-weight:bold;}\n</style>\n</head>\n<body>\n");
    html += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                .arg(esc(tr("Security posture")), esc(tr("Generated %1").arg(when(report.generatedAt))));

    html += QStringLiteral("<h2>%1</h2>\n<p class=\"score\">%2</p>\n")
                .arg(esc(tr("Agent settings")), esc(tr("Score %1 / 100").arg(report.agentScore)));
    html += findingRows(report.agentFindings);

    html += QStringLiteral("<h2>%1</h2>\n<table>\n<thead><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                           "<th>%6</th><th>%7</th></tr></thead>\n<tbody>\n")
                .arg(esc(tr("Devices")), esc(tr("Score")), esc(tr("Device")), esc(tr("Model")), esc(tr("Address")),
                     esc(tr("Firmware")), esc(tr("Probed")));
    for (const DevicePosture &d : report.devices)
        html += QStringLiteral("<tr><td class=\"score\">%1</td><td><a href=\"#device-%2\">%3</a></td><td>%4</td>"
                               "<td>%5</td><td>%6</td><td>%7</td></tr>\n")
                    .arg(d.score)
                    .arg(d.deviceId)
                    .arg(esc(d.name.isEmpty() ? tr("Device %1").arg(d.deviceId) : d.name),
                         esc(QStringList{d.manufacturer, d.model}.join(u' ').trimmed()), esc(d.address),
                         esc(d.firmware.isEmpty() ? tr("unknown") : d.firmware), esc(when(d.probedAt)));
    html += QStringLiteral("</tbody>\n</table>\n");

    for (const DevicePosture &d : report.devices) {
        html += QStringLiteral("<h3 id=\"device-%1\">%2</h3>\n<p class=\"score\">%3</p>\n")
                    .arg(d.deviceId)
                    .arg(esc(d.name.isEmpty() ? tr("Device %1").arg(d.deviceId) : d.name),
                         esc(tr("Score %1 / 100").arg(d.score)));
        html += findingRows(d.findings);
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

QByteArray reportCsv(const PostureReport &report)
{
    QString out = csv::record({QStringLiteral("device_id"), QStringLiteral("name"), QStringLiteral("model"),
                               QStringLiteral("address"), QStringLiteral("firmware"), QStringLiteral("score"),
                               QStringLiteral("probed_at"), QStringLiteral("finding"), QStringLiteral("severity"),
                               QStringLiteral("title"), QStringLiteral("detail"), QStringLiteral("remedy")});
    auto rows = [&out](const QStringList &head, const QList<Finding> &findings) {
        if (findings.isEmpty())
            out += csv::record(head + QStringList{QString(), QString(), QString(), QString(), QString()});
        for (const Finding &f : findings)
            out += csv::record(head + QStringList{f.id, severityName(f.severity), f.title, f.detail, f.remedy});
    };
    rows({QStringLiteral("agent"), QString(), QString(), QString(), QString(), QString::number(report.agentScore),
          QString()},
         report.agentFindings);
    for (const DevicePosture &d : report.devices)
        rows({QString::number(d.deviceId), d.name, QStringList{d.manufacturer, d.model}.join(u' ').trimmed(), d.address,
              d.firmware, QString::number(d.score),
              d.probedAt.isValid() ? d.probedAt.toUTC().toString(Qt::ISODate) : QString()},
             d.findings);
    return out.toUtf8();
}

QJsonObject reportJson(const PostureReport &report)
{
    QJsonArray devices;
    for (const DevicePosture &d : report.devices)
        devices.append(QJsonObject{
            {QStringLiteral("deviceId"), double(d.deviceId)},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("manufacturer"), d.manufacturer},
            {QStringLiteral("model"), d.model},
            {QStringLiteral("address"), d.address},
            {QStringLiteral("firmware"), d.firmware},
            {QStringLiteral("newestFirmware"), d.newestFirmware},
            {QStringLiteral("probedAt"), d.probedAt.isValid() ? QJsonValue(d.probedAt.toUTC().toString(Qt::ISODate))
                                                              : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("score"), d.score},
            {QStringLiteral("findings"), findingsJson(d.findings)}});
    return QJsonObject{
        {QStringLiteral("generatedAt"), report.generatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("agent"), QJsonObject{{QStringLiteral("score"), report.agentScore},
                                              {QStringLiteral("findings"), findingsJson(report.agentFindings)}}},
        {QStringLiteral("devices"), devices}};
}

QString writeReportFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace fleet::posture
