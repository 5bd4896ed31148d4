// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/safetyanalysis.h"

#include "ct/safety/hotspotfinder.h"
#include "ct/safety/kerneldensity.h"
#include "ct/safety/nearrepeat.h"

namespace ct::safety {

SafetyAnalysis::Result SafetyAnalysis::run(Input input)
{
    Result result;
    result.parameters = input.parameters.clamped();
    const AnalysisParameters &p = result.parameters;
    std::vector<geo::Point> points;
    std::vector<NearRepeat::Event> events;
    points.reserve(input.alerts.size());
    events.reserve(input.alerts.size());
    for (const Alert &a : input.alerts) {
        points.push_back(a.location);
        events.push_back({a.id, a.location, a.occurredFrom});
        result.profile.add(a.occurredFrom);
    }
    result.extent = input.extent;
    for (const geo::Point &pt : points)
        result.extent.expand(pt);
    result.grid = KernelDensity::compute(points, result.extent, p.cellMetres, p.bandwidthMetres);
    result.threshold = HotspotFinder::defaultThreshold(result.grid);
    result.hotspots = HotspotFinder::find(result.grid, result.threshold);
    result.nearRepeats = NearRepeat::flagged(NearRepeat::pairs(events, p.nearRepeatMetres, p.nearRepeatDays));
    if (input.roads && input.lights)
        result.streetlights = StreetlightAdvisor::suggest(*input.roads, *input.lights, result.grid, result.threshold, 20);
    if (input.plansRead)
        result.unpatrolled = PatrolPlans::uncovered(result.hotspots, input.plans);
    result.alerts = std::move(input.alerts);
    return result;
}

} // namespace ct::safety
