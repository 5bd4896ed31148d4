// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "floodreach.h"

#include "ct/sim/simulationworld.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <set>

namespace ct::sensors {

FloodReach FloodReach::build(const sim::SimulationWorld &world, const QString &river, const geo::Point &gauge, double reachM,
                             double maxWidthM, double bandM, double snapM)
{
    FloodReach reach;
    reach.m_river = river;
    if (river.isEmpty() || !world.hasRiver(river)) {
        reach.m_problem = river.isEmpty() ? QCoreApplication::translate("Rainfall", "the gauge names no river")
                                          : QCoreApplication::translate("Rainfall", "the twin has no river \"%1\"").arg(river);
        return reach;
    }
    const std::vector<geo::Point> line = world.riverSection(river, 0.0, 1.0);
    double length = 0.0, best = -1.0, bestAlong = 0.0;
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        const geo::Point a = line[i], b = line[i + 1];
        const double dx = b.x - a.x, dy = b.y - a.y, seg = std::hypot(dx, dy);
        double t = seg > 0.0 ? ((gauge.x - a.x) * dx + (gauge.y - a.y) * dy) / (seg * seg) : 0.0;
        t = std::clamp(t, 0.0, 1.0);
        const double d = std::hypot(a.x + t * dx - gauge.x, a.y + t * dy - gauge.y);
        if (best < 0.0 || d < best) {
            best = d;
            bestAlong = length + t * seg;
        }
        length += seg;
    }
    if (best < 0.0 || length <= 0.0) {
        reach.m_problem = QCoreApplication::translate("Rainfall", "the river \"%1\" has no line").arg(river);
        return reach;
    }
    reach.m_offset = best;
    reach.m_share = bestAlong / length;
    if (best > snapM) {
        reach.m_problem = QCoreApplication::translate("Rainfall", "the gauge is %1 m from the river \"%2\" (more than %3 m)")
                              .arg(qRound(best)).arg(river).arg(snapM);
        return reach;
    }
    const double from = std::max(0.0, (bestAlong - reachM) / length);
    const double to = std::min(1.0, (bestAlong + reachM) / length);
    std::set<qint64> seen;
    const int bands = std::max(1, int(std::ceil(maxWidthM / bandM - 1e-9)));
    for (int k = 1; k <= bands; ++k) {
        const double width = std::min(maxWidthM, k * bandM);
        for (qint64 road : world.roadsNearRiver(river, width, from, to))
            if (seen.insert(road).second)
                reach.m_roads.push_back({road, width});
    }
    // Bands come out nearest first; inside a band the world lists road ids ascending.
    return reach;
}

} // namespace ct::sensors
