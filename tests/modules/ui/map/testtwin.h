// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "layerlistmodel.h"

#include "ct/pluginapi/layerdescriptor.h"
#include "ct/store/twinstore.h"

#include <QString>

#include <memory>
#include <vector>

/// A small twin at known EPSG:6677 coordinates for the map tests.
namespace testtwin {

using ct::geo::Geometry;
using ct::geo::Point;

inline constexpr double kMinX = 10000.0, kMinY = 20000.0; //!< extent: the water area's corners
inline constexpr double kMaxX = 11000.0, kMaxY = 20600.0;
inline constexpr double kBuildingSize = 60.0;           //!< metres, square footprints
/// Centres of the buildings (fid 1, 2, 3), heights 20, 35, 50 m.
inline const std::vector<Point> kBuildings = {{10200.0, 20450.0}, {10800.0, 20450.0}, {10500.0, 20150.0}};
/// Shelter points (fid 1, 2, 3).
inline const std::vector<Point> kShelters = {{10300.0, 20300.0}, {10700.0, 20300.0}, {10500.0, 20500.0}};
inline const QStringList kShelterNames = {QStringLiteral("竹園避難所"), QStringLiteral("Azuma shelter"),
                                          QStringLiteral("並木小学校")};

inline Geometry square(const Point &c, double size)
{
    const double h = size / 2.0;
    return Geometry::polygon({{{c.x - h, c.y - h}, {c.x + h, c.y - h}, {c.x + h, c.y + h}, {c.x - h, c.y + h}, {c.x - h, c.y - h}}});
}

inline std::vector<ct::plugin::LayerDescriptor> descriptors()
{
    using ct::plugin::LayerDescriptor;
    LayerDescriptor water;
    water.table = QStringLiteral("water");
    water.title = QStringLiteral("Water");
    water.kind = LayerDescriptor::Kind::Areas;
    water.color = QStringLiteral("#a0c8f0");
    water.order = 10;
    LayerDescriptor roads;
    roads.table = QStringLiteral("roads");
    roads.title = QStringLiteral("Roads");
    roads.kind = LayerDescriptor::Kind::Lines;
    roads.color = QStringLiteral("#606060");
    roads.widthMetres = 12.0;
    roads.order = 20;
    LayerDescriptor buildings;
    buildings.table = QStringLiteral("buildings");
    buildings.title = QStringLiteral("Buildings");
    buildings.kind = LayerDescriptor::Kind::Buildings;
    buildings.color = QStringLiteral("#e04030");
    buildings.heightField = QStringLiteral("height_m");
    buildings.order = 40;
    LayerDescriptor shelters;
    shelters.table = QStringLiteral("shelters");
    shelters.title = QStringLiteral("Shelters");
    shelters.kind = LayerDescriptor::Kind::Points;
    shelters.color = QStringLiteral("#1050f0");
    shelters.symbol = LayerDescriptor::Symbol::Square;
    shelters.symbolSizePixels = 16.0;
    shelters.labelField = QStringLiteral("name");
    shelters.order = 60;
    return {water, roads, buildings, shelters};
}

/// Creates the twin at `path`; returns an error message or an empty string.
inline QString create(const QString &path)
{
    using namespace ct::store;
    auto created = TwinStore::create(path);
    if (!created)
        return created.error().toString();
    TwinStore &twin = **created;
    auto layer = [&](const QString &name, ct::geo::GeometryType type, std::vector<FieldDefinition> fields) {
        LayerDefinition d;
        d.name = name;
        d.title = name;
        d.geometryType = type;
        d.fields = std::move(fields);
        return twin.createLayer(d);
    };
    using T = FieldDefinition::Type;
    if (auto s = layer(QStringLiteral("water"), ct::geo::GeometryType::Polygon, {{QStringLiteral("name"), T::Text}}); !s)
        return s.error().toString();
    if (auto s = layer(QStringLiteral("roads"), ct::geo::GeometryType::LineString,
                       {{QStringLiteral("name"), T::Text}, {QStringLiteral("width_m"), T::Real}}); !s)
        return s.error().toString();
    if (auto s = layer(QStringLiteral("buildings"), ct::geo::GeometryType::Polygon, {{QStringLiteral("height_m"), T::Real}}); !s)
        return s.error().toString();
    if (auto s = layer(QStringLiteral("shelters"), ct::geo::GeometryType::Point, {{QStringLiteral("name"), T::Text}}); !s)
        return s.error().toString();
    if (auto s = twin.begin(); !s)
        return s.error().toString();
    {
        auto w = twin.writer(QStringLiteral("water"), {QStringLiteral("name")});
        if (!w)
            return w.error().toString();
        // A pond in the south-west corner, and the extent-defining frame as a thin lake outline
        // would be odd: the extent comes from a large, low-priority water polygon instead.
        (void)w->insert(Geometry::polygon({{{kMinX, kMinY}, {kMinX + 150, kMinY}, {kMinX + 150, kMinY + 100},
                                            {kMinX, kMinY + 100}, {kMinX, kMinY}}}),
                        {QStringLiteral("pond")});
        (void)w->insert(Geometry::polygon({{{kMaxX - 100, kMaxY - 80}, {kMaxX, kMaxY - 80}, {kMaxX, kMaxY},
                                            {kMaxX - 100, kMaxY}, {kMaxX - 100, kMaxY - 80}}}),
                        {QStringLiteral("lake")});
        if (auto s = w->finish(); !s)
            return s.error().toString();
    }
    {
        auto w = twin.writer(QStringLiteral("roads"), {QStringLiteral("name"), QStringLiteral("width_m")});
        if (!w)
            return w.error().toString();
        (void)w->insert(Geometry::lineString({{kMinX + 50, 20300.0}, {kMaxX - 50, 20300.0}}), {QStringLiteral("main"), 16.0});
        if (auto s = w->finish(); !s)
            return s.error().toString();
    }
    {
        auto w = twin.writer(QStringLiteral("buildings"), {QStringLiteral("height_m")});
        if (!w)
            return w.error().toString();
        const double heights[] = {20.0, 35.0, 50.0};
        for (std::size_t i = 0; i < kBuildings.size(); ++i)
            (void)w->insert(square(kBuildings[i], kBuildingSize), {heights[i]});
        if (auto s = w->finish(); !s)
            return s.error().toString();
    }
    {
        auto w = twin.writer(QStringLiteral("shelters"), {QStringLiteral("name")});
        if (!w)
            return w.error().toString();
        for (std::size_t i = 0; i < kShelters.size(); ++i)
            (void)w->insert(Geometry::point(kShelters[i]), {kShelterNames[qsizetype(i)]});
        if (auto s = w->finish(); !s)
            return s.error().toString();
    }
    if (auto s = twin.commit(); !s)
        return s.error().toString();
    return {};
}

/// The test twin's layers as the shell's layer model holds them (all visible, descriptor order).
inline std::unique_ptr<ct::ui::LayerListModel> layerModel()
{
    auto model = std::make_unique<ct::ui::LayerListModel>();
    std::vector<ct::ui::LayerListModel::Entry> entries;
    for (const auto &d : descriptors()) {
        ct::ui::LayerListModel::Entry e;
        e.descriptor = d;
        e.order = d.order;
        entries.push_back(e);
    }
    model->setEntries(std::move(entries));
    return model;
}

} // namespace testtwin
