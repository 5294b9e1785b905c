#include "ChildProcess.h"

#include "TestEnv.h"

#include <QProcess>

namespace fleet::test {

void stopProcess(QProcess &process, int graceMs, int killWaitMs)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(scaled(graceMs))) {
        process.kill();
        process.waitForFinished(scaled(killWaitMs));
    }
}

} // namespace fleet::test
