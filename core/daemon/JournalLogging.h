#pragma once
// Log lines for a service. Under systemd ($JOURNAL_STREAM set: stderr is connected to the journal)
// each line starts with the "<N>" priority prefix of sd-daemon(3), so `journalctl -p warning`
// works and the time is the journal's own. Elsewhere a line carries an ISO time and the level.
// Which categories log at which level is Qt's filter rules: --log-rules, then $QT_LOGGING_RULES.

#include <QString>
#include <QtGlobal>

namespace fleet::daemon {

enum class LogStyle : quint8 { Journal, Terminal };

// Journal when $JOURNAL_STREAM is set, else Terminal.
LogStyle detectLogStyle();
// The line written for one message (without the newline); separate for the tests.
QString formatLogLine(LogStyle style, QtMsgType type, const char *category, const QString &message);
// Installs the handler; rules (Qt filter rules, ";" or newline separated) apply before $QT_LOGGING_RULES.
void installLogging(LogStyle style, const QString &rules);

} // namespace fleet::daemon
