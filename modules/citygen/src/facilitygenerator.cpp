// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "facilitygenerator.h"

#include "planar.h"
#include "random.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace ct::citygen {

namespace {

int scaledCount(double perScaleOne, double scale, int minimum)
{
    return std::max(minimum, int(std::lround(perScaleOne * scale)));
}

/// Picks free blocks spread over the city: of a few candidates drawn by weight, the one farthest
/// from what was picked before (Mitchell's best candidate).
class BlockPicker
{
public:
    BlockPicker(CityPlan &plan, Random &random) : m_plan(plan), m_random(random)
    {
        const int bx = plan.nx - 1, by = plan.ny - 1;
        for (int j = 0; j < by; ++j)
            for (int i = 0; i < bx; ++i) {
                bool corners = true;
                for (int dj = 0; dj <= 1; ++dj)
                    for (int di = 0; di <= 1; ++di)
                        corners = corners && plan.gridNode[plan.gridIndex(i + di, j + dj)] >= 0;
                if (!corners || !plan.blockObstacles[plan.blockIndex(i, j)].empty())
                    continue;
                const geo::Point c = plan.blockPoint(i, j, 0.5, 0.5);
                const double wet = plan.spacing + plan.maxRiverHalfWidth;
                if (plan.rivers.distance(c, wet) < wet || plan.boundary.distanceToEdge(c, plan.spacing) < plan.spacing * 0.7)
                    continue;
                if (!plan.siteObstacles.isEmpty() && plan.siteObstacles.distance(c, plan.spacing) < plan.spacing)
                    continue;
                m_blocks.push_back({i, j, c, plan.density(c)});
            }
    }

    struct Block
    {
        int i;
        int j;
        geo::Point centre;
        double density;
    };

    /// `weight(density)` ≥ 0; returns nothing when no free block is left.
    std::optional<Block> pick(const std::function<double(double)> &weight, std::vector<geo::Point> &taken,
                              int candidates = 16)
    {
        std::vector<double> cumulative;
        cumulative.reserve(m_blocks.size());
        double total = 0.0;
        for (const auto &b : m_blocks) {
            const bool free = m_plan.blockState[m_plan.blockIndex(b.i, b.j)] == CityPlan::BlockFree;
            total += free ? std::max(0.0, weight(b.density)) : 0.0;
            cumulative.push_back(total);
        }
        if (total <= 0.0)
            return std::nullopt;
        int best = -1;
        double bestScore = -1.0;
        for (int c = 0; c < candidates; ++c) {
            const double r = m_random.uniform(0.0, total);
            const int index = int(std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
            if (index >= int(m_blocks.size()))
                continue;
            double nearest = 1e12;
            for (const auto &p : taken)
                nearest = std::min(nearest, distance(p, m_blocks[index].centre));
            if (nearest > bestScore) {
                bestScore = nearest;
                best = index;
            }
        }
        if (best < 0)
            return std::nullopt;
        const Block chosen = m_blocks[best];
        m_plan.blockState[m_plan.blockIndex(chosen.i, chosen.j)] = CityPlan::BlockReserved;
        taken.push_back(chosen.centre);
        return chosen;
    }

    /// The free block nearest to p.
    std::optional<Block> nearest(geo::Point p)
    {
        int best = -1;
        double bestD = 1e18;
        for (int k = 0; k < int(m_blocks.size()); ++k) {
            if (m_plan.blockState[m_plan.blockIndex(m_blocks[k].i, m_blocks[k].j)] != CityPlan::BlockFree)
                continue;
            const double d = distance(p, m_blocks[k].centre);
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        if (best < 0)
            return std::nullopt;
        m_plan.blockState[m_plan.blockIndex(m_blocks[best].i, m_blocks[best].j)] = CityPlan::BlockReserved;
        return m_blocks[best];
    }

private:
    CityPlan &m_plan;
    Random &m_random;
    std::vector<Block> m_blocks;
};

/// Unique names: the second 桜小学校 becomes 桜東小学校, then 桜西…, then 桜第5小学校.
class NameBook
{
public:
    std::pair<QString, QString> make(const NamedPlace &place, const QString &suffix, const QString &suffixEn)
    {
        static const char *kDirections[] = {"", "東", "西", "南", "北"};
        static const char *kDirectionsEn[] = {"", " East", " West", " South", " North"};
        const QString key = place.name + suffix;
        const int n = m_used[key]++;
        if (n < 5)
            return {place.name + QString::fromUtf8(kDirections[n]) + suffix,
                    place.nameEn + QString::fromUtf8(kDirectionsEn[n]) + QLatin1Char(' ') + suffixEn};
        return {place.name + QStringLiteral("第%1").arg(n + 1) + suffix,
                place.nameEn + QStringLiteral(" No. %1 ").arg(n + 1) + suffixEn};
    }

private:
    std::map<QString, int> m_used;
};

QString address(const NamedPlace &place, Random &random)
{
    return QStringLiteral("茨城県つくば市%1%2-%3").arg(place.name).arg(random.uniformInt(1, 3000)).arg(random.uniformInt(1, 30));
}

BuildingFeature facilityBuilding(const CityPlan &plan, int i, int j, double u, double v, double w, double h,
                                 const QString &use, int floors, const QString &name)
{
    BuildingFeature b;
    b.footprint = orientedRectangle(plan.blockPoint(i, j, u, v), plan.blockDirection(i, j), w, h);
    b.use = use;
    b.floors = floors;
    b.heightM = floors * 3.8 + 1.0;
    b.name = name;
    return b;
}

} // namespace

void FacilityGenerator::run(CityPlan &plan, CityModel &model, const std::optional<std::vector<ShelterFeature>> &realShelters)
{
    Random random(plan.options.seed, salt::kFacilities);
    const double scale = plan.options.scale;
    BlockPicker picker(plan, random);
    NameBook names;
    const double population = kPopulationAtScaleOne * scale;
    auto flatCity = [&](geo::Point p) {
        const double wet = 600.0;
        return plan.rivers.distance(p, wet) >= wet;
    };
    auto shelterFlags = [&](ShelterFeature &s) {
        s.flood = flatCity(s.position);
        s.inlandFlood = random.chance(0.8);
        s.landslide = random.chance(0.95);
        s.earthquake = s.kind == QLatin1String("park") || random.chance(0.95);
        s.fire = s.kind == QLatin1String("park") || random.chance(0.9);
    };
    int shelterSerial = 0;
    auto nextShelterId = [&]() { return QStringLiteral("GEN-SH-%1").arg(++shelterSerial, 4, 10, QLatin1Char('0')); };

    // --- schools -----------------------------------------------------------------------------
    if (realShelters) {
        model.shelters = *realShelters;
        model.realShelters = true;
        for (const auto &s : model.shelters) {
            const bool elementary = s.name.contains(QStringLiteral("小学校")) || s.name.contains(QStringLiteral("義務教育学校"));
            const bool junior = !elementary && s.name.contains(QStringLiteral("中学校"));
            if (elementary || junior)
                model.schools.push_back({s.name, elementary ? QStringLiteral("elementary") : QStringLiteral("junior_high"), 0,
                                         s.position});
            if (s.kind != QLatin1String("park")) {
                // The real site gets a named building; generated buildings keep clear of it.
                const bool school = s.kind == QLatin1String("school");
                BuildingFeature b;
                b.footprint = orientedRectangle(s.position, {1.0, 0.0}, school ? 60.0 : 30.0, school ? 18.0 : 20.0);
                b.use = school ? QStringLiteral("school") : QStringLiteral("public");
                b.floors = school ? 4 : 2;
                b.heightM = b.floors * 3.8 + 1.0;
                b.name = s.name;
                model.buildings.push_back(std::move(b));
            }
        }
        int elementaryCount = 0, juniorCount = 0;
        for (const auto &s : model.schools)
            (s.kind == QLatin1String("elementary") ? elementaryCount : juniorCount)++;
        for (auto &s : model.schools) {
            const bool elementary = s.kind == QLatin1String("elementary");
            const double share = elementary ? 0.062 * population / std::max(1, elementaryCount)
                                            : 0.030 * population / std::max(1, juniorCount);
            s.pupils = std::max(20, int(std::lround(share * random.uniform(0.6, 1.4))));
        }
        model.notes.push_back(QCoreApplication::translate("CityGen", "shelter capacities are estimated from the kind of site: GSI data has no capacity"));
    } else {
        struct Kind
        {
            QString kind;
            QString suffix;
            QString suffixEn;
            double perScaleOne;
            int minimum;
            double share;  //!< share of the population of school age
        };
        const Kind kinds[] = {{QStringLiteral("elementary"), QStringLiteral("小学校"), QStringLiteral("Elementary School"), 34.0, 1, 0.062},
                              {QStringLiteral("junior_high"), QStringLiteral("中学校"), QStringLiteral("Junior High School"), 16.0, 0, 0.030}};
        for (const auto &kind : kinds) {
            std::vector<geo::Point> taken;
            const int count = scaledCount(kind.perScaleOne, scale, kind.minimum);
            for (int k = 0; k < count; ++k) {
                auto block = picker.pick([](double d) { return 0.2 + d; }, taken);
                if (!block)
                    break;
                const auto &place = plan.nearestPlace(block->centre);
                const auto [name, nameEn] = names.make(place, kind.suffix, kind.suffixEn);
                const int pupils = std::max(30, int(std::lround(kind.share * population / count * random.uniform(0.6, 1.4))));
                // The school stands at the north side of its block; the south half is the yard.
                const geo::Point at = plan.blockPoint(block->i, block->j, 0.5, 0.5);
                model.schools.push_back({name, kind.kind, pupils, at});
                model.buildings.push_back(facilityBuilding(plan, block->i, block->j, 0.5, 0.72, plan.spacing * 0.6, 16.0,
                                                           QStringLiteral("school"), 4, name));
                ShelterFeature s;
                s.sourceId = nextShelterId();
                s.name = name;
                s.nameEn = nameEn;
                s.kind = QStringLiteral("school");
                s.capacity = int(std::lround((400.0 + pupils / 2.0) / 10.0) * 10);
                s.address = address(place, random);
                s.position = at;
                shelterFlags(s);
                model.shelters.push_back(std::move(s));
            }
        }
        // --- community centres, parks, public halls --------------------------------------
        struct ShelterKind
        {
            QString kind;
            QString suffix;
            QString suffixEn;
            double perScaleOne;
            bool building;
        };
        const ShelterKind shelterKinds[] = {
            {QStringLiteral("community_centre"), QStringLiteral("交流センター"), QStringLiteral("Community Centre"), 30.0, true},
            {QStringLiteral("park"), QStringLiteral("公園"), QStringLiteral("Park"), 30.0, false},
            {QStringLiteral("public"), QStringLiteral("市民体育館"), QStringLiteral("Gymnasium"), 15.0, true},
        };
        for (const auto &kind : shelterKinds) {
            std::vector<geo::Point> taken;
            const int count = scaledCount(kind.perScaleOne, scale, 0);
            for (int k = 0; k < count; ++k) {
                auto block = picker.pick([](double d) { return 0.15 + d; }, taken);
                if (!block)
                    break;
                const auto &place = plan.nearestPlace(block->centre);
                const auto [name, nameEn] = names.make(place, kind.suffix, kind.suffixEn);
                ShelterFeature s;
                s.sourceId = nextShelterId();
                s.name = name;
                s.nameEn = nameEn;
                s.kind = kind.kind;
                s.address = address(place, random);
                s.position = plan.blockPoint(block->i, block->j, 0.5, 0.5);
                if (kind.kind == QLatin1String("park")) {
                    // Outdoor: ≈ 3 m² per person over the block.
                    const double area = plan.spacing * plan.spacing * 0.7;
                    s.capacity = int(std::lround(area / 3.0 / 10.0) * 10);
                } else if (kind.kind == QLatin1String("community_centre")) {
                    s.capacity = random.uniformInt(10, 30) * 10;
                    model.buildings.push_back(facilityBuilding(plan, block->i, block->j, 0.5, 0.5, 32.0, 22.0,
                                                               QStringLiteral("public"), 2, name));
                } else {
                    s.capacity = random.uniformInt(30, 80) * 10;
                    model.buildings.push_back(facilityBuilding(plan, block->i, block->j, 0.5, 0.5, 48.0, 36.0,
                                                               QStringLiteral("public"), 2, name));
                }
                shelterFlags(s);
                model.shelters.push_back(std::move(s));
            }
        }
    }

    // --- city hall, hospitals ------------------------------------------------------------
    {
        if (auto block = picker.nearest(plan.place(140.0825, 36.0825)))
            model.buildings.push_back(facilityBuilding(plan, block->i, block->j, 0.5, 0.5, 70.0, 40.0,
                                                       QStringLiteral("public"), 6, QStringLiteral("つくば市役所")));
    }
    {
        std::vector<geo::Point> taken;
        const int count = scaledCount(12.0, scale, 1);
        for (int k = 0; k < count; ++k) {
            auto block = k == 0 ? picker.nearest(plan.place(140.105, 36.108))  // the large hospital near the university
                                : picker.pick([](double d) { return d * d; }, taken);
            if (!block)
                break;
            if (k == 0)
                taken.push_back(block->centre);
            const auto &place = plan.nearestPlace(block->centre);
            const auto [name, nameEn] = names.make(place, k < 3 ? QStringLiteral("総合病院") : QStringLiteral("病院"), QStringLiteral("Hospital"));
            const int beds = k == 0 ? random.uniformInt(600, 800) : k < 3 ? random.uniformInt(300, 500) : random.uniformInt(40, 250);
            const int floors = beds > 300 ? random.uniformInt(7, 11) : random.uniformInt(3, 6);
            const geo::Point at = plan.blockPoint(block->i, block->j, 0.5, 0.5);
            model.hospitals.push_back({name, beds, at});
            model.buildings.push_back(facilityBuilding(plan, block->i, block->j, 0.5, 0.5, beds > 300 ? 70.0 : 45.0,
                                                       beds > 300 ? 45.0 : 30.0, QStringLiteral("hospital"), floors, name));
        }
    }

    // --- ponds -----------------------------------------------------------------------------
    {
        std::vector<geo::Point> taken;
        const int count = scaledCount(3.0, scale, 1);
        for (int k = 0; k < count; ++k) {
            auto block = picker.pick([](double d) { return 1.0 - d; }, taken);
            if (!block)
                break;
            Ring ring;
            const double rx = plan.spacing * random.uniform(0.25, 0.35), ry = plan.spacing * random.uniform(0.2, 0.3);
            const geo::Point c = plan.blockPoint(block->i, block->j, 0.5, 0.5);
            for (int v = 0; v < 32; ++v) {
                const double a = 2.0 * 3.14159265358979323846 * v / 32;
                ring.push_back({c.x + rx * std::cos(a), c.y + ry * std::sin(a)});
            }
            closeRing(ring);
            model.water.push_back({plan.nearestPlace(c).name + QStringLiteral("池"), std::move(ring)});
        }
    }

    // --- police boxes at busy junctions ------------------------------------------------------
    {
        const int count = scaledCount(20.0, scale, 1);
        std::vector<int> candidates;
        std::vector<double> cumulative;
        double total = 0.0;
        for (const auto &n : model.roadNodes)
            if (n.degree >= 3) {
                total += std::pow(plan.density(n.position), 2.0);
                candidates.push_back(int(&n - model.roadNodes.data()));
                cumulative.push_back(total);
            }
        std::vector<geo::Point> taken;
        for (int k = 0; k < count && total > 0.0; ++k) {
            int best = -1;
            double bestScore = -1.0;
            for (int c = 0; c < 16; ++c) {
                const int index = int(std::upper_bound(cumulative.begin(), cumulative.end(), random.uniform(0.0, total)) - cumulative.begin());
                if (index >= int(candidates.size()))
                    continue;
                double nearest = 1e12;
                for (const auto &p : taken)
                    nearest = std::min(nearest, distance(p, model.roadNodes[candidates[index]].position));
                if (nearest > bestScore) {
                    bestScore = nearest;
                    best = candidates[index];
                }
            }
            if (best < 0)
                break;
            const geo::Point node = model.roadNodes[best].position;
            const geo::Point at = plan.pullInside({node.x + 12.0, node.y + 12.0});
            taken.push_back(node);
            model.policeBoxes.push_back({names.make(plan.nearestPlace(node), QStringLiteral("交番"), QStringLiteral("Police Box")).first, at});
        }
    }

    // --- hydrogen station (春日1丁目) -------------------------------------------------------
    {
        const geo::Point at = plan.pullInside(plan.place(140.1125, 36.0855));
        model.hydrogenStations.push_back({QStringLiteral("つくば春日水素ステーション"), at});
    }
}

} // namespace ct::citygen
