// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/hydrogen/planevaluator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ct::hydrogen {

namespace {
constexpr double kEnergyEpsilon = 1e-9;  // kWh: rounding slack in reserve comparisons
constexpr double kInfinity = std::numeric_limits<double>::infinity();

QString tr(const char *text) { return QCoreApplication::translate("PowerDispatch", text); }
} // namespace

PlanEvaluator::PlanEvaluator(const DispatchProblem &problem)
    : m_problem(&problem),
      m_shelters(problem.shelters.size()),
      m_sites(problem.siteCount()),
      m_horizon(problem.options.horizonHours * 3600.0),
      m_seconds(problem.travel.secondsData()),
      m_km(problem.travel.kilometresData())
{
    const std::size_t buses = problem.buses.size();
    m_weight.resize(m_shelters);
    m_needEnd.resize(m_shelters);
    m_needy.resize(m_shelters);
    m_power.resize(buses * m_shelters);
    m_fraction.resize(buses * m_shelters);
    for (std::size_t s = 0; s < m_shelters; ++s) {
        const ShelterNeed &need = problem.shelters[s];
        m_weight[s] = need.weight(problem.options.medicalFactor);
        const double outage = need.expectedOutageHours > 0.0 ? need.expectedOutageHours * 3600.0 : m_horizon;
        m_needEnd[s] = std::min(outage, m_horizon);
        m_needy[s] = m_weight[s] > 0.0 && need.loadKw > 0.0 && m_needEnd[s] > 0.0;
        for (std::size_t b = 0; b < buses; ++b) {
            const double exportKw = problem.buses[b].specification.exportKw;
            m_power[b * m_shelters + s] = need.loadKw > 0.0 ? std::min(exportKw, need.loadKw) : 0.0;
            m_fraction[b * m_shelters + s] = need.loadKw > 0.0 ? std::min(1.0, exportKw / need.loadKw) : 0.0;
        }
    }
    // Nearest station per site by driving time (ties: the station listed first).
    m_nearestStation.assign(std::size_t(m_sites), -1);
    m_kmToStation.assign(std::size_t(m_sites), problem.stations.empty() ? 0.0 : kInfinity);
    if (problem.travel.siteCount() != m_sites)
        return; // validate() reports it; every decode below is refused
    for (int site = 0; site < m_sites; ++site) {
        double best = kInfinity;
        for (int k = 0; k < int(problem.stations.size()); ++k) {
            const int st = problem.stationSite(k);
            const double seconds = m_seconds[std::size_t(site) * std::size_t(m_sites) + std::size_t(st)];
            if (seconds < best) {
                best = seconds;
                m_nearestStation[std::size_t(site)] = st;
                m_kmToStation[std::size_t(site)] = m_km[std::size_t(site) * std::size_t(m_sites) + std::size_t(st)];
            }
        }
    }
}

bool PlanEvaluator::decode(int bus, std::span<const int> sequence, std::vector<Interval> &intervals,
                           std::vector<Checkpoint> *checkpoints) const
{
    intervals.clear();
    if (checkpoints)
        checkpoints->clear();
    Outputs out;
    out.intervals = &intervals;
    out.checkpoints = checkpoints;
    return schedule(bus, sequence, out);
}

bool PlanEvaluator::decodeFrom(int bus, std::span<const int> sequence, int from, const Checkpoint &arrival,
                               std::vector<Interval> &intervals, std::vector<Checkpoint> *checkpoints) const
{
    Outputs out;
    out.intervals = &intervals;
    out.checkpoints = checkpoints;
    out.resumeStop = from;
    out.resume = &arrival;
    return schedule(bus, sequence, out);
}

bool PlanEvaluator::finish(int bus, std::span<const int> sequence, double *seconds, double *energyKwh) const
{
    Outputs out;
    out.finalEnergy = energyKwh;
    out.finalSeconds = seconds;
    return schedule(bus, sequence, out);
}

bool PlanEvaluator::schedule(int bus, std::span<const int> sequence, const Outputs &out) const
{
    std::vector<Interval> *const intervals = out.intervals;
    std::vector<PlanStop> *const stops = out.stops;
    QString *const problem = out.problem;
    double *const finalEnergy = out.finalEnergy;
    double *const finalSeconds = out.finalSeconds;
    ++m_decodes;
    const DispatchProblem &p = *m_problem;
    const FuelCellBus &b = p.buses[std::size_t(bus)];
    if (finalEnergy)
        *finalEnergy = b.energyKwh;
    if (finalSeconds)
        *finalSeconds = b.readyInSeconds;
    if (sequence.empty())
        return true;
    // Messages are only built when the caller wants them: the optimiser tries many infeasible
    // sequences and needs no text.
    auto fail = [&](auto &&message) {
        if (problem)
            *problem = message();
        return false;
    };
    if (!b.isAvailable())
        return fail([&] { return tr("bus %1 is out of service").arg(b.busId); });
    if (p.travel.siteCount() != m_sites)
        return fail([&] { return tr("the travel matrix does not match the problem"); });
    if (int(sequence.size()) > p.options.maxStopsPerBus)
        return fail([&] { return tr("bus %1 has more than %2 stops").arg(b.busId).arg(p.options.maxStopsPerBus); });

    const BusSpecification &spec = b.specification;
    const double perKm = spec.drivingKwhPerKm;
    const double refuelSeconds = spec.refuelMinutes * 60.0;
    const std::size_t n = std::size_t(m_sites);
    int at = p.busSite(bus);
    double t = b.readyInSeconds;
    double energy = b.energyKwh;
    const std::size_t count = sequence.size();
    std::size_t first = 0;
    if (out.resume && out.resumeStop >= 0 && std::size_t(out.resumeStop) < count) {
        first = std::size_t(out.resumeStop);
        at = out.resume->site;
        t = out.resume->seconds;
        energy = out.resume->energyKwh;
    }

    // Where a stop takes the bus when it stands at `from`.
    auto destination = [&](int from, int stop) { return stop >= 0 ? stop : m_nearestStation[std::size_t(from)]; };
    // Energy the bus must have when it leaves `from` for `stop`: the leg and, to a shelter, the
    // way on from there to its nearest station.
    auto reserveFor = [&](int from, int stop) {
        const int to = destination(from, stop);
        if (to < 0)
            return kInfinity;
        const double km = m_km[std::size_t(from) * n + std::size_t(to)] + (stop >= 0 ? m_kmToStation[std::size_t(to)] : 0.0);
        return km * perKm;
    };

    for (std::size_t i = first; i < count; ++i) {
        const int stop = sequence[i];
        if (stop >= int(m_shelters) || stop < kRefuelStop)
            return fail([&] { return tr("bus %1, stop %2: no shelter %3").arg(b.busId).arg(i + 1).arg(stop); });
        PlanStop record;
        int to = at;
        if (i == first && out.resume && first == std::size_t(out.resumeStop)) {
            // Resumed: the bus has just arrived here.
            record.arriveSeconds = t;
            record.departSeconds = t;
            record.energyOnArrivalKwh = energy;
        } else {
            to = destination(at, stop);
            if (to < 0)
                return fail([&] { return tr("bus %1, stop %2: no hydrogen station can be reached").arg(b.busId).arg(i + 1); });
            const double legSeconds = m_seconds[std::size_t(at) * n + std::size_t(to)];
            const double legKm = m_km[std::size_t(at) * n + std::size_t(to)];
            if (legSeconds == kInfinity)
                return fail([&] { return tr("bus %1, stop %2: the road there is closed or missing").arg(b.busId).arg(i + 1); });
            if (energy + kEnergyEpsilon < reserveFor(at, stop))
                return fail([&] { return tr("bus %1, stop %2: %3 kWh on board, %4 kWh needed to get there and on to a station")
                                .arg(b.busId).arg(i + 1).arg(energy, 0, 'f', 1).arg(reserveFor(at, stop), 0, 'f', 1); });
            record.departSeconds = t;
            record.driveKm = legKm;
            t += legSeconds;
            energy = std::max(0.0, energy - legKm * perKm);
            record.arriveSeconds = t;
            record.energyOnArrivalKwh = energy;
            if (out.checkpoints)
                out.checkpoints->push_back({to, t, energy});
        }
        if (stop == kRefuelStop) {
            record.kind = PlanStop::Kind::Refuel;
            record.station = to - p.stationSite(0);
            record.serviceStartSeconds = t;
            t += refuelSeconds;
            energy = spec.tankKwh;
            record.serviceEndSeconds = t;
        } else {
            const int s = stop;
            // Supply until the need ends or only the reserve for the next leg is left.
            const double reserve = i + 1 < count ? reserveFor(s, sequence[i + 1]) : m_kmToStation[std::size_t(s)] * perKm;
            if (reserve == kInfinity && i + 1 == count)
                return fail([&] { return tr("bus %1, stop %2: no station can be reached from this shelter").arg(b.busId).arg(i + 1); });
            const double power = m_power[index(bus, s)];
            const double end = m_needEnd[std::size_t(s)];
            double duration = 0.0;
            if (power > 0.0 && t < end && energy > reserve)
                duration = std::min(end - t, (energy - reserve) / power * 3600.0);
            record.kind = PlanStop::Kind::Supply;
            record.shelter = s;
            record.supplyKw = power;
            record.serviceStartSeconds = t;
            if (duration > 0.0) {
                if (intervals)
                    intervals->push_back({s, t, t + duration, m_fraction[index(bus, s)], int(i)});
                energy -= power * duration / 3600.0;
                t += duration;
            }
            record.serviceEndSeconds = t;
        }
        record.energyOnDepartureKwh = energy;
        if (stops)
            stops->push_back(record);
        at = to;
    }
    if (finalEnergy)
        *finalEnergy = energy;
    if (finalSeconds)
        *finalSeconds = t;
    return true;
}

double PlanEvaluator::shelterCoverage(int shelter, std::span<const Interval> intervals) const
{
    const double end = m_needEnd[std::size_t(shelter)];
    const double weight = m_weight[std::size_t(shelter)];
    if (intervals.empty() || weight <= 0.0)
        return 0.0;
    if (intervals.size() == 1) {
        const Interval &iv = intervals.front();
        const double length = std::min(iv.end, end) - std::max(iv.start, 0.0);
        return length > 0.0 ? weight * iv.fraction * length / 3600.0 : 0.0;
    }
    // Sweep over the interval end points; on each piece the best fraction of the active intervals.
    thread_local std::vector<double> cuts;
    cuts.clear();
    cuts.reserve(intervals.size() * 2);
    for (const Interval &iv : intervals) {
        cuts.push_back(std::clamp(iv.start, 0.0, end));
        cuts.push_back(std::clamp(iv.end, 0.0, end));
    }
    std::sort(cuts.begin(), cuts.end());
    double covered = 0.0;
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
        const double a = cuts[k], z = cuts[k + 1];
        if (z <= a)
            continue;
        double best = 0.0;
        for (const Interval &iv : intervals)
            if (iv.start <= a && iv.end >= z)
                best = std::max(best, iv.fraction);
        covered += best * (z - a);
    }
    return weight * covered / 3600.0;
}

double PlanEvaluator::objective(const std::vector<StopSequence> &sequences) const
{
    if (sequences.size() != m_problem->buses.size())
        return -kInfinity;
    std::vector<std::vector<Interval>> perShelter(m_shelters);
    std::vector<Interval> intervals;
    for (std::size_t b = 0; b < sequences.size(); ++b) {
        if (!decode(int(b), sequences[b], intervals))
            return -kInfinity;
        for (const Interval &iv : intervals)
            perShelter[std::size_t(iv.shelter)].push_back(iv);
    }
    double total = 0.0;
    for (std::size_t s = 0; s < m_shelters; ++s)
        total += shelterCoverage(int(s), perShelter[s]);
    return total;
}

DispatchPlan PlanEvaluator::plan(const std::vector<StopSequence> &sequences) const
{
    DispatchPlan result;
    const std::size_t buses = m_problem->buses.size();
    result.buses.resize(buses);
    struct Share
    {
        Interval interval;
        std::size_t bus;
        std::size_t stop;
    };
    std::vector<std::vector<Share>> perShelter(m_shelters);
    for (std::size_t b = 0; b < buses; ++b) {
        BusPlan &bp = result.buses[b];
        bp.bus = int(b);
        bp.sequence = b < sequences.size() ? sequences[b] : StopSequence{};
        std::vector<Interval> intervals;
        Outputs out;
        out.intervals = &intervals;
        out.stops = &bp.stops;
        out.problem = &bp.problem;
        out.finalEnergy = &bp.finalEnergyKwh;
        bp.feasible = schedule(int(b), bp.sequence, out);
        if (!bp.feasible) {
            result.feasible = false;
            continue;
        }
        for (std::size_t k = 0; k < bp.stops.size(); ++k) {
            const PlanStop &stop = bp.stops[k];
            if (stop.kind == PlanStop::Kind::Supply && stop.serviceEndSeconds > stop.serviceStartSeconds)
                perShelter[std::size_t(stop.shelter)].push_back(
                    {{stop.shelter, stop.serviceStartSeconds, stop.serviceEndSeconds, m_fraction[index(int(b), stop.shelter)], int(k)}, b, k});
        }
    }
    if (sequences.size() != buses)
        result.feasible = false;
    // Shares: each stop gets what it adds to the stops that started before it at the same shelter.
    double total = 0.0;
    std::vector<Interval> prefix;
    for (std::size_t s = 0; s < m_shelters; ++s) {
        auto &shares = perShelter[s];
        std::sort(shares.begin(), shares.end(), [](const Share &x, const Share &y) {
            if (x.interval.start != y.interval.start)
                return x.interval.start < y.interval.start;
            return x.bus != y.bus ? x.bus < y.bus : x.stop < y.stop;
        });
        prefix.clear();
        double before = 0.0;
        for (const Share &share : shares) {
            prefix.push_back(share.interval);
            const double after = shelterCoverage(int(s), prefix);
            result.buses[share.bus].stops[share.stop].coveredPersonHours = after - before;
            before = after;
        }
        total += before;
    }
    result.coveredPersonHours = result.feasible ? total : -kInfinity;
    return result;
}

} // namespace ct::hydrogen
