// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/fleets/logistics/dronepath.h"
#include "ct/fleets/logistics/dronespec.h"
#include "ct/fleets/logistics/noflyzone.h"

#include <vector>

namespace ct::fleets {

/// \brief Drone flights on straight air corridors around no-fly zones (空の道).
///
/// Every zone is widened by a clearance (GEOS buffer through OGR, overlapping zones merged); the
/// shortest flight is then a path in the visibility graph of the widened outlines' corners plus
/// start and destination: two points see each other when the straight leg between them does not
/// enter the inside of any widened zone (it may run along an outline). Dijkstra on that graph
/// gives the shortest path that keeps the clearance from every zone. Only legs tangent to the
/// outlines at their corners are kept (a shortest path bends only where it wraps around a corner;
/// this reduced visibility graph is much smaller). The corner-to-corner visibility is computed once
/// (create()); each plan() adds its two end points.
///
/// A flight is refused, with the reason, when an end lies inside a zone or its clearance, when no
/// corridor leads around the zones, or when it is longer than the battery allows above the reserve.
class DronePlanner
{
public:
    /// `clearanceM` > 0: the distance kept from every zone. Zones without a ring of 3 distinct
    /// points, or with coordinates that are not finite, are refused naming the zone.
    /// `reducedGraph` false keeps every free corner-to-corner leg (the full visibility graph, for
    /// checking that the reduced one finds the same flights).
    static core::Result<DronePlanner> create(const std::vector<NoFlyZone> &zones, double clearanceM = 10.0,
                                             bool reducedGraph = true);

    /// The shortest flight from `from` to `to` (and back to `from` when `returnToStart`).
    core::Result<DronePath> plan(geo::Point from, geo::Point to, const DroneSpec &drone, bool returnToStart = false) const;

    /// The zone whose widened outline holds `p` strictly inside, or -1.
    int zoneAt(geo::Point p) const;
    double clearance() const { return m_clearance; }
    /// The merged, widened obstacles (outline first, then holes), for drawing and tests.
    const std::vector<std::vector<std::vector<geo::Point>>> &obstacles() const { return m_obstacles; }

private:
    struct Box
    {
        double minX, minY, maxX, maxY;
    };
    bool legIsFree(geo::Point a, geo::Point b) const;
    /// Whether a path may bend at corner `c` on its way to or from `p`: both outline neighbours of
    /// `c` lie on one side of the line c–p. Shortest paths bend only at such corners.
    bool tangent(std::size_t c, geo::Point p) const;
    bool insideObstacle(int obstacle, geo::Point p) const;
    std::vector<geo::Point> shortest(geo::Point from, geo::Point to, double *metres) const;

    double m_clearance = 10.0;
    bool m_reduced = true;
    std::vector<NoFlyZone> m_zones;                                  //!< names, for messages
    std::vector<std::vector<std::vector<geo::Point>>> m_zoneBuffers; //!< widened, per zone (not merged)
    std::vector<std::vector<std::vector<geo::Point>>> m_obstacles;   //!< widened and merged
    std::vector<Box> m_boxes;                                         //!< per obstacle
    std::vector<geo::Point> m_corners;                                //!< visibility graph nodes
    std::vector<std::pair<geo::Point, geo::Point>> m_neighbours;      //!< per corner: the corners before and after it
    std::vector<std::vector<char>> m_sees;                            //!< corner × corner
};

} // namespace ct::fleets
