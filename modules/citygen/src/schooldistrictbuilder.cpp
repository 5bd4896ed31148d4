// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "schooldistrictbuilder.h"

#include "planar.h"

#include <QCoreApplication>

#include <ogr_api.h>

#include <cmath>

namespace ct::citygen {

namespace {

OGRGeometryH toOgrPolygon(const std::vector<Ring> &rings)
{
    OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
    for (const auto &ring : rings) {
        OGRGeometryH r = OGR_G_CreateGeometry(wkbLinearRing);
        for (const auto &p : ring)
            OGR_G_AddPoint_2D(r, p.x, p.y);
        OGR_G_CloseRings(r);
        OGR_G_AddGeometryDirectly(polygon, r);
    }
    return polygon;
}

std::vector<Ring> fromOgrPolygon(OGRGeometryH polygon)
{
    std::vector<Ring> rings;
    for (int r = 0; r < OGR_G_GetGeometryCount(polygon); ++r) {
        OGRGeometryH ring = OGR_G_GetGeometryRef(polygon, r);
        Ring points(OGR_G_GetPointCount(ring));
        for (int i = 0; i < int(points.size()); ++i)
            points[i] = {OGR_G_GetX(ring, i), OGR_G_GetY(ring, i)};
        rings.push_back(std::move(points));
    }
    return rings;
}

} // namespace

void SchoolDistrictBuilder::run(const CityPlan &plan, CityModel &model)
{
    std::vector<const SchoolFeature *> schools;
    for (const auto &s : model.schools)
        if (s.kind == QLatin1String("elementary"))
            schools.push_back(&s);
    if (schools.empty() || model.boundary.empty())
        return;

    OGRGeometryH city = OGR_G_CreateGeometry(wkbMultiPolygon);
    for (const auto &polygon : model.boundary.front().polygons)
        OGR_G_AddGeometryDirectly(city, toOgrPolygon(polygon));
    OGRGeometryH valid = OGR_G_MakeValid(city);
    if (valid) {
        OGR_G_DestroyGeometry(city);
        city = valid;
    }

    auto env = plan.boundary.envelope();
    const double margin = 1000.0;
    const std::vector<geo::Point> box{{env.minX - margin, env.minY - margin}, {env.maxX + margin, env.minY - margin},
                                      {env.maxX + margin, env.maxY + margin}, {env.minX - margin, env.maxY + margin}};
    double dropped = 0.0;
    for (const auto *school : schools) {
        std::vector<geo::Point> cell = box;
        for (const auto *other : schools)
            if (other != school && !(other->position == school->position))
                cell = clipToNearerHalfPlane(cell, school->position, other->position);
        if (cell.size() < 3)
            continue;
        closeRing(cell);
        OGRGeometryH cellGeometry = toOgrPolygon({cell});
        OGRGeometryH clipped = OGR_G_Intersection(cellGeometry, city);
        OGR_G_DestroyGeometry(cellGeometry);
        if (!clipped)
            continue;
        OGRGeometryH schoolPoint = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(schoolPoint, 0, school->position.x, school->position.y);
        OGRGeometryH chosen = nullptr;
        double chosenArea = -1.0;
        auto consider = [&](OGRGeometryH part) {
            if (wkbFlatten(OGR_G_GetGeometryType(part)) != wkbPolygon)
                return;
            const double area = OGR_G_Area(part);
            const bool holds = OGR_G_Contains(part, schoolPoint);
            // Prefer the part holding the school; otherwise the largest.
            const double score = holds ? 1e18 : area;
            if (score > chosenArea) {
                if (chosen)
                    dropped += OGR_G_Area(chosen);
                chosenArea = score;
                chosen = part;
            } else {
                dropped += area;
            }
        };
        const auto type = wkbFlatten(OGR_G_GetGeometryType(clipped));
        if (type == wkbPolygon)
            consider(clipped);
        else
            for (int p = 0; p < OGR_G_GetGeometryCount(clipped); ++p)
                consider(OGR_G_GetGeometryRef(clipped, p));
        if (chosen)
            model.schoolDistricts.push_back({school->name, fromOgrPolygon(chosen)});
        OGR_G_DestroyGeometry(schoolPoint);
        OGR_G_DestroyGeometry(clipped);
    }
    OGR_G_DestroyGeometry(city);
    if (dropped > 1.0)
        model.notes.push_back(QCoreApplication::translate("CityGen", "school districts: %1 km² of detached cell parts were left out (concave outline)")
                                  .arg(dropped / 1e6, 0, 'f', 2));
}

} // namespace ct::citygen
