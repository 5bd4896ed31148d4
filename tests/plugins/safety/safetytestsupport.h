// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// A small hand-made twin for the safety tests: a 6 km × 6 km city (EPSG:6677 near Tsukuba) with
// three schools and their districts (three vertical strips), one police box, a grid of two-way
// roads every 200 m, and streetlights along the southern half's roads only.

#include "ct/safety/safetyschema.h"
#include "ct/store/twinstore.h"

#include <QString>
#include <QTest>

#include <memory>
#include <vector>

namespace ct::safety::test {

inline constexpr double kMinX = 20000.0, kMinY = 6000.0, kSize = 6000.0;
inline constexpr double kRoadSpacing = 200.0;

inline geo::Point schoolPosition(int index)  //!< index 0..2 → fid 1..3
{
    return {kMinX + 1000.0 + index * 2000.0, kMinY + 3000.0};
}
inline geo::Point policeBoxPosition() { return {kMinX + 3000.0, kMinY + 3000.0}; }

inline void check(const core::Status &s, const char *what)
{
    if (!s)
        qFatal("safety test twin (%s): %s", what, qPrintable(s.error().toString()));
}

inline geo::Geometry rectangle(double x0, double y0, double x1, double y1)
{
    return geo::Geometry::polygon({{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}});
}

/// Creates the twin at `path` with the core and safety schemas applied.
inline std::unique_ptr<store::TwinStore> writeSafetyTwin(const QString &path, bool withRoads = true)
{
    using Type = store::FieldDefinition::Type;
    auto created = store::TwinStore::create(path);
    if (!created)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(created.error().toString()));
    auto twin = std::move(created.value());
    {
        store::Transaction tx(*twin);
        store::LayerDefinition boundary{QStringLiteral("boundary"), geo::GeometryType::MultiPolygon};
        boundary.fields = {{QStringLiteral("name"), Type::Text}};
        check(twin->createLayer(boundary), "boundary");
        auto bw = twin->writer(QStringLiteral("boundary"), {QStringLiteral("name")});
        check(bw ? core::Status() : bw.error(), "boundary writer");
        check(bw->insert(geo::Geometry::multiPolygon({{{{kMinX, kMinY}, {kMinX + kSize, kMinY}, {kMinX + kSize, kMinY + kSize},
                                                       {kMinX, kMinY + kSize}, {kMinX, kMinY}}}}),
                         {QStringLiteral("Test city")}).ok() ? core::Status() : core::Error::internal("boundary"), "boundary row");
        check(bw->finish(), "boundary finish");

        store::LayerDefinition schools{QStringLiteral("schools"), geo::GeometryType::Point};
        schools.fields = {{QStringLiteral("name"), Type::Text}, {QStringLiteral("kind"), Type::Text}, {QStringLiteral("pupils"), Type::Integer}};
        check(twin->createLayer(schools), "schools");
        auto sw = twin->writer(QStringLiteral("schools"), {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("pupils")});
        const QString names[] = {QStringLiteral("竹園西小学校"), QStringLiteral("吾妻小学校"), QStringLiteral("春日学園")};
        for (int i = 0; i < 3; ++i)
            check(sw->insert(geo::Geometry::point(schoolPosition(i)), {names[i], QStringLiteral("elementary"), 300}).ok()
                      ? core::Status() : core::Error::internal("school"), "school row");
        check(sw->finish(), "schools finish");

        store::LayerDefinition districts{QStringLiteral("school_districts"), geo::GeometryType::Polygon};
        districts.fields = {{QStringLiteral("school_name"), Type::Text}};
        check(twin->createLayer(districts), "districts");
        auto dw = twin->writer(QStringLiteral("school_districts"), {QStringLiteral("school_name")});
        for (int i = 0; i < 3; ++i)
            check(dw->insert(rectangle(kMinX + i * 2000.0, kMinY, kMinX + (i + 1) * 2000.0, kMinY + kSize), {names[i]}).ok()
                      ? core::Status() : core::Error::internal("district"), "district row");
        check(dw->finish(), "districts finish");

        store::LayerDefinition boxes{QStringLiteral("police_boxes"), geo::GeometryType::Point};
        boxes.fields = {{QStringLiteral("name"), Type::Text}};
        check(twin->createLayer(boxes), "police boxes");
        auto pw = twin->writer(QStringLiteral("police_boxes"), {QStringLiteral("name")});
        check(pw->insert(geo::Geometry::point(policeBoxPosition()), {QStringLiteral("春日交番")}).ok() ? core::Status()
                                                                                                   : core::Error::internal("box"), "box row");
        check(pw->finish(), "boxes finish");

        if (withRoads) {
            store::LayerDefinition roads{QStringLiteral("roads"), geo::GeometryType::LineString};
            roads.fields = {{QStringLiteral("road_id"), Type::Integer}, {QStringLiteral("road_class"), Type::Text},
                            {QStringLiteral("lanes"), Type::Integer}, {QStringLiteral("speed_kmh"), Type::Real},
                            {QStringLiteral("oneway"), Type::Boolean}, {QStringLiteral("length_m"), Type::Real},
                            {QStringLiteral("from_node"), Type::Integer}, {QStringLiteral("to_node"), Type::Integer},
                            {QStringLiteral("bridge"), Type::Boolean}, {QStringLiteral("name"), Type::Text}};
            check(twin->createLayer(roads), "roads");
            store::LayerDefinition nodes{QStringLiteral("road_nodes"), geo::GeometryType::Point};
            nodes.fields = {{QStringLiteral("node_id"), Type::Integer}};
            check(twin->createLayer(nodes), "nodes");
            const int n = int(kSize / kRoadSpacing) + 1;
            auto node = [n](int c, int r) { return qint64(r) * n + c + 1; };
            auto at = [](int c, int r) { return geo::Point{kMinX + c * kRoadSpacing, kMinY + r * kRoadSpacing}; };
            auto nw = twin->writer(QStringLiteral("road_nodes"), {QStringLiteral("node_id")});
            for (int r = 0; r < n; ++r)
                for (int c = 0; c < n; ++c)
                    check(nw->insert(geo::Geometry::point(at(c, r)), {node(c, r)}).ok() ? core::Status() : core::Error::internal("node"), "node");
            check(nw->finish(), "nodes finish");
            auto rw = twin->writer(QStringLiteral("roads"), {QStringLiteral("road_id"), QStringLiteral("road_class"), QStringLiteral("lanes"),
                                                            QStringLiteral("speed_kmh"), QStringLiteral("oneway"), QStringLiteral("length_m"),
                                                            QStringLiteral("from_node"), QStringLiteral("to_node"), QStringLiteral("bridge"),
                                                            QStringLiteral("name")});
            qint64 id = 0;
            for (int r = 0; r < n; ++r)
                for (int c = 0; c < n; ++c) {
                    if (c + 1 < n)
                        check(rw->insert(geo::Geometry::lineString({at(c, r), at(c + 1, r)}),
                                         {++id, QStringLiteral("residential"), 2, 30.0, false, kRoadSpacing, node(c, r), node(c + 1, r), false, QString()}).ok()
                                  ? core::Status() : core::Error::internal("road"), "road");
                    if (r + 1 < n)
                        check(rw->insert(geo::Geometry::lineString({at(c, r), at(c, r + 1)}),
                                         {++id, QStringLiteral("residential"), 2, 30.0, false, kRoadSpacing, node(c, r), node(c, r + 1), false, QString()}).ok()
                                  ? core::Status() : core::Error::internal("road"), "road");
                }
            check(rw->finish(), "roads finish");

            store::LayerDefinition lights{QStringLiteral("streetlights"), geo::GeometryType::Point};
            lights.fields = {{QStringLiteral("light_id"), Type::Integer}};
            check(twin->createLayer(lights), "streetlights");
            auto lw = twin->writer(QStringLiteral("streetlights"), {QStringLiteral("light_id")});
            qint64 lightId = 0;
            // Lights at every node of the southern half only: the north is dark.
            for (int r = 0; r < n / 2; ++r)
                for (int c = 0; c < n; ++c)
                    check(lw->insert(geo::Geometry::point(at(c, r)), {++lightId}).ok() ? core::Status() : core::Error::internal("light"), "light");
            check(lw->finish(), "lights finish");
        }
        check(tx.commit(), "commit");
    }
    check(twin->migrate(SafetySchema::component(), SafetySchema::migrations()), "safety schema");
    return twin;
}

} // namespace ct::safety::test
