// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/demandgenerator.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ct::fleets {

namespace {

std::vector<double> cumulativeOf(const std::vector<DemandGenerator::Place> &places)
{
    std::vector<double> c;
    c.reserve(places.size());
    double sum = 0.0;
    for (const auto &p : places)
        c.push_back(sum += std::max(0.0, p.weight));
    return c;
}

double squaredDistance(const geo::Point &a, const geo::Point &b)
{
    return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y);
}

} // namespace

std::array<double, 24> DemandGenerator::defaultProfile()
{
    return {0.2, 0.1, 0.1, 0.1, 0.3, 0.8, 2.0, 4.0, 5.0, 5.5, 5.0, 4.0,
            3.5, 3.8, 4.0, 4.2, 4.5, 4.2, 3.0, 2.0, 1.4, 1.0, 0.6, 0.3};
}

DemandGenerator::DemandGenerator(std::vector<Place> homes, std::vector<Place> hospitals, std::vector<geo::Point> stations,
                                 Options options)
    : m_homes(std::move(homes)), m_hospitals(std::move(hospitals)), m_stations(std::move(stations)), m_options(options)
{
    m_homeCumulative = cumulativeOf(m_homes);
    m_hospitalCumulative = cumulativeOf(m_hospitals);
}

double DemandGenerator::hourlyRate(int hour) const
{
    const double total = std::accumulate(m_options.profile.begin(), m_options.profile.end(), 0.0);
    if (total <= 0.0)
        return 0.0;
    return m_options.requestsPerDay * std::max(0.0, m_options.profile[std::size_t(((hour % 24) + 24) % 24)]) / total;
}

int DemandGenerator::drawWeighted(sim::RandomStream &random, const std::vector<double> &cumulative) const
{
    if (cumulative.empty() || cumulative.back() <= 0.0)
        return -1;
    const double u = random.uniform() * cumulative.back();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), u);
    return int(std::min<std::ptrdiff_t>(it - cumulative.begin(), std::ptrdiff_t(cumulative.size()) - 1));
}

std::vector<TripRequest> DemandGenerator::generate(sim::RandomStream &random, double durationSeconds) const
{
    std::vector<TripRequest> requests;
    if (m_homeCumulative.empty() || m_homeCumulative.back() <= 0.0)
        return requests;
    double t = 0.0;
    int id = 0;
    while (t < durationSeconds) {
        // Piecewise-constant rate: draw the next arrival within the current hour of day; past
        // the hour's end, restart from the boundary (the process is memoryless).
        const double clock = m_options.startOfDay + t;
        const double hourStart = std::floor(clock / 3600.0) * 3600.0;
        const double hourEnd = hourStart + 3600.0;
        const int hour = int(std::fmod(hourStart / 3600.0, 24.0));
        const double rate = hourlyRate(hour) / 3600.0;
        if (rate <= 0.0) {
            t = hourEnd - m_options.startOfDay;
            continue;
        }
        const double next = clock + random.exponential(1.0 / rate);
        if (next >= hourEnd) {
            t = hourEnd - m_options.startOfDay;
            continue;
        }
        t = next - m_options.startOfDay;
        if (t >= durationSeconds)
            break;

        TripRequest r;
        r.id = ++id;
        r.requestedAt = t;
        const double kind = random.uniform();
        const bool morning = hour < 13;
        const bool outbound = random.uniform() < 0.8;   // to the hospital / station in the morning
        const int homeIndex = drawWeighted(random, m_homeCumulative);
        const geo::Point home = m_homes[std::size_t(homeIndex)].position;
        if (kind < m_options.hospitalShare && !m_hospitals.empty()) {
            r.purpose = TripRequest::Purpose::Hospital;
            const geo::Point hospital = m_hospitals[std::size_t(drawWeighted(random, m_hospitalCumulative))].position;
            const bool toHospital = morning == outbound;
            r.origin = toHospital ? home : hospital;
            r.destination = toHospital ? hospital : home;
        } else if (kind < m_options.hospitalShare + m_options.stationShare && !m_stations.empty()) {
            r.purpose = TripRequest::Purpose::Station;
            const auto nearest = std::min_element(m_stations.begin(), m_stations.end(), [&](const geo::Point &a, const geo::Point &b) {
                return squaredDistance(a, home) < squaredDistance(b, home);
            });
            const bool toStation = (hour < 15) == outbound;
            r.origin = toStation ? home : *nearest;
            r.destination = toStation ? *nearest : home;
            const double train = random.uniform(600.0, 2700.0);
            if (toStation && random.uniform() < m_options.arriveByShare)
                r.arriveBy = t + train;
        } else {
            r.purpose = TripRequest::Purpose::Local;
            r.origin = home;
            int other = homeIndex;
            for (int attempt = 0; attempt < 8 && other == homeIndex; ++attempt)
                other = drawWeighted(random, m_homeCumulative);
            r.destination = m_homes[std::size_t(other)].position;
        }
        const double group = random.uniform();
        r.passengers = group < 0.8 ? 1 : group < 0.95 ? 2 : 3;
        r.wheelchair = random.uniform() < m_options.wheelchairShare;
        requests.push_back(r);
    }
    return requests;
}

} // namespace ct::fleets
