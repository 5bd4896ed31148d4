// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <algorithm>
#include <limits>

namespace ct::geo {

/// \brief An axis-aligned bounding box; empty until a point is added.
struct Envelope
{
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    bool isEmpty() const { return minX > maxX || minY > maxY; }
    double width() const { return isEmpty() ? 0.0 : maxX - minX; }
    double height() const { return isEmpty() ? 0.0 : maxY - minY; }
    Point center() const { return {(minX + maxX) / 2.0, (minY + maxY) / 2.0}; }

    void expand(const Point &p)
    {
        minX = std::min(minX, p.x);
        minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
    }
    void expand(const Envelope &e)
    {
        if (e.isEmpty())
            return;
        expand(Point{e.minX, e.minY});
        expand(Point{e.maxX, e.maxY});
    }
    bool contains(const Point &p) const { return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY; }
    bool intersects(const Envelope &e) const
    {
        return !(e.minX > maxX || e.maxX < minX || e.minY > maxY || e.maxY < minY);
    }
};

} // namespace ct::geo
