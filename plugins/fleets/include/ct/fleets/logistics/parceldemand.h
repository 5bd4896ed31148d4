// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/logistics/parcelorder.h"
#include "ct/sim/randomstream.h"

#include <array>
#include <vector>

namespace ct::fleets {

/// \brief Parcel orders over a day: a Poisson process whose rate follows an hourly profile
/// (orders per day × the hour's share), like DemandGenerator's rides.
///
/// Each order is for a drone with probability `droneShare`, else for a robot. Its home is drawn
/// by residents among the homes within the kind's radius of one of the kind's depots (the
/// kind's service area; every home when none is that close), and it leaves from the depot of
/// that kind nearest to the home. Every draw comes from the caller's stream in a fixed order,
/// so a seed gives the same day.
class ParcelDemand
{
public:
    struct Home
    {
        geo::Point position;
        double residents = 1.0;
    };

    struct Options
    {
        double ordersPerDay = 300.0;
        double droneShare = 0.4;
        double robotRadiusM = 2000.0;
        double droneRadiusM = 6000.0;
        double startOfDay = 0.0;   //!< seconds after local midnight at run time 0
        std::array<double, 24> profile = defaultProfile();
    };

    ParcelDemand(std::vector<Home> homes, std::vector<geo::Point> robotDepots, std::vector<geo::Point> droneDepots, Options options);

    //! Orders made in [0, duration) of the run, ids from 1, in time order.
    std::vector<ParcelOrder> generate(sim::RandomStream &random, double durationSeconds) const;
    //! Orders per hour expected at hour of day `hour` (0–23).
    double hourlyRate(int hour) const;
    //! Homes a kind serves (within its radius of one of its depots).
    int servedHomes(ParcelOrder::Kind kind) const;

    /// Home deliveries by hour (relative weights): none at night, rising through the morning,
    /// flat over the day and an evening peak when people are home.
    static std::array<double, 24> defaultProfile();

private:
    struct Pool
    {
        std::vector<int> homes;          //!< indices into m_homes
        std::vector<double> cumulative;  //!< residents
    };
    Pool poolFor(const std::vector<geo::Point> &depots, double radius) const;
    int draw(sim::RandomStream &random, const Pool &pool) const;

    std::vector<Home> m_homes;
    std::vector<geo::Point> m_robotDepots;
    std::vector<geo::Point> m_droneDepots;
    Options m_options;
    Pool m_robotPool;
    Pool m_dronePool;
};

} // namespace ct::fleets
