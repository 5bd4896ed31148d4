// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/hydrogen/dispatchplan.h"
#include "ct/hydrogen/dispatchproblem.h"

#include <functional>
#include <memory>
#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::hydrogen {

/// \brief A power dispatch problem read from a twin: buses, stations and shelters without power
/// (DispatchInputReader), and the travel matrix over the twin's roads with the live closures of
/// `road_closure` applied (routing::LiveClosures). Keeps the road graph for drawing the routes.
/// A bus that is refuelling now is planned as leaving the station full after the refuelling time.
class TwinDispatchProblem
{
public:
    /// What was read, for the panel and the command line.
    struct Summary
    {
        int buses = 0;
        int availableBuses = 0;
        int stations = 0;
        int sheltersWithoutPower = 0;
        int needyShelters = 0;      //!< of them, with people and a load inside their need window
        int closedRoads = 0;        //!< live closures applied
        bool hasLiveClosures = false; //!< whether the twin has the road_closure table
    };

    ~TwinDispatchProblem();

    /// Reads the twin (which must stay open while this runs, not afterwards). `progress` gets
    /// 0..1 over the travel matrix and may cancel. Errors: no roads, no buses layer, the
    /// shelter_power_need view missing (NotFound), bad rows (InvalidInput naming them).
    static core::Result<std::unique_ptr<TwinDispatchProblem>> load(const store::TwinStore &twin, const DispatchOptions &options,
                                                                   const std::function<bool(double)> &progress = {});

    const DispatchProblem &problem() const { return m_problem; }
    DispatchProblem &problem() { return m_problem; }
    const Summary &summary() const { return m_summary; }
    /// Position (EPSG:6677) of a site of the problem.
    geo::Point sitePosition(int site) const;
    /// The road polyline a bus drives for one stop of a plan: from where it was (its start or
    /// the previous stop) to the stop's place.
    std::vector<geo::Point> legPath(const BusPlan &bus, std::size_t stop) const;
    /// Site of a stop of a plan (shelter or station).
    int stopSite(const PlanStop &stop) const;

private:
    TwinDispatchProblem();
    struct Roads;
    std::unique_ptr<Roads> m_roads;
    DispatchProblem m_problem;
    Summary m_summary;
};

} // namespace ct::hydrogen
