#pragma once
// What the device-action tests share: a request by an administrator (who may run every action), running an ActionRunner
// to its end with a deadline, a readable account of its result for failure messages, and firmware files.

#include "TestCredentials.h"
#include "actions/ActionRunner.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace fleet::test {

// kind on device, asked locally by "tester", an administrator.
actions::ActionRequest adminRequest(actions::ActionKind kind, const actions::DeviceTarget &device);

// Starts runner and waits (scaled timeoutMs) for its result; nullopt when none came in time.
// whileRunning is called once right after the start (e.g. to restart the agent); onProgress on
// every progress step.
std::optional<actions::ActionResult> runToEnd(actions::ActionRunner &runner, int timeoutMs = 20000,
                                              const std::function<void()> &whileRunning = {},
                                              const std::function<void(int, const QString &)> &onProgress = {});

// Outcome, message and details, or "no result in time".
QString describe(const std::optional<actions::ActionResult> &result);

// size bytes of a repeating pattern (i * step % 251), so a dropped or reordered block shows.
QByteArray patternBytes(qsizetype size, int step);
// Writes content to path, replacing it; false when the file cannot be written.
bool writeFile(const QString &path, const QByteArray &content);

} // namespace fleet::test
