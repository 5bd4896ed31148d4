// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <cstdint>

namespace ct::sim {

/// \brief What an agent of a LinkQueueNetwork is: it decides how much of a link's outflow capacity
/// and storage one unit of the agent uses, in passenger car units (PCU) on the car network and in
/// persons on the walking network.
enum class VehicleClass : std::uint8_t {
    Car = 0,         //!< a private car: 1 PCU
    Bus = 1,         //!< an evacuation bus: passengerCarEquivalent(Bus) PCU
    Pedestrian = 2,  //!< a person on foot (walking network: capacities are in persons)
};

//! Number of VehicleClass values (array sizes).
inline constexpr int kVehicleClassCount = 3;

/// \brief Default passenger car equivalent of one unit of `vehicleClass`.
///
/// Bus: 2.0 PCU, the value for "buses and coaches" in the UK saturation-flow method for
/// signal-controlled junctions (R. M. Kimber, M. McDonald, N. B. Hounsell, "The prediction of
/// saturation flows for road junctions controlled by traffic signals", TRRL Research Report RR67,
/// 1986: light vehicles 1.0, medium goods 1.5, heavy goods 2.3, buses and coaches 2.0), which is
/// also what a 12 m bus takes of jam storage at our 7.5 m per car (12 m + gap ≈ 2 cars). Other
/// manuals give 1.5 (HCM 2000 heavy vehicles on level freeway segments) to 3.0 (IRC:106-1990
/// for Indian urban roads); a scenario may set its own (`buses.pcu`). Car and pedestrian: 1.
constexpr double passengerCarEquivalent(VehicleClass vehicleClass)
{
    return vehicleClass == VehicleClass::Bus ? 2.0 : 1.0;
}

} // namespace ct::sim
