// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/envelope.h"
#include "ct/geo/point.h"

#include <cstdint>
#include <span>
#include <vector>

namespace ct::geo {

/// Simple-features geometry types; the values are the WKB type codes.
enum class GeometryType : std::uint8_t {
    Point = 1,
    LineString = 2,
    Polygon = 3,
    MultiPoint = 4,
    MultiLineString = 5,
    MultiPolygon = 6,
};

/// \brief A 2D simple-features geometry stored flat: all coordinates in one array, rings (or
/// line strings) as end offsets into it, parts as end offsets into the rings.
///
/// Flat storage keeps 100k building footprints in a few large allocations, which is what the
/// loader and the mesh builder need. A Point has one part of one ring of one point; a LineString
/// one part of one ring; a Polygon one part whose first ring is the exterior.
class Geometry
{
public:
    Geometry() = default;

    static Geometry point(Point p);
    static Geometry lineString(std::vector<Point> points);
    static Geometry polygon(const std::vector<std::vector<Point>> &rings);
    static Geometry multiPoint(const std::vector<Point> &points);
    static Geometry multiLineString(const std::vector<std::vector<Point>> &lines);
    static Geometry multiPolygon(const std::vector<std::vector<std::vector<Point>>> &polygons);

    GeometryType type() const { return m_type; }
    bool isEmpty() const { return m_points.empty(); }

    std::span<const Point> points() const { return m_points; }
    std::span<Point> mutablePoints() { return m_points; }

    int partCount() const { return int(m_partEnds.size()); }
    int ringCount() const { return int(m_ringEnds.size()); }
    /// Rings of part `part`, as indices usable with ring().
    int firstRingOfPart(int part) const { return part == 0 ? 0 : int(m_partEnds[part - 1]); }
    int endRingOfPart(int part) const { return int(m_partEnds[part]); }
    std::span<const Point> ring(int ringIndex) const;

    Envelope envelope() const;

    /// Builder interface used by decoders: start a part, start a ring, append points.
    void setType(GeometryType type) { m_type = type; }
    void beginPart() { m_partEnds.push_back(std::uint32_t(m_ringEnds.size())); }
    void beginRing() { m_ringEnds.push_back(std::uint32_t(m_points.size())); ++m_partEnds.back(); }
    void append(Point p) { m_points.push_back(p); ++m_ringEnds.back(); }
    void reserve(std::size_t points) { m_points.reserve(points); }

    friend bool operator==(const Geometry &a, const Geometry &b)
    {
        return a.m_type == b.m_type && a.m_points == b.m_points && a.m_ringEnds == b.m_ringEnds
            && a.m_partEnds == b.m_partEnds;
    }

private:
    GeometryType m_type = GeometryType::Point;
    std::vector<Point> m_points;
    std::vector<std::uint32_t> m_ringEnds;  //!< end offset into m_points of each ring
    std::vector<std::uint32_t> m_partEnds;  //!< end offset into m_ringEnds of each part
};

/// Signed area of a ring by the shoelace formula: positive when counter-clockwise (metres² in a
/// metric CRS).
double signedArea(std::span<const Point> ring);
/// Length of a line string in CRS units.
double length(std::span<const Point> line);
/// Even-odd point-in-polygon test against all rings of a polygon part.
bool polygonContains(const Geometry &polygon, int part, Point p);

} // namespace ct::geo
