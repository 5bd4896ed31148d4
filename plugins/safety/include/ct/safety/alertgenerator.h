// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/safety/category.h"
#include "ct/safety/cityboundary.h"
#include "ct/sim/randomstream.h"

#include <QDateTime>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::safety {

/// \brief A seeded spatio-temporal generator of safety alerts for exercises and simulations.
///
/// Alerts cluster around schools and station areas and follow the daily rhythm of such incidents:
/// most in the afternoon and early evening (after school, the commute home), few at night.
/// - Count: Poisson per day with mean `alertsPerDay`; on Saturdays and Sundays the school part
///   is halved (no school day).
/// - Where: with `schoolShare` near a school, `stationShare` near a station, the rest anywhere in
///   the city; near an anchor the offset is normal with `spreadMetres` per axis; every place is
///   inside the city boundary (drawn again when not; the anchor itself after 20 tries).
/// - When: the hour from `schoolHours`, `stationHours` or `otherHours` (relative weights, JST),
///   the minute uniform.
/// - What: a category from a mix per kind of place (approaches and suspicious persons near
///   schools, groping and covert filming near stations).
/// All draws come from the RandomStream given, so a seed gives the same alerts everywhere.
class AlertGenerator
{
public:
    enum class Origin { School, Station, Elsewhere };
    struct Anchor
    {
        Origin kind = Origin::School;
        geo::Point position;              //!< EPSG:6677
        std::optional<qint64> schoolFid;
        QString name;
    };
    struct Options
    {
        double alertsPerDay = 3.0;
        double schoolShare = 0.45;
        double stationShare = 0.30;
        double spreadMetres = 350.0;
        std::array<double, 24> schoolHours = defaultSchoolHours();
        std::array<double, 24> stationHours = defaultStationHours();
        std::array<double, 24> otherHours = defaultOtherHours();
    };
    struct Generated
    {
        QDateTime at;                     //!< UTC
        geo::Point location;
        Category category = Category::Other;
        Origin origin = Origin::Elsewhere;
        std::optional<qint64> schoolFid;  //!< the school it happened near
    };

    AlertGenerator(CityBoundary boundary, std::vector<Anchor> anchors, Options options);
    /// The anchors of a twin: its schools (with their fids) and the given station positions
    /// (WGS84 lon/lat) that lie inside the city boundary.
    static core::Result<std::vector<Anchor>> anchorsFromTwin(const store::TwinStore &twin, const std::vector<geo::Point> &stationsLonLat);
    /// Tsukuba Express stations in the city: つくば, 研究学園, 万博記念公園, みどりの (WGS84 lon/lat).
    static std::vector<geo::Point> tsukubaStations();

    /// The alerts of `days` days from `start`, in time order.
    std::vector<Generated> generate(sim::RandomStream &random, const QDateTime &start, double days) const;

    static std::array<double, 24> defaultSchoolHours();
    static std::array<double, 24> defaultStationHours();
    static std::array<double, 24> defaultOtherHours();
    static QString originKey(Origin origin);   //!< "school", "station", "elsewhere"

private:
    geo::Point placeNear(sim::RandomStream &random, const Anchor &anchor) const;
    geo::Point placeAnywhere(sim::RandomStream &random) const;

    CityBoundary m_boundary;
    std::vector<Anchor> m_schools;
    std::vector<Anchor> m_stations;
    Options m_options;
};

} // namespace ct::safety
