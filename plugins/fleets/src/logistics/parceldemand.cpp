// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/logistics/parceldemand.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ct::fleets {

namespace {

double squaredDistance(geo::Point a, geo::Point b)
{
    return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y);
}

int nearest(const std::vector<geo::Point> &depots, geo::Point p)
{
    int best = -1;
    for (int i = 0; i < int(depots.size()); ++i)
        if (best < 0 || squaredDistance(depots[std::size_t(i)], p) < squaredDistance(depots[std::size_t(best)], p))
            best = i;
    return best;
}

} // namespace

std::array<double, 24> ParcelDemand::defaultProfile()
{
    return {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.2, 0.6, 1.2, 1.8, 2.0, 2.0,
            2.2, 2.0, 1.8, 1.8, 2.0, 2.4, 2.8, 2.6, 1.6, 0.6, 0.0, 0.0};
}

ParcelDemand::ParcelDemand(std::vector<Home> homes, std::vector<geo::Point> robotDepots, std::vector<geo::Point> droneDepots,
                           Options options)
    : m_homes(std::move(homes)), m_robotDepots(std::move(robotDepots)), m_droneDepots(std::move(droneDepots)), m_options(options)
{
    m_robotPool = poolFor(m_robotDepots, m_options.robotRadiusM);
    m_dronePool = poolFor(m_droneDepots, m_options.droneRadiusM);
}

ParcelDemand::Pool ParcelDemand::poolFor(const std::vector<geo::Point> &depots, double radius) const
{
    Pool pool;
    auto build = [&](bool everyHome) {
        double sum = 0.0;
        for (int i = 0; i < int(m_homes.size()); ++i) {
            const Home &h = m_homes[std::size_t(i)];
            if (h.residents <= 0.0)
                continue;
            const int d = nearest(depots, h.position);
            if (!everyHome && (d < 0 || squaredDistance(depots[std::size_t(d)], h.position) > radius * radius))
                continue;
            pool.homes.push_back(i);
            pool.cumulative.push_back(sum += h.residents);
        }
    };
    build(false);
    if (pool.homes.empty())
        build(true);
    return pool;
}

int ParcelDemand::servedHomes(ParcelOrder::Kind kind) const
{
    return int((kind == ParcelOrder::Kind::Robot ? m_robotPool : m_dronePool).homes.size());
}

double ParcelDemand::hourlyRate(int hour) const
{
    const double total = std::accumulate(m_options.profile.begin(), m_options.profile.end(), 0.0);
    if (total <= 0.0)
        return 0.0;
    return m_options.ordersPerDay * std::max(0.0, m_options.profile[std::size_t(((hour % 24) + 24) % 24)]) / total;
}

int ParcelDemand::draw(sim::RandomStream &random, const Pool &pool) const
{
    const double u = random.uniform() * pool.cumulative.back();
    const auto it = std::upper_bound(pool.cumulative.begin(), pool.cumulative.end(), u);
    return pool.homes[std::size_t(std::min<std::ptrdiff_t>(it - pool.cumulative.begin(), std::ptrdiff_t(pool.homes.size()) - 1))];
}

std::vector<ParcelOrder> ParcelDemand::generate(sim::RandomStream &random, double durationSeconds) const
{
    std::vector<ParcelOrder> orders;
    if (m_robotPool.homes.empty() && m_dronePool.homes.empty())
        return orders;
    double t = 0.0;
    int id = 0;
    while (t < durationSeconds) {
        // Piecewise-constant rate: the next arrival within the current hour of day; past the
        // hour's end, start again from the boundary (the process is memoryless).
        const double clock = m_options.startOfDay + t;
        const double hourStart = std::floor(clock / 3600.0) * 3600.0;
        const double hourEnd = hourStart + 3600.0;
        const double rate = hourlyRate(int(std::fmod(hourStart / 3600.0, 24.0))) / 3600.0;
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
        ParcelOrder order;
        order.id = ++id;
        order.requestedAt = t;
        order.kind = random.uniform() < m_options.droneShare ? ParcelOrder::Kind::Drone : ParcelOrder::Kind::Robot;
        const bool drone = order.kind == ParcelOrder::Kind::Drone;
        const Pool &pool = drone ? m_dronePool : m_robotPool;
        const Pool &any = pool.homes.empty() ? (drone ? m_robotPool : m_dronePool) : pool;
        order.destination = m_homes[std::size_t(draw(random, any))].position;
        order.depot = nearest(drone ? m_droneDepots : m_robotDepots, order.destination);
        orders.push_back(order);
    }
    return orders;
}

} // namespace ct::fleets
