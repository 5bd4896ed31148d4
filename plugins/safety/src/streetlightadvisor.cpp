// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/streetlightadvisor.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ct::safety {

namespace {

/// Nearest-point queries over the lights: a uniform grid searched ring by ring.
class LightIndex
{
public:
    explicit LightIndex(const std::vector<geo::Point> &lights) : m_lights(lights)
    {
        for (const auto &p : lights)
            m_extent.expand(p);
        if (lights.empty())
            return;
        const double side = std::max({m_extent.width(), m_extent.height(), 1.0});
        m_cell = std::max(side / std::max(1.0, std::sqrt(double(lights.size()))), 10.0);
        m_columns = int(m_extent.width() / m_cell) + 1;
        m_rows = int(m_extent.height() / m_cell) + 1;
        m_cells.resize(std::size_t(m_columns) * m_rows);
        for (int i = 0; i < int(lights.size()); ++i)
            m_cells[std::size_t(row(lights[i].y)) * m_columns + column(lights[i].x)].push_back(i);
    }

    double nearest(geo::Point p) const
    {
        if (m_lights.empty())
            return std::numeric_limits<double>::infinity();
        const int pc = column(p.x), pr = row(p.y);
        double best = std::numeric_limits<double>::infinity();
        const int maxRing = std::max(m_columns, m_rows);
        for (int ring = 0; ring <= maxRing; ++ring) {
            // Everything in rings beyond this one is at least (ring − 1) cells away... once the
            // best is nearer than the ring's inner edge, stop.
            if (ring > 0 && best <= (ring - 1) * m_cell)
                break;
            for (int r = pr - ring; r <= pr + ring; ++r)
                for (int c = pc - ring; c <= pc + ring; ++c) {
                    if (std::max(std::abs(r - pr), std::abs(c - pc)) != ring || r < 0 || c < 0 || r >= m_rows || c >= m_columns)
                        continue;
                    for (int i : m_cells[std::size_t(r) * m_columns + c])
                        best = std::min(best, std::hypot(p.x - m_lights[i].x, p.y - m_lights[i].y));
                }
        }
        return best;
    }

private:
    int column(double x) const { return std::clamp(int((x - m_extent.minX) / m_cell), 0, m_columns - 1); }
    int row(double y) const { return std::clamp(int((y - m_extent.minY) / m_cell), 0, m_rows - 1); }
    const std::vector<geo::Point> &m_lights;
    geo::Envelope m_extent;
    double m_cell = 1.0;
    int m_columns = 0, m_rows = 0;
    std::vector<std::vector<int>> m_cells;
};

} // namespace

std::vector<StreetlightAdvisor::Suggestion> StreetlightAdvisor::suggest(const std::vector<Road> &roads,
                                                                         const std::vector<geo::Point> &lights,
                                                                         const DensityGrid &density, double threshold, int limit)
{
    std::vector<Suggestion> candidates;
    const LightIndex index(lights);
    for (const Road &road : roads) {
        for (std::size_t i = 0; i + 1 < road.points.size(); ++i) {
            const geo::Point a = road.points[i], b = road.points[i + 1];
            const double length = std::hypot(b.x - a.x, b.y - a.y);
            const int pieces = std::max(1, int(std::ceil(length / kPieceMetres)));
            for (int k = 0; k < pieces; ++k) {
                const double t0 = double(k) / pieces, t1 = double(k + 1) / pieces;
                Suggestion s;
                s.roadId = road.roadId;
                s.from = {a.x + (b.x - a.x) * t0, a.y + (b.y - a.y) * t0};
                s.to = {a.x + (b.x - a.x) * t1, a.y + (b.y - a.y) * t1};
                s.middle = {(s.from.x + s.to.x) / 2, (s.from.y + s.to.y) / 2};
                s.density = density.valueAt(s.middle);
                if (s.density < threshold || !(threshold > 0))
                    continue;
                s.metresToLight = index.nearest(s.middle);
                candidates.push_back(s);
            }
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Suggestion &x, const Suggestion &y) {
        if (x.metresToLight != y.metresToLight)
            return x.metresToLight > y.metresToLight;
        return x.density > y.density;
    });
    if (limit >= 0 && int(candidates.size()) > limit)
        candidates.resize(std::size_t(limit));
    return candidates;
}

core::Result<std::pair<std::vector<StreetlightAdvisor::Road>, std::vector<geo::Point>>> StreetlightAdvisor::readTwin(const store::TwinStore &twin)
{
    std::vector<Road> roads;
    std::vector<geo::Point> lights;
    if (!twin.hasLayer(QStringLiteral("roads")))
        return core::Error::notFound(QCoreApplication::translate("Safety", "the twin has no roads layer"), twin.path());
    auto table = twin.read(QStringLiteral("roads"), {QStringLiteral("road_id")});
    if (!table)
        return table.error();
    for (std::size_t i = 0; i < table->size(); ++i) {
        const geo::Geometry &g = table->geometries[i];
        for (int r = 0; r < g.ringCount(); ++r) {
            const auto ring = g.ring(r);
            roads.push_back({table->columns[0][i].toLongLong(), std::vector<geo::Point>(ring.begin(), ring.end())});
        }
    }
    if (twin.hasLayer(QStringLiteral("streetlights"))) {
        auto l = twin.read(QStringLiteral("streetlights"), {QStringLiteral("light_id")});
        if (!l)
            return l.error();
        for (const auto &g : l->geometries)
            if (!g.isEmpty())
                lights.push_back(g.points()[0]);
    }
    return std::make_pair(std::move(roads), std::move(lights));
}

} // namespace ct::safety
