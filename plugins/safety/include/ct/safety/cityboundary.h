// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/geo/envelope.h"
#include "ct/geo/geometry.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::safety {

/// \brief The city's outline (the twin's `boundary` layer, EPSG:6677), to refuse places outside it.
class CityBoundary
{
public:
    CityBoundary() = default;
    explicit CityBoundary(std::vector<geo::Geometry> polygons);
    /// Reads the `boundary` layer; NotFound when the twin has none (a twin without an outline
    /// cannot tell inside from outside, so intake refuses rather than guesses).
    static core::Result<CityBoundary> fromTwin(const store::TwinStore &twin);

    bool contains(geo::Point p) const;
    geo::Envelope envelope() const { return m_envelope; }
    const std::vector<geo::Geometry> &polygons() const { return m_polygons; }

private:
    std::vector<geo::Geometry> m_polygons;
    geo::Envelope m_envelope;
};

} // namespace ct::safety
