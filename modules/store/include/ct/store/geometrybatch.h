// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/envelope.h"
#include "ct/geo/geometry.h"

#include <cstdint>
#include <span>
#include <vector>

namespace ct::store {

/// \brief The geometries of many features in five flat arrays: one coordinate array for the whole
/// layer, and offsets from features to parts, parts to rings and rings to points.
///
/// A geo::Geometry per feature costs three heap allocations; 100k buildings read that way spend
/// more time in malloc than in SQLite. The batch is filled in a few geometric-growth allocations
/// and hands out spans. Feature i has parts [partOffsets()[i], partOffsets()[i+1]); part p has
/// rings [ringOffsets()[p], ringOffsets()[p+1]); ring r has points
/// [pointOffsets()[r], pointOffsets()[r+1]). The structure of each feature is exactly the one
/// geo::GpkgBlob::decode() gives (a NULL geometry is an empty Point with no part), so geometry(i)
/// equals what TwinStore::read() returns for the same row.
class GeometryBatch
{
public:
    GeometryBatch();

    std::size_t size() const { return m_types.size(); }
    bool isEmpty() const { return m_types.empty(); }

    geo::GeometryType type(std::size_t feature) const { return m_types[feature]; }
    //! True when feature `feature` has no coordinate (NULL or EMPTY geometry).
    bool isEmpty(std::size_t feature) const { return pointsOf(feature).empty(); }

    //! Every coordinate of every feature, in feature order (CRS units, metres for the twin).
    std::span<const geo::Point> points() const { return m_points; }
    std::span<const std::uint32_t> partOffsets() const { return m_partOffsets; }   //!< size() + 1 entries
    std::span<const std::uint32_t> ringOffsets() const { return m_ringOffsets; }   //!< part count + 1 entries
    std::span<const std::uint32_t> pointOffsets() const { return m_pointOffsets; } //!< ring count + 1 entries

    std::size_t partCount() const { return m_ringOffsets.size() - 1; }
    std::size_t ringCount() const { return m_pointOffsets.size() - 1; }

    //! All coordinates of one feature (all its parts and rings).
    std::span<const geo::Point> pointsOf(std::size_t feature) const;
    //! One ring (or line string, or point) by its global ring index.
    std::span<const geo::Point> ring(std::size_t ringIndex) const
    {
        return std::span<const geo::Point>(m_points).subspan(m_pointOffsets[ringIndex],
                                                            m_pointOffsets[ringIndex + 1] - m_pointOffsets[ringIndex]);
    }
    //! Bounding box of one feature; empty for a feature without coordinates.
    geo::Envelope envelope(std::size_t feature) const;

    //! Feature `feature` as a standalone geometry (three allocations; for callers that need one).
    geo::Geometry geometry(std::size_t feature) const;
    //! Every feature as a standalone geometry, for APIs that take std::span<const geo::Geometry>.
    std::vector<geo::Geometry> toGeometries() const;

    // --- building (used by decoders) -----------------------------------------------------------
    void clear();
    //! Capacity for `features` features of about `pointsPerFeature` coordinates each.
    void reserve(std::size_t features, std::size_t pointsPerFeature);
    void beginFeature(geo::GeometryType type)
    {
        m_types.push_back(type);
        m_partOffsets.push_back(m_partOffsets.back());
    }
    void beginPart()
    {
        m_ringOffsets.push_back(m_ringOffsets.back());
        ++m_partOffsets.back();
    }
    void beginRing()
    {
        m_pointOffsets.push_back(m_pointOffsets.back());
        ++m_ringOffsets.back();
    }
    void append(geo::Point p)
    {
        m_points.push_back(p);
        ++m_pointOffsets.back();
    }
    //! Appends `count` points to the current ring and returns them to be filled in.
    std::span<geo::Point> appendPoints(std::size_t count)
    {
        const std::size_t first = m_points.size();
        m_points.resize(first + count);
        m_pointOffsets.back() += std::uint32_t(count);
        return std::span<geo::Point>(m_points).subspan(first, count);
    }
    //! Removes the last feature (a filtered-out or undecodable row).
    void removeLast();
    //! Appends a whole geometry (tests and callers holding geo::Geometry values).
    void appendGeometry(const geo::Geometry &geometry);

    friend bool operator==(const GeometryBatch &a, const GeometryBatch &b)
    {
        return a.m_types == b.m_types && a.m_points == b.m_points && a.m_partOffsets == b.m_partOffsets
            && a.m_ringOffsets == b.m_ringOffsets && a.m_pointOffsets == b.m_pointOffsets;
    }

private:
    std::vector<geo::GeometryType> m_types;
    std::vector<geo::Point> m_points;
    std::vector<std::uint32_t> m_partOffsets{0};
    std::vector<std::uint32_t> m_ringOffsets{0};
    std::vector<std::uint32_t> m_pointOffsets{0};
};

} // namespace ct::store
