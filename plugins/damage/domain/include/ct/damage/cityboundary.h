// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/geo/geometry.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::damage {

/// \brief The city's boundary polygons (the twin's `boundary` layer), to refuse reports placed
/// outside the city.
///
/// A twin without a boundary layer has no boundary: isKnown() is false and contains() accepts
/// every point (there is nothing to check against).
class CityBoundary
{
public:
    static core::Result<CityBoundary> fromTwin(const store::TwinStore &store);

    bool isKnown() const { return !m_polygons.empty(); }
    /// Inside any part of any boundary feature (even-odd rule: holes are outside).
    bool contains(geo::Point p) const;

private:
    std::vector<geo::Geometry> m_polygons;
};

} // namespace ct::damage
