// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/tripstop.h"
#include "ct/geo/point.h"

#include <limits>
#include <vector>

namespace ct::fleets {

/// \brief The line a timetabled trip drives (its GTFS shape in EPSG:6677, or the straight legs
/// between its stops), measured in metres along it, for schedule adherence.
class TripShape
{
public:
    /// A point of the line nearest to some position.
    struct Projection
    {
        double along = 0.0;   //!< metres from the line's start
        double offset = 0.0;  //!< metres from the position
    };

    TripShape() = default;
    explicit TripShape(std::vector<geo::Point> path);
    //! The straight legs between the stops, in order.
    static TripShape throughStops(const std::vector<TripStop> &stops);

    bool isValid() const { return m_path.size() >= 2; }
    const std::vector<geo::Point> &path() const { return m_path; }
    double length() const { return m_cumulative.empty() ? 0.0 : m_cumulative.back(); }

    /// The nearest point of the part of the line between `from` and `to` metres along it (the
    /// first one on a tie, so a loop's start is preferred to its end).
    Projection project(geo::Point position, double from = 0.0, double to = std::numeric_limits<double>::infinity()) const;

    /// Where each stop lies along the line (metres, never decreasing). From the stops'
    /// `shapeDistance` (stop_times.shape_dist_traveled) when every stop has one and they grow:
    /// those are in the feed's own unit, so they are mapped linearly onto the line by the first
    /// and last stop's projections. Otherwise each stop is projected onto the line in order, never
    /// before the previous stop. (The import keeps shapes.txt as a line without its per-point
    /// distances, hence the mapping by the end stops.)
    std::vector<double> locate(const std::vector<TripStop> &stops) const;

private:
    std::vector<geo::Point> m_path;
    std::vector<double> m_cumulative;
};

} // namespace ct::fleets
