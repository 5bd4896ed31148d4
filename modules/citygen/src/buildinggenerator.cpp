// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "buildinggenerator.h"

#include "facilitygenerator.h"
#include "ct/geo/geometry.h"
#include "planar.h"
#include "random.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ct::citygen {

namespace {

enum class LotType : std::uint8_t { Rural, Suburban, Urban, Industrial };

struct Lot
{
    geo::Point centre;
    float dirX;
    float dirY;
    float width;   //!< metres along the street
    float depth;   //!< metres away from it
    float density;
    LotType type;
};

/// Setback from a grid line: half the carriageway plus a pavement and a front yard, in metres.
double setback(int rank)
{
    return rank >= roadrank::kPrimary ? 15.0 : rank >= roadrank::kTertiary ? 11.0 : 7.5;
}

} // namespace

void BuildingGenerator::run(CityPlan &plan, CityModel &model)
{
    Random random(plan.options.seed, salt::kBuildings);
    const double s = plan.spacing;
    std::vector<Lot> lots;
    lots.reserve(std::size_t(kBuildingsAtScaleOne * plan.options.scale * 3.0));

    // --- every lot that could hold a building -----------------------------------------------
    for (int j = 0; j + 1 < plan.ny; ++j)
        for (int i = 0; i + 1 < plan.nx; ++i) {
            if (plan.blockState[plan.blockIndex(i, j)] != CityPlan::BlockFree)
                continue;
            const geo::Point c = plan.blockPoint(i, j, 0.5, 0.5);
            const double reach = s * 0.9;
            const bool anyInside = plan.boundary.contains(c) || plan.boundary.contains(plan.blockPoint(i, j, 0.1, 0.1))
                || plan.boundary.contains(plan.blockPoint(i, j, 0.9, 0.9)) || plan.boundary.contains(plan.blockPoint(i, j, 0.1, 0.9))
                || plan.boundary.contains(plan.blockPoint(i, j, 0.9, 0.1));
            if (!anyInside)
                continue;
            const bool nearEdge = plan.boundary.distanceToEdge(c, reach) < reach;
            const double wetReach = reach + plan.maxRiverHalfWidth + 15.0;
            const bool nearRiver = plan.rivers.distance(c, wetReach) < wetReach;
            const bool nearSite = !plan.siteObstacles.isEmpty() && plan.siteObstacles.distance(c, reach + plan.siteObstacleRadius) < reach + plan.siteObstacleRadius;
            const auto &obstacles = plan.blockObstacles[plan.blockIndex(i, j)];

            const geo::Point dir = plan.blockDirection(i, j);
            const double dirLen = std::hypot(dir.x, dir.y);
            const double blockW = dirLen;
            const geo::Point up{plan.gridPoint[plan.gridIndex(i, j + 1)].x - plan.gridPoint[plan.gridIndex(i, j)].x,
                                plan.gridPoint[plan.gridIndex(i, j + 1)].y - plan.gridPoint[plan.gridIndex(i, j)].y};
            const double blockH = std::hypot(up.x, up.y);
            const double density = plan.density(c);
            const double industry = plan.industrial(c);
            LotType type = industry > 0.5 ? LotType::Industrial
                : density >= 0.6          ? LotType::Urban
                : density >= 0.25         ? LotType::Suburban
                                          : LotType::Rural;
            const double lotWidth = type == LotType::Industrial ? 40.0 : type == LotType::Urban ? 28.0
                : type == LotType::Suburban                         ? 15.0
                                                                    : 19.0;
            // Inner area between the setbacks of the four surrounding lines.
            const double u0 = setback(plan.lineClassX[i]) / blockW, u1 = 1.0 - setback(plan.lineClassX[i + 1]) / blockW;
            const double v0 = setback(plan.lineClassY[j]) / blockH, v1 = 1.0 - setback(plan.lineClassY[j + 1]) / blockH;
            if (u1 <= u0 || v1 <= v0)
                continue;
            const int columns = std::max(1, int((u1 - u0) * blockW / lotWidth));
            const int rows = type == LotType::Industrial ? 1 : 2;
            const double rowDepth = (v1 - v0) * blockH / rows;
            const double colWidth = (u1 - u0) * blockW / columns;
            for (int r = 0; r < rows; ++r)
                for (int k = 0; k < columns; ++k) {
                    const double u = u0 + (u1 - u0) * (k + 0.5) / columns;
                    const double v = v0 + (v1 - v0) * (r + 0.5) / rows;
                    const geo::Point lc = plan.blockPoint(i, j, u, v);
                    const double halfDiagonal = 0.5 * std::hypot(colWidth, rowDepth);
                    if (nearEdge && (!plan.boundary.contains(lc) || plan.boundary.distanceToEdge(lc, halfDiagonal + 3.0) < halfDiagonal + 3.0))
                        continue;
                    if (nearRiver) {
                        int tag = -1;
                        const double limit = halfDiagonal + plan.maxRiverHalfWidth + 15.0;
                        const double d = plan.rivers.distance(lc, limit, &tag);
                        if (tag >= 0 && d < halfDiagonal + plan.riverHalfWidth[tag] + 15.0)
                            continue;
                    }
                    if (nearSite && plan.siteObstacles.distance(lc, halfDiagonal + plan.siteObstacleRadius) < halfDiagonal + plan.siteObstacleRadius)
                        continue;
                    bool blocked = false;
                    for (const auto &[a, b] : obstacles)
                        blocked = blocked || distanceToSegment(lc, a, b) < halfDiagonal + 4.0;
                    if (blocked)
                        continue;
                    lots.push_back({lc, float(dir.x / dirLen), float(dir.y / dirLen), float(colWidth), float(rowDepth),
                                    float(density), type});
                }
        }

    // --- choose lots: occupancy min(1, k·weight), k by bisection to hit the target ---------
    const int named = int(model.buildings.size());
    const double wanted = std::max(0.0, kBuildingsAtScaleOne * plan.options.scale - named);
    auto weight = [](const Lot &lot) {
        return lot.type == LotType::Industrial ? 0.6 : 0.05 + std::pow(double(lot.density), 1.3);
    };
    double lo = 0.0, hi = 1.0;
    auto expected = [&](double k) {
        double sum = 0.0;
        for (const auto &lot : lots)
            sum += std::min(1.0, k * weight(lot));
        return sum;
    };
    while (expected(hi) < wanted && hi < 1e6)
        hi *= 2.0;
    for (int it = 0; it < 40; ++it) {
        const double mid = (lo + hi) / 2.0;
        (expected(mid) < wanted ? lo : hi) = mid;
    }
    const double k = hi;

    const QString residential = QStringLiteral("residential"), commercial = QStringLiteral("commercial"),
                  factory = QStringLiteral("factory");
    model.buildings.reserve(model.buildings.size() + std::size_t(wanted * 1.05));
    for (const auto &lot : lots) {
        if (!random.chance(std::min(1.0, k * weight(lot))))
            continue;
        BuildingFeature b;
        double w = 0.0, d = 0.0;
        const double roll = random.uniform();
        switch (lot.type) {
        case LotType::Industrial:
            b.use = roll < 0.85 ? factory : commercial;
            b.floors = random.uniformInt(1, 2);
            b.heightM = b.use == factory ? random.uniform(8.0, 14.0) : b.floors * 3.5 + 1.0;
            w = lot.width * random.uniform(0.6, 0.85);
            d = lot.depth * random.uniform(0.5, 0.75);
            break;
        case LotType::Urban: {
            const double commercialShare = 0.3 + 0.3 * (lot.density - 0.6) / 0.4;
            b.use = roll < commercialShare ? commercial : residential;
            b.floors = b.use == commercial ? random.uniformInt(2, 3 + int(7 * lot.density)) : random.uniformInt(3, 4 + int(8 * lot.density));
            b.heightM = b.floors * 3.1 + random.uniform(0.5, 2.0);
            w = lot.width * random.uniform(0.6, 0.85);
            d = std::min(30.0, lot.depth * random.uniform(0.45, 0.7));
            break;
        }
        case LotType::Suburban:
        case LotType::Rural:
            b.use = roll < 0.88 ? residential : roll < 0.97 ? commercial : factory;
            b.floors = b.use == residential ? (random.chance(0.7) ? 2 : 1) : random.uniformInt(1, 3);
            b.heightM = b.floors * 3.0 + random.uniform(1.0, 2.5);  // pitched roofs
            w = std::min(14.0, lot.width * random.uniform(0.55, 0.8));
            d = std::min(14.0, lot.depth * random.uniform(0.35, 0.6));
            break;
        }
        b.footprint = orientedRectangle(lot.centre, {lot.dirX, lot.dirY}, w, d);
        model.buildings.push_back(std::move(b));
    }

    // --- population: exactly round(256,000 × scale) over residential floor area ------------
    const qint64 population = std::llround(FacilityGenerator::kPopulationAtScaleOne * plan.options.scale);
    std::vector<int> homes;
    for (int b = 0; b < int(model.buildings.size()); ++b)
        if (model.buildings[b].use == residential)
            homes.push_back(b);
    if (homes.empty())
        return;  // nowhere to live: reported as population 0
    std::vector<double> floorArea(homes.size());
    double totalArea = 0.0;
    for (std::size_t h = 0; h < homes.size(); ++h) {
        const auto &bld = model.buildings[homes[h]];
        floorArea[h] = std::abs(geo::signedArea(bld.footprint)) * bld.floors;
        totalArea += floorArea[h];
    }
    // One resident per home first (when there are enough people), the rest by floor area with
    // the largest-remainder method so that the total is exact.
    const qint64 base = population >= qint64(homes.size()) ? 1 : 0;
    const qint64 rest = population - base * qint64(homes.size());
    std::vector<std::pair<double, int>> remainders(homes.size());
    qint64 assigned = 0;
    for (std::size_t h = 0; h < homes.size(); ++h) {
        const double share = double(rest) * floorArea[h] / totalArea;
        const qint64 whole = qint64(std::floor(share));
        model.buildings[homes[h]].residents = int(base + whole);
        assigned += base + whole;
        remainders[h] = {share - double(whole), int(h)};
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    for (std::size_t r = 0; assigned < population && r < remainders.size(); ++r, ++assigned)
        ++model.buildings[homes[remainders[r].second]].residents;
}

} // namespace ct::citygen
