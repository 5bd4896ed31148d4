// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/featurestate.h"
#include "ct/sim/simtime.h"

#include <QJsonObject>

#include <cstdint>
#include <vector>

namespace ct::sim {

/// \brief The state of a run at one instant, immutable once published.
///
/// The view (map layer, timeline, charts) only ever sees snapshots, shared as
/// `std::shared_ptr<const Snapshot>`: the engine's worker thread never waits for the view and the
/// view never touches engine state. The same structure is what a recorded run stores as its
/// samples, so a replay feeds the view exactly as the live run did.
struct Snapshot
{
    SimTime time = 0;              //!< simulated time since the start
    SimTime endTime = 0;           //!< the run's end (the scenario's duration or --until)
    std::int64_t eventsProcessed = 0;

    // Agents on the move: one (x, y) pair per moving agent in the twin CRS (metres, EPSG:6677),
    // on its road's polyline, and its mode (0 car, 1 pedestrian group, 2 evacuation bus) and size
    // (persons; passengers aboard for a bus).
    std::vector<double> positions;
    std::vector<std::uint8_t> modes;
    std::vector<std::uint16_t> sizes;

    // Links with anyone on them: car-graph edge index, or car edge count + walk-graph edge index;
    // and the load: passenger car units on car links (a bus counts its PCU), persons on walking links.
    std::vector<std::int32_t> occupiedLinks;
    std::vector<std::int32_t> linkLoad;

    // Shelters in the order of the run's shelter table: persons inside, and open (1) or closed (0).
    std::vector<std::int32_t> shelterOccupancy;
    std::vector<std::uint8_t> shelterOpen;

    // People by state (persons, not agents).
    std::int64_t population = 0;   //!< everyone the scenario asks to evacuate
    std::int64_t waiting = 0;      //!< not yet departed, or waiting for a bus at a stop
    std::int64_t moving = 0;       //!< walking, driving or on a bus
    std::int64_t sheltered = 0;
    std::int64_t unreachable = 0;  //!< no open suitable shelter reachable from home
    std::int64_t stranded = 0;     //!< cut off on the way (closures), or no room left in any suitable shelter

    QJsonObject extra;             //!< sections contributed by other models, by model name

    /// Per-feature state of twin layers (shelters: occupancy, status …), one per layer, for the
    /// map to restyle the layer's symbols at this instant. Recorded with the samples.
    std::vector<FeatureState> featureStates;

    //! The state of `layer`, or null.
    const FeatureState *featureState(const QString &layer) const
    {
        for (const FeatureState &s : featureStates) {
            if (s.layer == layer)
                return &s;
        }
        return nullptr;
    }

    double progress() const { return endTime > 0 ? double(time) / double(endTime) : 1.0; }

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

} // namespace ct::sim
