// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/geo/geometry.h"
#include "ct/safety/densitygrid.h"

#include <QtGlobal>

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::safety {

/// \brief Where a new streetlight would help most: road segments inside hotspots that are
/// farthest from any existing streetlight.
///
/// Roads are cut into pieces of at most 50 m; a piece is a candidate when the density at its
/// middle reaches the hotspot threshold. Candidates are ranked by the distance from their middle
/// to the nearest light (a grid index over the lights), farthest first.
class StreetlightAdvisor
{
public:
    struct Road
    {
        qint64 roadId = 0;
        std::vector<geo::Point> points;   //!< EPSG:6677 polyline
    };
    struct Suggestion
    {
        qint64 roadId = 0;
        geo::Point from;
        geo::Point to;
        geo::Point middle;
        double density = 0.0;             //!< alerts per km² at the middle
        double metresToLight = 0.0;       //!< infinite when the twin has no light at all
    };

    static constexpr double kPieceMetres = 50.0;

    static std::vector<Suggestion> suggest(const std::vector<Road> &roads, const std::vector<geo::Point> &lights,
                                           const DensityGrid &density, double threshold, int limit);
    /// The twin's `roads` (road_id) and `streetlights` layers.
    static core::Result<std::pair<std::vector<Road>, std::vector<geo::Point>>> readTwin(const store::TwinStore &twin);
};

} // namespace ct::safety
