// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <vector>

namespace ct::fleets {

/// \brief Where an on-demand service picks up and sets down: a union of polygons (EPSG:6677
/// metres), or everywhere when it has none. Holes are not modelled (the zones of the twin and a
/// scenario's polygon have none).
class ServiceArea
{
public:
    ServiceArea() = default;
    explicit ServiceArea(std::vector<std::vector<geo::Point>> polygons) : m_polygons(std::move(polygons)) {}

    //! True for a point inside any polygon (even–odd rule), or always without polygons.
    bool contains(const geo::Point &p) const;
    bool isUnbounded() const { return m_polygons.empty(); }
    const std::vector<std::vector<geo::Point>> &polygons() const { return m_polygons; }

private:
    std::vector<std::vector<geo::Point>> m_polygons;
};

} // namespace ct::fleets
