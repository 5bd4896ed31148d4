// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/logistics/stopeta.h"
#include "ct/fleets/logistics/supermarketstop.h"

#include <functional>
#include <memory>
#include <vector>

namespace ct::routing {
class RoadGraph;
}

namespace ct::fleets {

/// \brief Stop-by-stop arrival times of a mobile supermarket on its round, brought up to date by
/// every live position (the residents' "14:50到着予定").
///
/// Each report moves the vehicle through its round: within `arrivalRadiusM` of the next stop it
/// is there (the arrival time is kept), leaving that radius it has departed; reaching a later
/// stop marks the ones it passed as departed. The next stop's ETA is the report's time plus the
/// travel time from the reported position; each later stop follows from the one before: it
/// leaves a stop at max(arrival, scheduled arrival) + dwell (it does not open before its time) and
/// then drives the leg. So a late vehicle makes every later stop late, and waiting time at the
/// stops absorbs it again.
class SupermarketEta
{
public:
    /// Seconds to drive from one point to another (EPSG:6677).
    using TravelSeconds = std::function<double(geo::Point, geo::Point)>;

    SupermarketEta(std::vector<SupermarketStop> stops, TravelSeconds travel, double arrivalRadiusM = 40.0);

    /// A position report at `now` (seconds after midnight); returns the updated times.
    const std::vector<StopEta> &update(geo::Point position, double now);
    /// Moves the vehicle through its round (arrived, left, passed) without working out the
    /// times: for replaying a track, whose last report then goes to update().
    void advance(geo::Point position, double now);
    const std::vector<StopEta> &etas() const { return m_etas; }
    /// Index of the first stop not yet left (etas().size() when the round is done).
    int nextStop() const { return m_next; }

    /// What residents read for a stop: "Arriving at 14:50" (ja "14:50到着予定"), with the delay
    /// when more than a minute late, "Here until 15:10" at the stop, "Departed" after it.
    static QString arrivalText(const StopEta &eta);
    /// "HH:mm" of seconds after midnight (rounded to the minute, past midnight wraps).
    static QString clockText(double secondsAfterMidnight);

    /// Travel times on a road graph: the fastest route between the nodes nearest to the two
    /// points (free-flow times of the graph's mode), plus the straight legs to and from those
    /// nodes at `offRoadSpeedMps`. Infinite when the nodes are not connected.
    static TravelSeconds roadTravel(std::shared_ptr<const routing::RoadGraph> graph, double offRoadSpeedMps = 5.0);

private:
    void recompute(geo::Point position, double now);

    std::vector<SupermarketStop> m_stops;
    TravelSeconds m_travel;
    double m_radius;
    std::vector<StopEta> m_etas;
    std::vector<double> m_legSeconds;  //!< stop i → i+1, worked out once (NaN until then)
    int m_next = 0;
};

} // namespace ct::fleets
