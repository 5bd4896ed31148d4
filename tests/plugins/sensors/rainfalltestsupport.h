// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// A grid twin for the rainfall model's tests (tests/modules/sim's GridTwin) with a river and a
// river gauge on it.
//
// 7 × 5 nodes, 100 m apart: x = −5000 + 100·c, y = 10000 + 100·r. The river runs south → north
// at x = −4750 (between columns 2 and 3), from y = 9900 to 10500, crossing every horizontal road
// between columns 2 and 3. The gauge "G1" stands on it at row 2 (y = 10200). Homes in column 0
// (rows 1–3), one flood shelter in column 6, row 2: the direct way east crosses the river.

#include "simtestsupport.h"   // tests/modules/sim: the grid twin

#include "ct/store/twinstore.h"

#include <QTest>

#include <cmath>
#include <memory>

namespace ct::sensors::test {

struct RainfallTwin
{
    static constexpr double kRiverX = -4750.0;

    //! Writes the twin; `catchmentKm2` NaN leaves the attribute empty.
    static std::unique_ptr<store::TwinStore> write(const QString &path, double catchmentKm2 = 20.0)
    {
        sim::test::GridTwin grid;
        grid.columns = 7;
        grid.rows = 5;
        grid.homes = {{0, 1, 30}, {0, 2, 30}, {0, 3, 30}};
        grid.shelters = {{6, 2, 1000}};
        auto twin = grid.write(path);
        using Type = store::FieldDefinition::Type;
        auto fail = [](const core::Status &s) {
            if (!s)
                qFatal("rainfall twin: %s", qPrintable(s.error().toString()));
        };
        store::Transaction tx(*twin);
        store::LayerDefinition rivers;
        rivers.name = QStringLiteral("rivers");
        rivers.geometryType = geo::GeometryType::LineString;
        rivers.fields = {{QStringLiteral("name"), Type::Text}, {QStringLiteral("width_m"), Type::Real}};
        fail(twin->createLayer(rivers));
        auto riverWriter = twin->writer(QStringLiteral("rivers"), {QStringLiteral("name"), QStringLiteral("width_m")});
        (void)riverWriter->insert(geo::Geometry::lineString({{kRiverX, 9900.0}, {kRiverX, 10500.0}}), {QStringLiteral("テスト川"), 20.0});
        fail(riverWriter->finish());

        store::LayerDefinition sites;
        sites.name = QStringLiteral("sensor_sites");
        sites.geometryType = geo::GeometryType::Point;
        sites.fields = {{QStringLiteral("source_id"), Type::Text}, {QStringLiteral("name"), Type::Text},
                        {QStringLiteral("kind"), Type::Text},      {QStringLiteral("unit"), Type::Text},
                        {QStringLiteral("interval_s"), Type::Integer}, {QStringLiteral("catchment_km2"), Type::Real},
                        {QStringLiteral("river"), Type::Text}};
        fail(twin->createLayer(sites));
        auto siteWriter = twin->writer(QStringLiteral("sensor_sites"), {QStringLiteral("source_id"), QStringLiteral("name"),
                                                                        QStringLiteral("kind"), QStringLiteral("unit"),
                                                                        QStringLiteral("interval_s"), QStringLiteral("catchment_km2"),
                                                                        QStringLiteral("river")});
        (void)siteWriter->insert(geo::Geometry::point({kRiverX, 10200.0}),
                                 {QStringLiteral("G1"), QStringLiteral("テスト橋"), QStringLiteral("river_gauge"), QStringLiteral("m"), 600,
                                  std::isnan(catchmentKm2) ? QVariant() : QVariant(catchmentKm2), QStringLiteral("テスト川")});
        // A weather station: not a gauge, so not in the model.
        (void)siteWriter->insert(geo::Geometry::point({-4900.0, 10050.0}),
                                 {QStringLiteral("W1"), QStringLiteral("観測所"), QStringLiteral("weather"), QStringLiteral("mm"), 600,
                                  QVariant(), QVariant()});
        fail(siteWriter->finish());
        fail(tx.commit());
        return twin;
    }
};

} // namespace ct::sensors::test
