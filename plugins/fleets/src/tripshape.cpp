// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/tripshape.h"

#include <algorithm>
#include <cmath>

namespace ct::fleets {

TripShape::TripShape(std::vector<geo::Point> path) : m_path(std::move(path))
{
    m_cumulative.assign(m_path.size(), 0.0);
    for (std::size_t i = 1; i < m_path.size(); ++i)
        m_cumulative[i] = m_cumulative[i - 1] + std::hypot(m_path[i].x - m_path[i - 1].x, m_path[i].y - m_path[i - 1].y);
}

TripShape TripShape::throughStops(const std::vector<TripStop> &stops)
{
    std::vector<geo::Point> path;
    path.reserve(stops.size());
    for (const TripStop &s : stops)
        path.push_back(s.position);
    return TripShape(std::move(path));
}

TripShape::Projection TripShape::project(geo::Point position, double from, double to) const
{
    Projection best{std::clamp(from, 0.0, length()), std::numeric_limits<double>::infinity()};
    if (m_path.empty())
        return best;
    if (m_path.size() == 1) {
        best.offset = std::hypot(position.x - m_path[0].x, position.y - m_path[0].y);
        return best;
    }
    from = std::clamp(from, 0.0, length());
    to = std::clamp(to, from, length());
    for (std::size_t i = 0; i + 1 < m_path.size(); ++i) {
        const double start = m_cumulative[i], end = m_cumulative[i + 1];
        if (end < from || start > to)
            continue;
        const double span = end - start;
        const geo::Point a = m_path[i], b = m_path[i + 1];
        // The part of this segment inside [from, to], as fractions of it.
        const double lo = span > 0.0 ? std::max(0.0, (from - start) / span) : 0.0;
        const double hi = span > 0.0 ? std::min(1.0, (to - start) / span) : 0.0;
        const double dx = b.x - a.x, dy = b.y - a.y, length2 = dx * dx + dy * dy;
        double f = length2 > 0.0 ? ((position.x - a.x) * dx + (position.y - a.y) * dy) / length2 : 0.0;
        f = std::clamp(f, lo, std::max(lo, hi));
        const double offset = std::hypot(position.x - (a.x + f * dx), position.y - (a.y + f * dy));
        if (offset < best.offset)
            best = {start + f * span, offset};
    }
    return best;
}

std::vector<double> TripShape::locate(const std::vector<TripStop> &stops) const
{
    const std::size_t n = stops.size();
    std::vector<double> along(n, 0.0);
    if (n == 0 || !isValid())
        return along;
    bool distances = n >= 2;
    for (std::size_t i = 0; i < n && distances; ++i)
        distances = stops[i].shapeDistance >= 0.0 && (i == 0 || stops[i].shapeDistance >= stops[i - 1].shapeDistance);
    distances = distances && stops.back().shapeDistance > stops.front().shapeDistance;
    if (distances) {
        const double first = project(stops.front().position).along;
        const double last = project(stops.back().position, first).along;
        const double scale = (last - first) / (stops.back().shapeDistance - stops.front().shapeDistance);
        if (last > first) {
            for (std::size_t i = 0; i < n; ++i)
                along[i] = first + (stops[i].shapeDistance - stops.front().shapeDistance) * scale;
            return along;
        }
    }
    double previous = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        along[i] = project(stops[i].position, previous).along;
        previous = along[i];
    }
    return along;
}

} // namespace ct::fleets
