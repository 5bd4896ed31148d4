// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/hydrogen/dispatchplan.h"
#include "ct/hydrogen/dispatchproblem.h"
#include "ct/hydrogen/stopsequence.h"

#include <span>
#include <vector>

namespace ct::hydrogen {

/// \brief Turns stop sequences into timed schedules and scores them: the one definition of the
/// power dispatch objective, shared by the optimiser, the greedy baseline, the exhaustive test
/// search, the plan editor and the simulation.
///
/// **Schedule of one bus** (times in seconds from now, energy in exportable kWh). The bus starts
/// at its position at readyInSeconds with its energy. For each stop in order it drives there
/// (time and km from the travel matrix; driving costs km × drivingKwhPerKm) and then:
/// - a refuelling stop goes to the station nearest in driving time to where the bus is, takes
///   refuelMinutes and fills the tank;
/// - a shelter stop supplies power at p = min(exportKw, loadKw) from arrival until the first of:
///   the end of the shelter's need window, or the moment the bus keeps only the *reserve* it
///   needs for its next leg — the energy to drive to the next stop and, if that is a shelter,
///   from there on to its nearest station; after the last stop, to the station nearest to it.
///   So a bus can always reach a station: it is never stranded with an empty tank.
/// A sequence is infeasible when a bus arrives anywhere with less than the reserve that place
/// demands, or a leg is unreachable (closed roads); infeasible plans are never proposed.
///
/// **Objective** (covered person-hours, to be maximised):
///
///     Σ_shelters  w_s · ∫_0^{E_s} c_s(t) dt   [h]
///
/// with w_s = occupancy_s + μ · medical_s (ShelterNeed::weight(), μ = medicalFactor, default 2),
/// E_s = min(expected outage hours of s, horizon) — the need window starts now, the outage being
/// under way; an unknown outage (≤ 0) lasts the horizon — and c_s(t) the share of the shelter's
/// load carried at time t: max over the buses supplying s at t of min(1, exportKw / loadKw_s),
/// 0 when none does. Two buses at one shelter at once therefore add nothing (no double count).
/// Shelters with no load (≤ 0 kW) or no one inside weigh nothing.
class PlanEvaluator
{
public:
    /// One bus feeding one shelter over [start, end) seconds, carrying `fraction` of its load.
    struct Interval
    {
        int shelter = -1;
        double start = 0.0;
        double end = 0.0;
        double fraction = 0.0;
        int stop = -1;          //!< index of the stop in the bus's sequence
    };

    /// Where a bus is when it arrives at a stop: enough to decode the rest of a sequence again
    /// without the stops before it.
    struct Checkpoint
    {
        int site = -1;
        double seconds = 0.0;
        double energyKwh = 0.0;
    };

    explicit PlanEvaluator(const DispatchProblem &problem);

    const DispatchProblem &problem() const { return *m_problem; }
    int busCount() const { return int(m_problem->buses.size()); }
    int shelterCount() const { return int(m_problem->shelters.size()); }
    double horizonSeconds() const { return m_horizon; }
    double shelterWeight(int shelter) const { return m_weight[std::size_t(shelter)]; }
    //! End of the shelter's need window (s), at most the horizon.
    double needEndSeconds(int shelter) const { return m_needEnd[std::size_t(shelter)]; }
    //! Whether a shelter can gain anything at all (weight, load, need window).
    bool isNeedy(int shelter) const { return m_needy[std::size_t(shelter)] != 0; }
    //! Power (kW) bus `bus` feeds into `shelter`.
    double supplyKw(int bus, int shelter) const { return m_power[index(bus, shelter)]; }
    //! Station site nearest in driving time from `site`, or -1.
    int nearestStationSite(int site) const { return m_nearestStation[std::size_t(site)]; }

    /// Decodes one bus's sequence into its supply intervals (appended to `intervals`, which is
    /// cleared first). Returns false for an infeasible sequence (intervals are then meaningless).
    /// Unavailable buses are feasible only with an empty sequence.
    /// `checkpoints`, when given, receives the arrival state at each stop.
    bool decode(int bus, std::span<const int> sequence, std::vector<Interval> &intervals,
                std::vector<Checkpoint> *checkpoints = nullptr) const;
    /// decode() from stop `from` on, the bus arriving there as `arrival` says: appends the
    /// intervals and checkpoints of stops from..end (the caller keeps those of the stops before,
    /// which do not depend on later stops). The same result as a full decode, for less work.
    bool decodeFrom(int bus, std::span<const int> sequence, int from, const Checkpoint &arrival,
                    std::vector<Interval> &intervals, std::vector<Checkpoint> *checkpoints) const;

    /// w_s · ∫ c_s(t) dt (person-hours) for one shelter given every interval feeding it (any order).
    double shelterCoverage(int shelter, std::span<const Interval> intervals) const;

    /// When and with how much energy the bus finishes its last stop (its ready time and energy for
    /// an empty sequence); false when the sequence is infeasible.
    bool finish(int bus, std::span<const int> sequence, double *seconds, double *energyKwh) const;

    /// The objective of a whole plan; negative infinity when a sequence is infeasible or the
    /// number of sequences differs from the number of buses.
    double objective(const std::vector<StopSequence> &sequences) const;

    /// The full timed plan with per-stop shares of the objective; infeasible buses carry the
    /// reason and their stops up to the failing one.
    DispatchPlan plan(const std::vector<StopSequence> &sequences) const;

    /// Decoded schedules so far (the optimisers' work counter).
    long long decodeCount() const { return m_decodes; }

private:
    struct Outputs
    {
        std::vector<Interval> *intervals = nullptr;
        std::vector<PlanStop> *stops = nullptr;
        std::vector<Checkpoint> *checkpoints = nullptr;
        int resumeStop = -1;
        const Checkpoint *resume = nullptr;
        QString *problem = nullptr;
        double *finalEnergy = nullptr;
        double *finalSeconds = nullptr;
    };
    bool schedule(int bus, std::span<const int> sequence, const Outputs &out) const;
    std::size_t index(int bus, int shelter) const { return std::size_t(bus) * m_shelters + std::size_t(shelter); }

    const DispatchProblem *m_problem;
    std::size_t m_shelters = 0;
    int m_sites = 0;
    double m_horizon = 0.0;
    const double *m_seconds = nullptr;
    const double *m_km = nullptr;
    std::vector<double> m_weight, m_needEnd;
    std::vector<char> m_needy;
    std::vector<double> m_power, m_fraction;          // per bus × shelter
    std::vector<int> m_nearestStation;                 // per site
    std::vector<double> m_kmToStation;                 // per site, to its nearest station
    mutable long long m_decodes = 0;
};

} // namespace ct::hydrogen
