// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/hydrogen/dispatchoptions.h"
#include "ct/hydrogen/fuelcellbus.h"
#include "ct/hydrogen/hydrogenstation.h"
#include "ct/hydrogen/shelterneed.h"
#include "ct/hydrogen/travelmatrix.h"

#include <QString>

#include <vector>

namespace ct::hydrogen {

/// \brief Everything the power dispatch optimiser needs, as plain values: no twin, no road graph.
///
/// Sites of `travel` are numbered shelters first (0..S-1), then stations (S..S+M-1), then the
/// buses' current positions (S+M..S+M+B-1); see shelterSite(), stationSite(), busSite().
/// Only available buses (FuelCellBus::isAvailable()) take part; the others stay in the list so
/// that bus indices match the caller's.
struct DispatchProblem
{
    std::vector<FuelCellBus> buses;
    std::vector<ShelterNeed> shelters;
    std::vector<HydrogenStation> stations;
    TravelMatrix travel;
    DispatchOptions options;

    int shelterSite(int shelter) const { return shelter; }
    int stationSite(int station) const { return int(shelters.size()) + station; }
    int busSite(int bus) const { return int(shelters.size() + stations.size()) + bus; }
    int siteCount() const { return int(shelters.size() + stations.size() + buses.size()); }

    /// Checks sizes and values; returns a message naming the offending item, or an empty string.
    QString validate() const;
};

} // namespace ct::hydrogen
