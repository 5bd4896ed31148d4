// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "polygontessellator.h"

#include <osgUtil/Tessellator>

#include <algorithm>

namespace ct::scene {

PolygonTessellator::PolygonTessellator()
    : m_tessellator(new osgUtil::Tessellator)
{
    m_tessellator->setTessellationType(osgUtil::Tessellator::TESS_TYPE_GEOMETRY);
    m_tessellator->setWindingType(osgUtil::Tessellator::TESS_WINDING_ODD);
    m_tessellator->setBoundaryOnly(false);
    // All footprints lie in a horizontal plane; telling GLU saves it estimating the normal and
    // fixes the output orientation to counter-clockwise seen from above.
    m_tessellator->setTessellationNormal(osg::Vec3(0.0f, 0.0f, 1.0f));
}

PolygonTessellator::~PolygonTessellator() = default;

std::uint32_t PolygonTessellator::indexOf(const osg::Vec3 *vertex, std::span<osg::Vec3> points,
                                          std::vector<osg::Vec3> &extraPoints)
{
    if (vertex >= points.data() && vertex < points.data() + points.size())
        return std::uint32_t(vertex - points.data());
    const auto found = std::find(m_extraPointers.begin(), m_extraPointers.end(), vertex);
    if (found != m_extraPointers.end())
        return std::uint32_t(points.size() + std::size_t(found - m_extraPointers.begin()));
    m_extraPointers.push_back(vertex);
    extraPoints.push_back(*vertex);
    return std::uint32_t(points.size() + extraPoints.size() - 1);
}

std::size_t PolygonTessellator::tessellate(std::span<osg::Vec3> points, std::span<const std::uint32_t> ringEnds,
                                           std::vector<std::uint32_t> &triangles,
                                           std::vector<osg::Vec3> &extraPoints)
{
    extraPoints.clear();
    m_extraPointers.clear();
    const std::size_t firstIndex = triangles.size();

    m_tessellator->beginTessellation();
    std::uint32_t begin = 0;
    for (const std::uint32_t end : ringEnds) {
        m_tessellator->beginContour();
        for (std::uint32_t i = begin; i < end; ++i)
            m_tessellator->addVertex(&points[i]);
        m_tessellator->endContour();
        begin = end;
    }
    m_tessellator->endTessellation();

    for (const auto &prim : m_tessellator->getPrimList()) {
        const auto &v = prim->_vertices;
        const std::size_t n = v.size();
        auto emit = [&](const osg::Vec3 *a, const osg::Vec3 *b, const osg::Vec3 *c) {
            triangles.push_back(indexOf(a, points, extraPoints));
            triangles.push_back(indexOf(b, points, extraPoints));
            triangles.push_back(indexOf(c, points, extraPoints));
        };
        switch (prim->_mode) {
        case GL_TRIANGLES:
            for (std::size_t i = 0; i + 2 < n; i += 3)
                emit(v[i], v[i + 1], v[i + 2]);
            break;
        case GL_TRIANGLE_FAN:
            for (std::size_t i = 1; i + 1 < n; ++i)
                emit(v[0], v[i], v[i + 1]);
            break;
        case GL_TRIANGLE_STRIP:
            for (std::size_t i = 0; i + 2 < n; ++i) {
                if (i % 2 == 0)
                    emit(v[i], v[i + 1], v[i + 2]);
                else
                    emit(v[i + 1], v[i], v[i + 2]);
            }
            break;
        default:
            break;  // boundary-only output (line loops) is switched off
        }
    }
    m_tessellator->reset();  // frees GLU's vertex copies and combine vertices now, not at the next call
    m_extraPointers.clear();

    // GLU orients its output by the tessellation normal; check the total once rather than trust
    // it (a per-triangle test would flip zero-area slivers at random).
    auto at = [&](std::uint32_t index) -> const osg::Vec3 & {
        return index < points.size() ? points[index] : extraPoints[index - points.size()];
    };
    double twiceArea = 0.0;
    for (std::size_t t = firstIndex; t < triangles.size(); t += 3) {
        const osg::Vec3 &a = at(triangles[t]), &b = at(triangles[t + 1]), &c = at(triangles[t + 2]);
        twiceArea += double(b.x() - a.x()) * double(c.y() - a.y()) - double(c.x() - a.x()) * double(b.y() - a.y());
    }
    if (twiceArea < 0.0) {
        for (std::size_t t = firstIndex; t < triangles.size(); t += 3)
            std::swap(triangles[t + 1], triangles[t + 2]);
    }
    return (triangles.size() - firstIndex) / 3;
}

} // namespace ct::scene
