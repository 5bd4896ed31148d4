// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/cityboundary.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>

namespace ct::safety {

CityBoundary::CityBoundary(std::vector<geo::Geometry> polygons) : m_polygons(std::move(polygons))
{
    for (const auto &g : m_polygons)
        m_envelope.expand(g.envelope());
}

core::Result<CityBoundary> CityBoundary::fromTwin(const store::TwinStore &twin)
{
    const QString layer = QStringLiteral("boundary");
    if (!twin.hasLayer(layer))
        return core::Error::notFound(QCoreApplication::translate("Safety", "the twin has no city boundary (layer \"boundary\"), "
                                                                          "so places cannot be checked against the city"),
                                     twin.path());
    auto table = twin.read(layer);
    if (!table)
        return table.error();
    std::vector<geo::Geometry> polygons;
    for (auto &g : table->geometries)
        if (g.type() == geo::GeometryType::Polygon || g.type() == geo::GeometryType::MultiPolygon)
            polygons.push_back(std::move(g));
    if (polygons.empty())
        return core::Error::notFound(QCoreApplication::translate("Safety", "the twin's boundary layer has no polygon"), twin.path());
    return CityBoundary(std::move(polygons));
}

bool CityBoundary::contains(geo::Point p) const
{
    if (!m_envelope.contains(p))
        return false;
    for (const auto &g : m_polygons)
        for (int part = 0; part < g.partCount(); ++part)
            if (geo::polygonContains(g, part, p))
                return true;
    return false;
}

} // namespace ct::safety
