// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::routing {

/// \brief How a traveller moves: decides which edges exist and how long they take.
///
/// Car: every road class, one-way roads only in their direction, free-flow time at the road's
/// `speed_kmh`. Walk: every road class (trunk roads included — Tsukuba's trunk roads have
/// pavements, and excluding them would cut the walking graph at the by-passes), both directions
/// of every road whatever `oneway` says, 1.25 m/s.
enum class Mode { Car, Walk };

/// Walking speed used for Mode::Walk (metres per second).
inline constexpr double kWalkSpeedMps = 1.25;

/// "car" / "walk".
QString modeName(Mode mode);
/// Inverse of modeName(); returns false for unknown names.
bool modeFromName(const QString &name, Mode *mode);

} // namespace ct::routing
