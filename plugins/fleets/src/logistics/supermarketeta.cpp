// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/logistics/supermarketeta.h"

#include "ct/routing/dijkstra.h"
#include "ct/routing/roadgraph.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ct::fleets {

namespace {

double distance(geo::Point a, geo::Point b) { return std::hypot(b.x - a.x, b.y - a.y); }

} // namespace

SupermarketEta::SupermarketEta(std::vector<SupermarketStop> stops, TravelSeconds travel, double arrivalRadiusM)
    : m_stops(std::move(stops)), m_travel(std::move(travel)), m_radius(arrivalRadiusM)
{
    for (const SupermarketStop &s : m_stops) {
        StopEta eta;
        eta.sequence = s.sequence;
        eta.name = s.name;
        eta.scheduledArrival = s.scheduledArrival;
        eta.expectedArrival = s.scheduledArrival;
        eta.expectedDeparture = s.scheduledArrival + s.dwellSeconds;
        m_etas.push_back(eta);
    }
    m_legSeconds.assign(m_stops.empty() ? 0 : m_stops.size() - 1, std::numeric_limits<double>::quiet_NaN());
}

const std::vector<StopEta> &SupermarketEta::update(geo::Point position, double now)
{
    advance(position, now);
    recompute(position, now);
    return m_etas;
}

void SupermarketEta::advance(geo::Point position, double now)
{
    const int n = int(m_stops.size());
    // At a later stop than the next one: the stops in between were passed.
    for (int j = m_next + 1; j < n; ++j) {
        if (distance(position, m_stops[std::size_t(j)].position) <= m_radius) {
            for (int k = m_next; k < j; ++k) {
                if (m_etas[std::size_t(k)].state != StopEta::State::AtStop)
                    m_etas[std::size_t(k)].expectedDeparture = std::min(m_etas[std::size_t(k)].expectedDeparture, now);
                m_etas[std::size_t(k)].state = StopEta::State::Departed;
            }
            m_next = j;
            break;
        }
    }
    while (m_next < n) {
        StopEta &eta = m_etas[std::size_t(m_next)];
        const bool here = distance(position, m_stops[std::size_t(m_next)].position) <= m_radius;
        if (here) {
            if (eta.state != StopEta::State::AtStop) {
                eta.state = StopEta::State::AtStop;
                eta.expectedArrival = now;
                eta.delaySeconds = now - eta.scheduledArrival;
            }
            break;
        }
        if (eta.state != StopEta::State::AtStop)
            break;
        eta.state = StopEta::State::Departed;
        eta.expectedDeparture = now;
        ++m_next;
    }
}

void SupermarketEta::recompute(geo::Point position, double now)
{
    double clock = now;
    geo::Point at = position;
    for (std::size_t i = std::size_t(m_next); i < m_stops.size(); ++i) {
        const SupermarketStop &stop = m_stops[i];
        StopEta &eta = m_etas[i];
        if (eta.state != StopEta::State::AtStop) {
            // From the vehicle: a fresh travel time; between two stops: the leg, worked out once.
            double travel;
            if (i > std::size_t(m_next)) {
                if (std::isnan(m_legSeconds[i - 1]))
                    m_legSeconds[i - 1] = m_travel(m_stops[i - 1].position, stop.position);
                travel = m_legSeconds[i - 1];
            } else {
                travel = m_travel(at, stop.position);
            }
            eta.expectedArrival = clock + travel;
            eta.delaySeconds = eta.expectedArrival - stop.scheduledArrival;
        }
        eta.expectedDeparture = std::max(eta.expectedArrival, double(stop.scheduledArrival)) + stop.dwellSeconds;
        if (eta.state == StopEta::State::AtStop)
            eta.expectedDeparture = std::max(eta.expectedDeparture, now);
        clock = eta.expectedDeparture;
        at = stop.position;
    }
}

QString SupermarketEta::clockText(double secondsAfterMidnight)
{
    if (!std::isfinite(secondsAfterMidnight))
        return QStringLiteral("--:--");
    const qint64 minutes = qint64(std::llround(secondsAfterMidnight / 60.0));
    const qint64 ofDay = ((minutes % 1440) + 1440) % 1440;
    return QStringLiteral("%1:%2").arg(ofDay / 60, 2, 10, QLatin1Char('0')).arg(ofDay % 60, 2, 10, QLatin1Char('0'));
}

QString SupermarketEta::arrivalText(const StopEta &eta)
{
    switch (eta.state) {
    case StopEta::State::Departed:
        return QCoreApplication::translate("SupermarketEta", "Departed");
    case StopEta::State::AtStop:
        return QCoreApplication::translate("SupermarketEta", "Here until %1").arg(clockText(eta.expectedDeparture));
    case StopEta::State::Upcoming:
        break;
    }
    if (!std::isfinite(eta.expectedArrival))
        return QCoreApplication::translate("SupermarketEta", "Arrival time unknown");
    const int lateMinutes = int(std::floor(eta.delaySeconds / 60.0));
    if (lateMinutes >= 1)
        return QCoreApplication::translate("SupermarketEta", "Arriving at %1 (%2 min late)").arg(clockText(eta.expectedArrival)).arg(lateMinutes);
    return QCoreApplication::translate("SupermarketEta", "Arriving at %1").arg(clockText(eta.expectedArrival));
}

SupermarketEta::TravelSeconds SupermarketEta::roadTravel(std::shared_ptr<const routing::RoadGraph> graph, double offRoadSpeedMps)
{
    auto search = std::make_shared<routing::Dijkstra>(*graph);
    return [graph, search, offRoadSpeedMps](geo::Point from, geo::Point to) {
        const int a = graph->nearestNode(from), b = graph->nearestNode(to);
        if (a < 0 || b < 0)
            return std::numeric_limits<double>::infinity();
        const double driving = a == b ? 0.0 : search->seconds(a, b);
        return driving + (distance(from, graph->position(a)) + distance(graph->position(b), to)) / offRoadSpeedMps;
    };
}

} // namespace ct::fleets
