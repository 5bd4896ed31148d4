// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/triprequest.h"
#include "ct/geo/point.h"
#include "ct/sim/randomstream.h"

#include <array>
#include <vector>

namespace ct::fleets {

/// \brief Ride requests for an on-demand service from where people live and the time of day.
///
/// Requests arrive as a Poisson process whose rate follows an hourly profile (requests per day ×
/// the hour's share of the profile); the clock of the run starts at `startOfDay` seconds after
/// local midnight. Each request is a local trip between two homes (both drawn by residents), a
/// hospital trip (to a hospital drawn by beds in the morning, home in the afternoon, 80 % each
/// way) or a station trip (to the nearest of the stations mostly in the morning, back in the
/// evening; a share of trips to a station must arrive by a train 10–45 min after the request).
/// Every draw comes from the caller's stream in a fixed order, so a seed gives the same day.
class DemandGenerator
{
public:
    struct Place
    {
        geo::Point position;
        double weight = 1.0;   //!< residents of a home, beds of a hospital
    };

    struct Options
    {
        double requestsPerDay = 2000.0;
        double hospitalShare = 0.1;
        double stationShare = 0.2;
        double arriveByShare = 0.5;    //!< of trips to a station: arrive by a train
        double wheelchairShare = 0.02;
        double startOfDay = 0.0;       //!< seconds after local midnight at run time 0
        std::array<double, 24> profile = defaultProfile();
    };

    DemandGenerator(std::vector<Place> homes, std::vector<Place> hospitals, std::vector<geo::Point> stations, Options options);

    //! Requests made in [0, duration) of the run, ids from 1, in time order.
    std::vector<TripRequest> generate(sim::RandomStream &random, double durationSeconds) const;

    //! Requests per hour expected at hour of day `hour` (0–23).
    double hourlyRate(int hour) const;
    const Options &options() const { return m_options; }

    /// Weekday demand of a rural on-demand service (Japanese デマンド交通 surveys): little at
    /// night, morning peak for hospitals and shops, a smaller afternoon peak. Relative weights.
    static std::array<double, 24> defaultProfile();

private:
    int drawWeighted(sim::RandomStream &random, const std::vector<double> &cumulative) const;

    std::vector<Place> m_homes;
    std::vector<Place> m_hospitals;
    std::vector<geo::Point> m_stations;
    Options m_options;
    std::vector<double> m_homeCumulative;
    std::vector<double> m_hospitalCumulative;
};

} // namespace ct::fleets
