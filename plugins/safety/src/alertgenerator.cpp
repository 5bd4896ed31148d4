// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/alertgenerator.h"

#include "ct/geo/crstransform.h"
#include "ct/safety/geometryutil.h"
#include "ct/store/twinstore.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace ct::safety {

namespace {

/// Index drawn with probability proportional to its weight.
template<std::size_t N>
int weighted(sim::RandomStream &random, const std::array<double, N> &weights)
{
    double total = 0;
    for (double w : weights)
        total += std::max(w, 0.0);
    double u = random.uniform() * total;
    for (std::size_t i = 0; i < N; ++i) {
        u -= std::max(weights[i], 0.0);
        if (u < 0)
            return int(i);
    }
    return int(N - 1);
}

/// Poisson by inversion (means of a few per day).
int poisson(sim::RandomStream &random, double mean)
{
    if (mean <= 0)
        return 0;
    const double limit = std::exp(-mean);
    int k = 0;
    double p = random.uniform();
    while (p > limit && k < 10000) {
        p *= random.uniform();
        ++k;
    }
    return k;
}

// Category mixes, in the order of kAllCategories:
//                                  approach stalking suspicious groping exposure voyeurism assault other
constexpr std::array<double, 8> kSchoolMix{35, 15, 25, 2, 10, 3, 3, 7};
constexpr std::array<double, 8> kStationMix{10, 15, 20, 20, 8, 15, 7, 5};
constexpr std::array<double, 8> kElsewhereMix{20, 15, 30, 3, 10, 2, 5, 15};

} // namespace

std::array<double, 24> AlertGenerator::defaultSchoolHours()
{
    // Way to school 7–8 h, after school 14–18 h (the peak), little at night.
    return {0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.5, 2.0, 1.5, 0.6, 0.6, 0.6,
            0.8, 1.0, 2.5, 4.0, 5.0, 4.0, 2.0, 1.0, 0.5, 0.3, 0.2, 0.1};
}

std::array<double, 24> AlertGenerator::defaultStationHours()
{
    // Morning commute, the evening commute home (the peak), late trains.
    return {0.5, 0.2, 0.1, 0.05, 0.05, 0.2, 0.8, 2.5, 2.0, 0.8, 0.6, 0.6,
            0.8, 0.8, 1.0, 1.5, 2.5, 3.5, 4.0, 3.5, 2.5, 2.0, 1.5, 1.0};
}

std::array<double, 24> AlertGenerator::defaultOtherHours()
{
    return {0.4, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.0, 1.0, 1.0, 1.0, 1.0,
            1.0, 1.2, 1.5, 2.0, 2.5, 2.5, 2.0, 1.5, 1.0, 0.8, 0.6, 0.5};
}

QString AlertGenerator::originKey(Origin origin)
{
    switch (origin) {
    case Origin::School: return QStringLiteral("school");
    case Origin::Station: return QStringLiteral("station");
    case Origin::Elsewhere: break;
    }
    return QStringLiteral("elsewhere");
}

std::vector<geo::Point> AlertGenerator::tsukubaStations()
{
    return {{140.1112, 36.0826}, {140.0826, 36.0819}, {140.0568, 36.0628}, {140.0454, 36.0283}};
}

AlertGenerator::AlertGenerator(CityBoundary boundary, std::vector<Anchor> anchors, Options options)
    : m_boundary(std::move(boundary)), m_options(options)
{
    for (Anchor &a : anchors)
        (a.kind == Origin::Station ? m_stations : m_schools).push_back(std::move(a));
}

core::Result<std::vector<AlertGenerator::Anchor>> AlertGenerator::anchorsFromTwin(const store::TwinStore &twin,
                                                                                  const std::vector<geo::Point> &stationsLonLat)
{
    std::vector<Anchor> anchors;
    auto boundary = CityBoundary::fromTwin(twin);
    if (!boundary)
        return boundary.error();
    if (twin.hasLayer(QStringLiteral("schools"))) {
        auto table = twin.read(QStringLiteral("schools"), {QStringLiteral("name")});
        if (!table)
            return table.error();
        for (std::size_t i = 0; i < table->size(); ++i) {
            const geo::Point p = representativePoint(table->geometries[i]);
            if (boundary->contains(p))
                anchors.push_back({Origin::School, p, table->fids[i], table->columns[0][i].toString()});
        }
    }
    auto transform = geo::CrsTransform::create(4326, 6677);
    if (!transform)
        return transform.error();
    for (geo::Point p : stationsLonLat) {
        if (transform->forward(p) && boundary->contains(p))
            anchors.push_back({Origin::Station, p, std::nullopt, QString()});
    }
    return anchors;
}

geo::Point AlertGenerator::placeAnywhere(sim::RandomStream &random) const
{
    const geo::Envelope e = m_boundary.envelope();
    for (int attempt = 0; attempt < 200; ++attempt) {
        const geo::Point p{random.uniform(e.minX, e.maxX), random.uniform(e.minY, e.maxY)};
        if (m_boundary.contains(p))
            return p;
    }
    return representativePoint(m_boundary.polygons().front());
}

geo::Point AlertGenerator::placeNear(sim::RandomStream &random, const Anchor &anchor) const
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        const geo::Point p{anchor.position.x + random.normal(0.0, m_options.spreadMetres),
                           anchor.position.y + random.normal(0.0, m_options.spreadMetres)};
        if (m_boundary.contains(p))
            return p;
    }
    return anchor.position;
}

std::vector<AlertGenerator::Generated> AlertGenerator::generate(sim::RandomStream &random, const QDateTime &start, double days) const
{
    std::vector<Generated> result;
    if (m_boundary.polygons().empty() || days <= 0)
        return result;
    const QTimeZone jst(9 * 3600);
    const QDateTime end = start.addMSecs(qint64(days * 86400000.0));
    const QDate firstDay = start.toTimeZone(jst).date();
    const QDate lastDay = end.toTimeZone(jst).date();
    // Shares that have no anchor go to "elsewhere".
    const double schoolShare = m_schools.empty() ? 0.0 : m_options.schoolShare;
    const double stationShare = m_stations.empty() ? 0.0 : m_options.stationShare;
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        const bool weekend = day.dayOfWeek() >= 6;
        const double school = weekend ? schoolShare / 2 : schoolShare;
        const double mean = m_options.alertsPerDay * (1.0 - schoolShare + school);
        const int count = poisson(random, mean);
        for (int i = 0; i < count; ++i) {
            Generated g;
            const double u = random.uniform() * (1.0 - schoolShare + school);
            const Anchor *anchor = nullptr;
            if (u < school) {
                g.origin = Origin::School;
                anchor = &m_schools[std::size_t(random.below(m_schools.size()))];
                g.schoolFid = anchor->schoolFid;
            } else if (u < school + stationShare) {
                g.origin = Origin::Station;
                anchor = &m_stations[std::size_t(random.below(m_stations.size()))];
            }
            const auto &hours = g.origin == Origin::School    ? m_options.schoolHours
                              : g.origin == Origin::Station ? m_options.stationHours
                                                            : m_options.otherHours;
            const int hour = weighted(random, hours);
            const int minute = int(random.below(60));
            g.at = QDateTime(day, QTime(hour, minute), jst).toUTC();
            g.location = anchor ? placeNear(random, *anchor) : placeAnywhere(random);
            const auto &mix = g.origin == Origin::School ? kSchoolMix : g.origin == Origin::Station ? kStationMix : kElsewhereMix;
            g.category = kAllCategories[std::size_t(weighted(random, mix))];
            if (g.at >= start && g.at < end)
                result.push_back(std::move(g));
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const Generated &a, const Generated &b) { return a.at < b.at; });
    return result;
}

} // namespace ct::safety
