#pragma once
// Where the agent's log lines go. Under systemd's journal ($JOURNAL_STREAM) they go to standard
// error with priorities (JournalLogging). Elsewhere they go to a rotating file in the profile,
// <profile>/logs/<fileName> (5 MB, five files), and also to standard error when asked (a terminal,
// a test reading the daemon's output).
//
// Levels per category: the ini's [log] rules= (Qt filter rules, ";"-separated, e.g.
// "fleet.snmp.debug=true;fleet.sync.info=false"), then the rules given here (--log-rules), then
// $QT_LOGGING_RULES; a later rule wins. Nothing logs a secret: passwords, keys and community
// strings are never put into log messages by the code that logs (the file is 0600 regardless).

#include "daemon/JournalLogging.h"
#include "util/ProfileRoot.h"

namespace fleet::daemon {

// The rules of the profile's ini ([log] rules=), normalised to one rule per line.
QString profileLogRules(const ProfileRoot &profile);

// Installs the handler; returns the log file's path (empty under the journal).
QString installProfileLogging(const ProfileRoot &profile, const QString &fileName, const QString &rules,
                              bool alsoStandardError);

} // namespace fleet::daemon
