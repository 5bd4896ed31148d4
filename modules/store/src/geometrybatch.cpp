// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/store/geometrybatch.h"

namespace ct::store {

GeometryBatch::GeometryBatch() = default;

std::span<const geo::Point> GeometryBatch::pointsOf(std::size_t feature) const
{
    const std::uint32_t firstRing = m_ringOffsets[m_partOffsets[feature]];
    const std::uint32_t endRing = m_ringOffsets[m_partOffsets[feature + 1]];
    const std::uint32_t first = m_pointOffsets[firstRing];
    const std::uint32_t end = m_pointOffsets[endRing];
    return std::span<const geo::Point>(m_points).subspan(first, end - first);
}

geo::Envelope GeometryBatch::envelope(std::size_t feature) const
{
    geo::Envelope e;
    for (const geo::Point &p : pointsOf(feature))
        e.expand(p);
    return e;
}

geo::Geometry GeometryBatch::geometry(std::size_t feature) const
{
    geo::Geometry g;
    g.setType(m_types[feature]);
    g.reserve(pointsOf(feature).size());
    for (std::uint32_t part = m_partOffsets[feature]; part < m_partOffsets[feature + 1]; ++part) {
        g.beginPart();
        for (std::uint32_t r = m_ringOffsets[part]; r < m_ringOffsets[part + 1]; ++r) {
            g.beginRing();
            for (const geo::Point &p : ring(r))
                g.append(p);
        }
    }
    return g;
}

std::vector<geo::Geometry> GeometryBatch::toGeometries() const
{
    std::vector<geo::Geometry> out;
    out.reserve(size());
    for (std::size_t i = 0; i < size(); ++i)
        out.push_back(geometry(i));
    return out;
}

void GeometryBatch::clear()
{
    m_types.clear();
    m_points.clear();
    m_partOffsets.assign(1, 0);
    m_ringOffsets.assign(1, 0);
    m_pointOffsets.assign(1, 0);
}

void GeometryBatch::reserve(std::size_t features, std::size_t pointsPerFeature)
{
    m_types.reserve(features);
    m_partOffsets.reserve(features + 1);
    m_ringOffsets.reserve(features + 1);
    m_pointOffsets.reserve(features + 1);
    m_points.reserve(features * pointsPerFeature);
}

void GeometryBatch::removeLast()
{
    if (m_types.empty())
        return;
    m_types.pop_back();
    m_partOffsets.pop_back();
    const std::uint32_t parts = m_partOffsets.back();
    m_ringOffsets.resize(parts + 1);
    const std::uint32_t rings = m_ringOffsets.back();
    m_pointOffsets.resize(rings + 1);
    m_points.resize(m_pointOffsets.back());
}

void GeometryBatch::appendGeometry(const geo::Geometry &geometry)
{
    beginFeature(geometry.type());
    for (int part = 0; part < geometry.partCount(); ++part) {
        beginPart();
        for (int r = geometry.firstRingOfPart(part); r < geometry.endRingOfPart(part); ++r) {
            beginRing();
            for (const geo::Point &p : geometry.ring(r))
                append(p);
        }
    }
}

} // namespace ct::store
