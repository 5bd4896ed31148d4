// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::fleets {

/// \brief GTFS times: "H:MM:SS" or "HH:MM:SS" after the service day's noon minus 12 h. Hours may
/// pass 24 (a trip after midnight is "25:30:00"); minutes and seconds stay below 60.
class GtfsTime
{
public:
    /// Seconds after the service day's start, or -1 when `text` is not a GTFS time.
    static int parse(const QString &text);
    static QString format(int seconds);
};

} // namespace ct::fleets
