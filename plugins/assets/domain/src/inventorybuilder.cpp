// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/assets/inventorybuilder.h"

#include "seededrandom.h"

#include "ct/store/twinstore.h"

#include <ogr_geometry.h>

#include <QHash>

#include <algorithm>
#include <cmath>
#include <memory>

namespace ct::assets {

namespace {

using geo::Point;
using detail::SeededRandom;

struct Road
{
    qint64 fid = 0;
    QString roadClass;
    int lanes = 2;
    bool bridge = false;
    QString name;
    std::vector<Point> points;
};

struct WaterBody
{
    QString name;
    std::unique_ptr<OGRGeometry> area; //!< water polygon, or the river centre line buffered
    OGREnvelope envelope;
};

int columnOf(const store::FeatureTable &t, const char *name)
{
    return t.columnIndex(QString::fromLatin1(name));
}

QStringList existingColumns(const store::TwinStore &twin, const QString &layer, const QStringList &wanted)
{
    QStringList out;
    auto info = twin.layer(layer);
    if (!info)
        return out;
    for (const auto &f : info->fields)
        if (wanted.contains(f.name))
            out << f.name;
    return out;
}

double trafficOf(const QString &roadClass, int lanes)
{
    static const QHash<QString, double> perClass{{QStringLiteral("motorway"), 40000}, {QStringLiteral("trunk"), 25000},
                                                 {QStringLiteral("primary"), 15000},  {QStringLiteral("secondary"), 8000},
                                                 {QStringLiteral("tertiary"), 4000},  {QStringLiteral("residential"), 800},
                                                 {QStringLiteral("service"), 200}};
    const double base = perClass.value(roadClass, 800);
    return lanes >= 4 ? base * 1.5 : base;
}

std::unique_ptr<OGRLineString> toOgr(const std::vector<Point> &points)
{
    auto line = std::make_unique<OGRLineString>();
    for (const Point &p : points)
        line->addPoint(p.x, p.y);
    return line;
}

std::vector<Point> fromOgr(const OGRLineString &line)
{
    std::vector<Point> points;
    for (int i = 0; i < line.getNumPoints(); ++i)
        points.push_back({line.getX(i), line.getY(i)});
    return points;
}

//! The longest line string of an intersection result (a crossing may touch water twice).
std::vector<Point> longestLine(const OGRGeometry *g)
{
    std::vector<Point> best;
    double bestLength = 0.0;
    auto consider = [&](const OGRLineString &line) {
        const double length = line.get_Length();
        if (length > bestLength) {
            bestLength = length;
            best = fromOgr(line);
        }
    };
    if (!g || g->IsEmpty())
        return best;
    const OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
    if (type == wkbLineString)
        consider(*g->toLineString());
    else if (type == wkbMultiLineString || type == wkbGeometryCollection) {
        const auto *collection = g->toGeometryCollection();
        for (int i = 0; i < collection->getNumGeometries(); ++i) {
            const OGRGeometry *part = collection->getGeometryRef(i);
            if (wkbFlatten(part->getGeometryType()) == wkbLineString)
                consider(*part->toLineString());
        }
    }
    return best;
}

//! The line moved `offset` metres to its left (negative: right), vertex normals averaged.
std::vector<Point> offsetLine(const std::vector<Point> &points, double offset)
{
    const std::size_t n = points.size();
    if (n < 2)
        return points;
    std::vector<Point> out(n);
    auto normal = [&](std::size_t a, std::size_t b) {
        const double dx = points[b].x - points[a].x, dy = points[b].y - points[a].y;
        const double len = std::hypot(dx, dy);
        return len > 0 ? Point{-dy / len, dx / len} : Point{0, 0};
    };
    for (std::size_t i = 0; i < n; ++i) {
        Point nsum{0, 0};
        if (i > 0) {
            const Point a = normal(i - 1, i);
            nsum = {nsum.x + a.x, nsum.y + a.y};
        }
        if (i + 1 < n) {
            const Point b = normal(i, i + 1);
            nsum = {nsum.x + b.x, nsum.y + b.y};
        }
        const double len = std::hypot(nsum.x, nsum.y);
        if (len > 0)
            nsum = {nsum.x / len, nsum.y / len};
        out[i] = {points[i].x + nsum.x * offset, points[i].y + nsum.y * offset};
    }
    return out;
}

double segmentDistance(Point p, Point a, Point b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/// Residents per road (index into `roads`): each building's residents go to its nearest road
/// link within 150 m (its service connection), found in a 150 m grid of road segments.
std::vector<double> residentsPerRoad(const store::TwinStore &twin, const std::vector<Road> &roads)
{
    std::vector<double> served(roads.size(), 0.0);
    if (!twin.hasLayer(QStringLiteral("buildings")) || existingColumns(twin, QStringLiteral("buildings"), {QStringLiteral("residents")}).isEmpty())
        return served;
    auto buildings = twin.read(QStringLiteral("buildings"), {QStringLiteral("residents")});
    if (!buildings)
        return served;
    constexpr double kCell = 150.0;
    QHash<quint64, std::vector<std::pair<int, int>>> grid; // cell → (road, segment)
    auto key = [](qint64 cx, qint64 cy) { return (quint64(quint32(qint32(cx))) << 32) | quint32(qint32(cy)); };
    for (std::size_t r = 0; r < roads.size(); ++r) {
        const auto &pts = roads[r].points;
        for (std::size_t s = 0; s + 1 < pts.size(); ++s) {
            const auto x0 = qint64(std::floor(std::min(pts[s].x, pts[s + 1].x) / kCell)), x1 = qint64(std::floor(std::max(pts[s].x, pts[s + 1].x) / kCell));
            const auto y0 = qint64(std::floor(std::min(pts[s].y, pts[s + 1].y) / kCell)), y1 = qint64(std::floor(std::max(pts[s].y, pts[s + 1].y) / kCell));
            for (qint64 cx = x0; cx <= x1; ++cx)
                for (qint64 cy = y0; cy <= y1; ++cy)
                    grid[key(cx, cy)].push_back({int(r), int(s)});
        }
    }
    const store::FeatureTable &b = buildings.value();
    const int residentsColumn = columnOf(b, "residents");
    for (std::size_t i = 0; i < b.size(); ++i) {
        const double residents = b.columns[std::size_t(residentsColumn)][i].toDouble();
        if (residents <= 0 || b.geometries[i].isEmpty())
            continue;
        Point c{0, 0};
        const auto pts = b.geometries[i].points();
        for (const Point &p : pts)
            c = {c.x + p.x, c.y + p.y};
        c = {c.x / double(pts.size()), c.y / double(pts.size())};
        const auto cx = qint64(std::floor(c.x / kCell)), cy = qint64(std::floor(c.y / kCell));
        double bestDistance = kCell;
        int bestRoad = -1;
        for (qint64 dx = -1; dx <= 1; ++dx)
            for (qint64 dy = -1; dy <= 1; ++dy) {
                auto it = grid.constFind(key(cx + dx, cy + dy));
                if (it == grid.constEnd())
                    continue;
                for (const auto &[r, s] : *it) {
                    const auto &rp = roads[std::size_t(r)].points;
                    const double d = segmentDistance(c, rp[std::size_t(s)], rp[std::size_t(s) + 1]);
                    if (d < bestDistance || (d == bestDistance && bestRoad >= 0 && r < bestRoad)) {
                        bestDistance = d;
                        bestRoad = r;
                    }
                }
            }
        if (bestRoad >= 0)
            served[std::size_t(bestRoad)] += residents;
    }
    return served;
}

int installYearBuildOut(SeededRandom &rng)
{
    if (rng.uniform() < 0.15)
        return rng.between(1985, 2020);
    return std::clamp(int(std::lround(rng.normal(1978.0, 6.0))), 1963, 2022);
}

/// The asset's history from `installYear` to `referenceYear` by the Markov chain, with the
/// urgent measures a municipality takes: an asset that reached IV more than two years before the
/// reference year was renewed then (back to I; `installYear` becomes that year). One found in IV
/// in the last two years is still waiting for its measure.
Grade history(const DeteriorationModel &model, AssetType type, int &installYear, int referenceYear, SeededRandom &rng)
{
    Grade g = Grade::I;
    for (int year = installYear + 1; year <= referenceYear; ++year) {
        g = model.sample(type, g, rng.uniform());
        if (g == Grade::IV && year < referenceYear - 1) {
            g = Grade::I;
            installYear = year;
        }
    }
    return g;
}

QDate lastInspection(SeededRandom &rng, int referenceYear, int cycleYears, int installYear)
{
    const int year = std::max(installYear, referenceYear - rng.between(0, cycleYears - 1));
    return QDate(year, 1, 1).addDays(rng.between(0, 364));
}

QString materialOf(AssetType type, int year, const QString &roadClass, SeededRandom &rng)
{
    const double u = rng.uniform();
    switch (type) {
    case AssetType::Bridge:
        if (year < 1985)
            return u < 0.5 ? QStringLiteral("PC") : u < 0.8 ? QStringLiteral("RC") : QStringLiteral("steel");
        return u < 0.65 ? QStringLiteral("PC") : u < 0.8 ? QStringLiteral("RC") : QStringLiteral("steel");
    case AssetType::Pavement:
        if (roadClass == QLatin1String("trunk") || roadClass == QLatin1String("primary"))
            return u < 0.1 ? QStringLiteral("concrete") : QStringLiteral("asphalt");
        return u < 0.03 ? QStringLiteral("concrete") : QStringLiteral("asphalt");
    case AssetType::WaterPipe:
        if (year < 1975)
            return u < 0.4 ? QStringLiteral("cast_iron") : QStringLiteral("ductile_iron");
        if (year < 2000)
            return QStringLiteral("ductile_iron");
        return u < 0.5 ? QStringLiteral("ductile_iron_seismic") : QStringLiteral("polyethylene");
    case AssetType::SewerPipe:
        return year < 1985 ? QStringLiteral("concrete") : QStringLiteral("pvc");
    }
    return {};
}

} // namespace

core::Result<std::vector<Asset>> InventoryBuilder::build(const store::TwinStore &twin, const Options &options)
{
    std::vector<Asset> assets;
    if (!twin.hasLayer(QStringLiteral("roads")))
        return assets;
    const QStringList roadColumns = existingColumns(twin, QStringLiteral("roads"),
                                                    {QStringLiteral("road_class"), QStringLiteral("lanes"), QStringLiteral("bridge"), QStringLiteral("name")});
    auto roadTable = twin.read(QStringLiteral("roads"), roadColumns);
    if (!roadTable)
        return roadTable.error();
    const store::FeatureTable &rt = roadTable.value();
    const int classColumn = columnOf(rt, "road_class"), lanesColumn = columnOf(rt, "lanes"), bridgeColumn = columnOf(rt, "bridge"),
              nameColumn = columnOf(rt, "name");
    std::vector<Road> roads;
    for (std::size_t i = 0; i < rt.size(); ++i) {
        const geo::Geometry &g = rt.geometries[i];
        if (g.isEmpty() || g.ringCount() == 0)
            continue;
        Road r;
        r.fid = rt.fids[i];
        r.roadClass = classColumn >= 0 ? rt.columns[std::size_t(classColumn)][i].toString() : QString();
        r.lanes = lanesColumn >= 0 ? std::max(1, rt.columns[std::size_t(lanesColumn)][i].toInt()) : 2;
        r.bridge = bridgeColumn >= 0 && rt.columns[std::size_t(bridgeColumn)][i].toBool();
        r.name = nameColumn >= 0 ? rt.columns[std::size_t(nameColumn)][i].toString() : QString();
        const auto line = g.ring(0); // first line of a (multi)line string
        r.points.assign(line.begin(), line.end());
        if (r.points.size() >= 2)
            roads.push_back(std::move(r));
    }
    std::sort(roads.begin(), roads.end(), [](const Road &a, const Road &b) { return a.fid < b.fid; });

    // Water the roads may cross: water surfaces, and river centre lines widened to their banks.
    std::vector<WaterBody> water;
    const bool geos = OGRGeometryFactory::haveGEOS();
    if (geos && twin.hasLayer(QStringLiteral("water"))) {
        auto t = twin.read(QStringLiteral("water"), existingColumns(twin, QStringLiteral("water"), {QStringLiteral("name")}));
        if (!t)
            return t.error();
        const int name = columnOf(t.value(), "name");
        for (std::size_t i = 0; i < t->size(); ++i) {
            const geo::Geometry &g = t->geometries[i];
            auto multi = std::make_unique<OGRMultiPolygon>();
            for (int part = 0; part < g.partCount(); ++part) {
                auto polygon = std::make_unique<OGRPolygon>();
                for (int ring = g.firstRingOfPart(part); ring < g.endRingOfPart(part); ++ring) {
                    OGRLinearRing r;
                    for (const Point &p : g.ring(ring))
                        r.addPoint(p.x, p.y);
                    r.closeRings();
                    polygon->addRing(&r);
                }
                multi->addGeometryDirectly(polygon.release());
            }
            WaterBody w;
            w.name = name >= 0 ? t->columns[std::size_t(name)][i].toString() : QString();
            w.area = std::move(multi);
            w.area->getEnvelope(&w.envelope);
            water.push_back(std::move(w));
        }
    }
    if (geos && twin.hasLayer(QStringLiteral("rivers"))) {
        auto t = twin.read(QStringLiteral("rivers"), existingColumns(twin, QStringLiteral("rivers"), {QStringLiteral("name"), QStringLiteral("width_m")}));
        if (!t)
            return t.error();
        const int name = columnOf(t.value(), "name"), width = columnOf(t.value(), "width_m");
        for (std::size_t i = 0; i < t->size(); ++i) {
            const geo::Geometry &g = t->geometries[i];
            if (g.isEmpty())
                continue;
            const double w = width >= 0 && t->columns[std::size_t(width)][i].toDouble() > 0 ? t->columns[std::size_t(width)][i].toDouble() : 20.0;
            auto multi = std::make_unique<OGRMultiLineString>();
            for (int ring = 0; ring < g.ringCount(); ++ring) {
                const auto pts = g.ring(ring);
                multi->addGeometryDirectly(toOgr(std::vector<Point>(pts.begin(), pts.end())).release());
            }
            WaterBody body;
            body.name = name >= 0 ? t->columns[std::size_t(name)][i].toString() : QString();
            body.area.reset(multi->Buffer(w / 2.0 + 5.0, 8));
            if (!body.area)
                continue;
            body.area->getEnvelope(&body.envelope);
            water.push_back(std::move(body));
        }
    }

    const std::vector<double> served = residentsPerRoad(twin, roads);
    const DeteriorationModel &model = options.model;
    const int ref = options.referenceYear;
    std::vector<Asset> bridges, pavement, waterPipes, sewers;
    for (std::size_t r = 0; r < roads.size(); ++r) {
        const Road &road = roads[r];
        const double traffic = trafficOf(road.roadClass, road.lanes);
        const double roadLength = geo::length(road.points);

        // a bridge where the road crosses water (or the road says it is one)
        std::vector<Point> span;
        QString waterName;
        if (!water.empty()) {
            auto line = toOgr(road.points);
            OGREnvelope env;
            line->getEnvelope(&env);
            double bestLength = 0.0;
            for (const WaterBody &w : water) {
                if (!env.Intersects(w.envelope) || !line->Intersects(w.area.get()))
                    continue;
                std::unique_ptr<OGRGeometry> inside(line->Intersection(w.area.get()));
                std::vector<Point> piece = longestLine(inside.get());
                const double length = piece.size() >= 2 ? geo::length(piece) : 0.0;
                if (length > bestLength + 1e-9) {
                    bestLength = length;
                    span = std::move(piece);
                    waterName = w.name;
                }
            }
            if (bestLength < 2.0)
                span.clear();
        }
        if (span.empty() && road.bridge)
            span = road.points;
        if (!span.empty()) {
            SeededRandom rng(options.seed, 1, quint64(road.fid));
            Asset a;
            a.id = QStringLiteral("BR-%1").arg(road.fid, 6, 10, QLatin1Char('0'));
            a.type = AssetType::Bridge;
            a.name = !waterName.isEmpty() ? waterName + QStringLiteral("橋") + (road.name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(road.name))
                                          : road.name;
            a.installYear = installYearBuildOut(rng);
            a.lengthM = std::max(10.0, geo::length(span));
            a.areaM2 = a.lengthM * (road.lanes * 3.5 + 3.0);
            a.grade = history(model, a.type, a.installYear, ref, rng);
            a.material = materialOf(a.type, a.installYear, road.roadClass, rng);
            a.importance = traffic;
            a.lastInspection = lastInspection(rng, ref, 5, a.installYear);
            a.sourceLayer = QStringLiteral("roads");
            a.sourceFid = road.fid;
            a.geometry = geo::Geometry::lineString(span);
            bridges.push_back(std::move(a));
        }
        if (road.roadClass == QLatin1String("service"))
            continue;

        {
            SeededRandom rng(options.seed, 2, quint64(road.fid));
            Asset a;
            a.id = QStringLiteral("PV-%1").arg(road.fid, 6, 10, QLatin1Char('0'));
            a.type = AssetType::Pavement;
            a.name = road.name;
            // pavement's "install year" is its last resurfacing
            a.installYear = std::clamp(int(std::lround(rng.normal(2003.0, 9.0))), 1985, 2023);
            a.lengthM = roadLength;
            a.areaM2 = roadLength * road.lanes * 3.25;
            a.grade = history(model, a.type, a.installYear, ref, rng);
            a.material = materialOf(a.type, a.installYear, road.roadClass, rng);
            a.importance = traffic;
            a.lastInspection = lastInspection(rng, ref, 7, a.installYear);
            a.sourceLayer = QStringLiteral("roads");
            a.sourceFid = road.fid;
            a.geometry = geo::Geometry::lineString(road.points);
            pavement.push_back(std::move(a));
        }
        {
            SeededRandom rng(options.seed, 3, quint64(road.fid));
            Asset a;
            a.id = QStringLiteral("WP-%1").arg(road.fid, 6, 10, QLatin1Char('0'));
            a.type = AssetType::WaterPipe;
            a.name = road.name;
            a.installYear = installYearBuildOut(rng);
            a.lengthM = roadLength;
            a.grade = history(model, a.type, a.installYear, ref, rng);
            a.material = materialOf(a.type, a.installYear, road.roadClass, rng);
            a.importance = served[r];
            a.lastInspection = lastInspection(rng, ref, 10, a.installYear);
            a.sourceLayer = QStringLiteral("roads");
            a.sourceFid = road.fid;
            a.geometry = geo::Geometry::lineString(offsetLine(road.points, 2.0));
            waterPipes.push_back(std::move(a));
        }
        if (road.roadClass == QLatin1String("residential") || road.roadClass == QLatin1String("tertiary")) {
            SeededRandom rng(options.seed, 4, quint64(road.fid));
            Asset a;
            a.id = QStringLiteral("SP-%1").arg(road.fid, 6, 10, QLatin1Char('0'));
            a.type = AssetType::SewerPipe;
            a.name = road.name;
            a.installYear = installYearBuildOut(rng);
            a.lengthM = roadLength;
            a.grade = history(model, a.type, a.installYear, ref, rng);
            a.material = materialOf(a.type, a.installYear, road.roadClass, rng);
            a.importance = served[r];
            a.lastInspection = lastInspection(rng, ref, 10, a.installYear);
            a.sourceLayer = QStringLiteral("roads");
            a.sourceFid = road.fid;
            a.geometry = geo::Geometry::lineString(offsetLine(road.points, -2.0));
            sewers.push_back(std::move(a));
        }
    }
    assets.reserve(bridges.size() + pavement.size() + waterPipes.size() + sewers.size());
    for (auto *list : {&bridges, &pavement, &waterPipes, &sewers})
        std::move(list->begin(), list->end(), std::back_inserter(assets));
    return assets;
}

} // namespace ct::assets
