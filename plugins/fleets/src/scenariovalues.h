// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <QJsonObject>
#include <QJsonValue>

#include <vector>

namespace ct::fleets::scenariovalues {

/// Values of the fleets models' scenario sections (`models.ondemand`, `models.logistics`): the
/// checks and conversions both factories share. Errors are the callers' (they name the JSON path).

//! A list of at least `minimum` points `[[x, y], …]` (numbers, EPSG:6677 metres).
bool isPointList(const QJsonValue &value, int minimum);
//! The points of a value isPointList() accepted.
std::vector<geo::Point> points(const QJsonValue &value);
//! A duration given as text ("00:15", "00:00:30") in seconds; `fallback` when absent or unreadable.
double seconds(const QJsonObject &section, const char *key, double fallback);

} // namespace ct::fleets::scenariovalues
