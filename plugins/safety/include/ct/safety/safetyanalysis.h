// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/safety/alert.h"
#include "ct/safety/analysisparameters.h"
#include "ct/safety/densitygrid.h"
#include "ct/safety/hotspot.h"
#include "ct/safety/patrolplans.h"
#include "ct/safety/streetlightadvisor.h"
#include "ct/safety/timeprofile.h"

#include <memory>
#include <vector>

namespace ct::safety {

/// \brief One run of the panel's analysis on alerts already read (and generalised) for the
/// operator: density surface, hotspots, weekday × hour profile, near-repeats, streetlight
/// suggestions and the hotspots no plan of the day covers.
///
/// It touches no store and no Qt object, so the panel runs it on a worker thread while the
/// user moves a slider; everything it needs from the twin is in Input.
class SafetyAnalysis
{
public:
    struct Input
    {
        std::vector<Alert> alerts;
        geo::Envelope extent;   //!< the city's envelope (the alerts are added to it)
        AnalysisParameters parameters;
        std::shared_ptr<const std::vector<StreetlightAdvisor::Road>> roads;
        std::shared_ptr<const std::vector<geo::Point>> lights;
        std::vector<PatrolPlans::Plan> plans;   //!< today's patrol plans
        bool plansRead = false;                 //!< false: coverage unknown, no hotspot listed as unpatrolled
    };
    struct Result
    {
        std::vector<Alert> alerts;
        geo::Envelope extent;
        DensityGrid grid;
        double threshold = 0.0;
        std::vector<Hotspot> hotspots;
        TimeProfile profile;
        std::vector<qint64> nearRepeats;
        std::vector<StreetlightAdvisor::Suggestion> streetlights;
        std::vector<Hotspot> unpatrolled;
        AnalysisParameters parameters;   //!< what it was computed with
    };

    static Result run(Input input);
};

} // namespace ct::safety
