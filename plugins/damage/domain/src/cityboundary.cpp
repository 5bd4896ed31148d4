// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/damage/cityboundary.h"

#include "ct/store/twinstore.h"

namespace ct::damage {

core::Result<CityBoundary> CityBoundary::fromTwin(const store::TwinStore &store)
{
    CityBoundary boundary;
    const QString layer = QStringLiteral("boundary");
    if (!store.hasLayer(layer))
        return boundary;
    auto table = store.read(layer);
    if (!table)
        return table.error();
    for (auto &g : table->geometries) {
        if (!g.isEmpty() && (g.type() == geo::GeometryType::Polygon || g.type() == geo::GeometryType::MultiPolygon))
            boundary.m_polygons.push_back(std::move(g));
    }
    return boundary;
}

bool CityBoundary::contains(geo::Point p) const
{
    if (m_polygons.empty())
        return true;
    for (const geo::Geometry &g : m_polygons) {
        if (!g.envelope().contains(p))
            continue;
        for (int part = 0; part < g.partCount(); ++part) {
            if (geo::polygonContains(g, part, p))
                return true;
        }
    }
    return false;
}

} // namespace ct::damage
