// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace ct::sim {

/// \brief Simulated time in integer milliseconds since the start of the run.
///
/// Integers, not doubles: event order and every sum of durations are exact, so a run gives the
/// same events on every machine and compiler. Milliseconds leave room for 292 million years.
using SimTime = std::int64_t;

constexpr SimTime kMillisecond = 1;
constexpr SimTime kSecond = 1000;
constexpr SimTime kMinute = 60 * kSecond;
constexpr SimTime kHour = 60 * kMinute;

//! Seconds (may be fractional) to simulated milliseconds, rounded to the nearest.
SimTime fromSeconds(double seconds);
//! Simulated milliseconds to seconds.
inline double toSeconds(SimTime t) { return double(t) / double(kSecond); }

/// Parses "HH:MM" or "HH:MM:SS" (hours may exceed 24, e.g. "36:00"); nullopt on anything else.
std::optional<SimTime> parseDuration(const QString &text);
//! "HH:MM:SS" (hours not wrapped at 24).
QString formatDuration(SimTime t);

} // namespace ct::sim
