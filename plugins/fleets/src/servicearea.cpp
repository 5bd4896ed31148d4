// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/servicearea.h"

namespace ct::fleets {

bool ServiceArea::contains(const geo::Point &p) const
{
    if (m_polygons.empty())
        return true;
    for (const auto &ring : m_polygons) {
        bool inside = false;
        const std::size_t n = ring.size();
        for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
            const geo::Point &a = ring[i], &b = ring[j];
            if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
                inside = !inside;
        }
        if (inside)
            return true;
    }
    return false;
}

} // namespace ct::fleets
