#pragma once
// Ending the servers a test started (snmpsimd, snmpd, the receiver, the SMTP sink, ...) the same way.

class QProcess;

namespace fleet::test {

// Stops a child the test started, by its PID: SIGTERM, then SIGKILL when it has not exited within
// graceMs; waits killWaitMs for it after a kill (both scaled). Nothing when it does not run.
void stopProcess(QProcess &process, int graceMs = 5000, int killWaitMs = 2000);

} // namespace fleet::test
