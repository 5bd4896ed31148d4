// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

namespace ct::fleets {

/// \brief What a drone can fly: cruise speed and the distance a full battery lasts, the charge it
/// has now and the share of a full battery that must be left on landing.
struct DroneSpec
{
    double cruiseSpeedMps = 12.0;
    double fullRangeM = 16000.0;  //!< metres flown on a full battery at cruise speed
    double charge = 1.0;          //!< 0–1 of a full battery
    double reserve = 0.2;         //!< 0–1 of a full battery kept on landing

    /// Metres that may be flown now without touching the reserve (0 when at or below it).
    double usableRangeM() const { return charge > reserve ? fullRangeM * (charge - reserve) : 0.0; }
};

} // namespace ct::fleets
