// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/geometry.h"

#include <osg/Vec3>

#include <cstdint>
#include <span>
#include <vector>

namespace ct::scene {

/// \brief Cleaned rings and line strings of many features in one flat buffer, in scene
/// coordinates (metres, float, scene origin subtracted, z = 0).
///
/// Cleaning happens after the conversion to float, so that points which only differ below float
/// precision do not make zero-length edges: non-finite input rejects the ring, repeated
/// consecutive points and the closing duplicate are dropped.
class RingSet
{
public:
    struct Polygon
    {
        std::uint32_t firstRing = 0;  //!< the exterior; holes follow
        std::uint32_t endRing = 0;
    };

    /// Appends part `part` of a polygonal geometry with the exterior counter-clockwise and the
    /// holes clockwise seen from above. Degenerate holes are left out; returns false (and
    /// appends nothing) when the exterior is degenerate: fewer than 3 distinct points, zero
    /// area or non-finite coordinates.
    bool appendPolygon(const geo::Geometry &geometry, int part, const geo::Point &origin);
    /// Appends one line string (closed: a ring without its closing duplicate); returns false
    /// (and appends nothing) when it has fewer than 2 (closed: 3) distinct points.
    bool appendLine(std::span<const geo::Point> line, bool closed, const geo::Point &origin);

    std::size_t ringCount() const { return m_ringEnds.size(); }
    std::size_t polygonCount() const { return m_polygons.size(); }
    const Polygon &polygon(std::size_t index) const { return m_polygons[index]; }
    std::uint32_t ringBegin(std::size_t ring) const { return ring == 0 ? 0 : m_ringEnds[ring - 1]; }
    std::uint32_t ringEnd(std::size_t ring) const { return m_ringEnds[ring]; }
    std::span<osg::Vec3> points() { return m_points; }
    std::span<const osg::Vec3> points() const { return m_points; }
    std::span<const std::uint32_t> ringEnds() const { return m_ringEnds; }

    /// Signed area (metres², positive counter-clockwise) of the points [begin, end) as a ring.
    static double signedArea(std::span<const osg::Vec3> ring);

private:
    /// Converts and cleans `ring` onto the end of m_points; returns the number of points kept,
    /// or 0 if a coordinate is not finite.
    std::size_t appendCleaned(std::span<const geo::Point> ring, bool closed, const geo::Point &origin);
    void dropFrom(std::size_t pointCount, std::size_t ringCount);

    std::vector<osg::Vec3> m_points;
    std::vector<std::uint32_t> m_ringEnds;
    std::vector<Polygon> m_polygons;
};

} // namespace ct::scene
