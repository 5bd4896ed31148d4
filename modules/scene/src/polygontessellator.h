// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <osg/Vec3>
#include <osg/ref_ptr>

#include <cstdint>
#include <span>
#include <vector>

namespace osgUtil {
class Tessellator;
}

namespace ct::scene {

/// \brief Triangulates one planar polygon (exterior ring plus holes, z ignored) with
/// osgUtil::Tessellator, reusing one GLU tessellator object for many polygons.
///
/// Uses the Tessellator's contour interface directly: one beginTessellation/endTessellation
/// around all rings is what TESS_TYPE_GEOMETRY does inside retessellatePolygons(), without
/// building an osg::Geometry per footprint (and retessellatePolygons() cannot be reused across
/// geometries in that mode, it keeps the first geometry's contours). Winding rule ODD, boundary
/// only off, tessellation normal +z.
class PolygonTessellator
{
public:
    PolygonTessellator();
    ~PolygonTessellator();
    PolygonTessellator(const PolygonTessellator &) = delete;
    PolygonTessellator &operator=(const PolygonTessellator &) = delete;

    /// Triangulates the rings stored one after another in `points`; `ringEnds` are the end
    /// offsets of each ring in `points`. Appends three indices per triangle to `triangles`,
    /// counter-clockwise seen from above: an index below points.size() names a point of
    /// `points`, index points.size() + k names `extraPoints[k]` (a vertex GLU had to insert
    /// where edges cross). `extraPoints` is cleared first. Returns the number of triangles.
    std::size_t tessellate(std::span<osg::Vec3> points, std::span<const std::uint32_t> ringEnds,
                           std::vector<std::uint32_t> &triangles, std::vector<osg::Vec3> &extraPoints);

private:
    std::uint32_t indexOf(const osg::Vec3 *vertex, std::span<osg::Vec3> points,
                          std::vector<osg::Vec3> &extraPoints);

    osg::ref_ptr<osgUtil::Tessellator> m_tessellator;
    std::vector<const osg::Vec3 *> m_extraPointers;  //!< GLU's combine vertices, by extra index
};

} // namespace ct::scene
