// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/geo/geometry.h"

#include <QString>

#include <memory>
#include <span>

namespace ct::geo {

/// \brief A coordinate transformation between two CRSs, computed by PROJ.
///
/// Axis order is normalised for GIS use (longitude/easting first) whatever the CRS definitions say,
/// so EPSG:4326 and EPSG:6697 (latitude-first officially) take x = longitude. Each instance owns its
/// own PROJ context: use one per thread, there is no shared state.
class CrsTransform
{
public:
    /// `from` and `to` are anything PROJ accepts: "EPSG:6677", a WKT or PROJ string.
    static core::Result<CrsTransform> create(const QString &from, const QString &to);
    static core::Result<CrsTransform> create(int fromEpsg, int toEpsg);

    CrsTransform(CrsTransform &&other) noexcept;
    CrsTransform &operator=(CrsTransform &&other) noexcept;
    ~CrsTransform();

    /// Transforms one point; returns false where PROJ cannot (outside the area of use is allowed).
    bool forward(Point &p) const;
    bool inverse(Point &p) const;
    /// Transforms points in place; returns false if any failed (failed points become infinite).
    bool forward(std::span<Point> points) const;
    bool inverse(std::span<Point> points) const;
    /// Transforms all coordinates of a geometry in place.
    bool forward(Geometry &g) const { return forward(g.mutablePoints()); }

    QString sourceCrs() const;
    QString targetCrs() const;

private:
    struct State;
    explicit CrsTransform(std::unique_ptr<State> state);
    bool apply(std::span<Point> points, bool forwardDirection) const;
    std::unique_ptr<State> m_state;
};

} // namespace ct::geo
