// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/envelope.h"
#include "ct/safety/subscriptionarea.h"

#include <cstdint>
#include <vector>

namespace ct::safety {

/// \brief Which subscription areas contain a point: a uniform grid over the areas' bounding
/// boxes, then the exact test (ray casting for polygons, distance for radii) on the few
/// candidates of the point's cell.
///
/// Cells are about as large as the median area (and there are at most about one per area), so
/// each area is listed in the few cells its box overlaps and a query reads one cell. Built once per area set; queries are
/// const and may run on several threads.
class AreaMatcher
{
public:
    AreaMatcher() = default;
    explicit AreaMatcher(std::vector<SubscriptionArea> areas);

    /// Indices into areas() of the areas containing `p`, ascending.
    std::vector<int> match(geo::Point p) const;
    const std::vector<SubscriptionArea> &areas() const { return m_areas; }

private:
    std::vector<SubscriptionArea> m_areas;
    std::vector<geo::Envelope> m_boxes;
    geo::Envelope m_extent;
    double m_cell = 1.0;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<std::uint32_t> m_cellStart;  //!< CSR: cell → first entry in m_cellAreas
    std::vector<std::uint32_t> m_cellAreas;
};

} // namespace ct::safety
