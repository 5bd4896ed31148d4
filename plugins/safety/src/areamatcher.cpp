// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/areamatcher.h"

#include <algorithm>
#include <cmath>

namespace ct::safety {

AreaMatcher::AreaMatcher(std::vector<SubscriptionArea> areas) : m_areas(std::move(areas))
{
    m_boxes.reserve(m_areas.size());
    for (const SubscriptionArea &a : m_areas) {
        geo::Envelope box;
        if (a.kind == SubscriptionArea::Kind::Radius) {
            box.expand(geo::Point{a.centre.x - a.radiusMetres, a.centre.y - a.radiusMetres});
            box.expand(geo::Point{a.centre.x + a.radiusMetres, a.centre.y + a.radiusMetres});
        } else {
            box = a.polygon.envelope();
        }
        m_boxes.push_back(box);
        m_extent.expand(box);
    }
    if (m_areas.empty() || m_extent.isEmpty())
        return;
    const double side = std::max({m_extent.width(), m_extent.height(), 1.0});
    const int perSide = std::clamp(int(std::ceil(std::sqrt(double(m_areas.size())))), 1, 2048);
    // Cells no smaller than the typical area, so an area is listed in a few cells, not hundreds.
    std::vector<double> sizes;
    sizes.reserve(m_boxes.size());
    for (const geo::Envelope &b : m_boxes)
        if (!b.isEmpty())
            sizes.push_back(std::max(b.width(), b.height()));
    std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
    m_cell = std::max(side / perSide, sizes.empty() ? 1.0 : sizes[sizes.size() / 2]);
    m_cell = std::max(m_cell, side / 2048.0);
    m_columns = std::max(1, int(std::ceil(m_extent.width() / m_cell)));
    m_rows = std::max(1, int(std::ceil(m_extent.height() / m_cell)));
    auto cellRange = [this](const geo::Envelope &b, int *c0, int *c1, int *r0, int *r1) {
        *c0 = std::clamp(int((b.minX - m_extent.minX) / m_cell), 0, m_columns - 1);
        *c1 = std::clamp(int((b.maxX - m_extent.minX) / m_cell), 0, m_columns - 1);
        *r0 = std::clamp(int((b.minY - m_extent.minY) / m_cell), 0, m_rows - 1);
        *r1 = std::clamp(int((b.maxY - m_extent.minY) / m_cell), 0, m_rows - 1);
    };
    // Two passes (count, fill) into one flat array.
    m_cellStart.assign(std::size_t(m_columns) * m_rows + 1, 0);
    for (const geo::Envelope &b : m_boxes) {
        if (b.isEmpty())
            continue;
        int c0, c1, r0, r1;
        cellRange(b, &c0, &c1, &r0, &r1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                ++m_cellStart[std::size_t(r) * m_columns + c + 1];
    }
    for (std::size_t i = 1; i < m_cellStart.size(); ++i)
        m_cellStart[i] += m_cellStart[i - 1];
    m_cellAreas.resize(m_cellStart.back());
    std::vector<std::uint32_t> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (std::uint32_t i = 0; i < m_boxes.size(); ++i) {
        if (m_boxes[i].isEmpty())
            continue;
        int c0, c1, r0, r1;
        cellRange(m_boxes[i], &c0, &c1, &r0, &r1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                m_cellAreas[fill[std::size_t(r) * m_columns + c]++] = i;
    }
}

std::vector<int> AreaMatcher::match(geo::Point p) const
{
    std::vector<int> result;
    if (m_columns == 0 || !m_extent.contains(p))
        return result;
    const int c = std::clamp(int((p.x - m_extent.minX) / m_cell), 0, m_columns - 1);
    const int r = std::clamp(int((p.y - m_extent.minY) / m_cell), 0, m_rows - 1);
    const std::size_t cell = std::size_t(r) * m_columns + c;
    for (std::uint32_t k = m_cellStart[cell]; k < m_cellStart[cell + 1]; ++k) {
        const std::uint32_t i = m_cellAreas[k];
        if (m_boxes[i].contains(p) && m_areas[i].contains(p))
            result.push_back(int(i));
    }
    // Entries were filled in area order, so the result is ascending already.
    return result;
}

} // namespace ct::safety
