#pragma once
// What a set-schedule request asks the daemon to apply: the poll interval and the scheduled
// discovery, as the attached desktop app's settings dialog changed them. Each part is optional
// (the app sends what changed); at least one is there.
//
// On the wire, under the request's "schedule" key:
//   {"pollIntervalMinutes":15,
//    "discovery":{"mode":"daily","intervalHours":24,"dailyTime":"02:00",
//                 "targets":["10.0.0.0/24"],"credentialProfiles":["office"]}}
// A peer's JSON is checked strictly: an unknown field, a value of the wrong type, a number that is
// not whole or out of range, a list or text longer than its bound is refused with a sentence
// saying which. Whether the targets parse and the actor may change settings is the daemon's
// (FleetService's) decision, after parsing.

#include "util/AppSettings.h"
#include "util/Expected.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace fleet::control {

// Bounds of what a peer may send (the request line's own bound comes first).
constexpr int kMaxScheduleTargets = 256;
constexpr int kMaxScheduleTargetChars = 255;
constexpr int kMaxScheduleProfiles = 64;
constexpr int kMaxScheduleProfileChars = 128;

struct ScheduleChange
{
    std::optional<int> pollIntervalMinutes;
    std::optional<DiscoverySettings> discovery;

    bool isEmpty() const { return !pollIntervalMinutes && !discovery; }
    bool operator==(const ScheduleChange &other) const = default;
};

QJsonObject scheduleToJson(const ScheduleChange &change);
// The error is a sentence for the error response.
Expected<ScheduleChange> scheduleFromJson(const QJsonValue &value);

} // namespace fleet::control
