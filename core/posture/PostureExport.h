#pragma once
// The posture report as a self-contained HTML page (XHTML-compatible, no scripts, every device
// text escaped: names and locations are hostile input), as formula-safe CSV (one row per finding)
// and as JSON for the CLI.

#include "posture/PostureTypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace fleet::posture {

QByteArray reportHtml(const PostureReport &report);
QByteArray reportCsv(const PostureReport &report);
QJsonObject reportJson(const PostureReport &report);
// Writes bytes to path crash-safely (QSaveFile); returns why it failed, empty on success.
QString writeReportFile(const QString &path, const QByteArray &bytes);

} // namespace fleet::posture
