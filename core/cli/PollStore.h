#pragma once
// Shared by poll and discover: polls targets, prints progress/JSON and stores the results.

#include "collect/Poller.h"

#include <QCommandLineParser>

namespace fleet::cli {

int pollTargets(const QList<collect::PollTarget> &targets, const collect::PollOptions &options, bool json,
                const std::function<void(const DeviceSnapshot &)> &onDevice);
int pollWithStorage(const QCommandLineParser &parser);
// --concurrency and --deadline; false (with a message printed) on bad values.
bool pollOptionsFrom(const QCommandLineParser &parser, collect::PollOptions *options);

} // namespace fleet::cli
