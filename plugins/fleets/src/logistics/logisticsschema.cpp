// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/logistics/logisticsschema.h"

#include "ct/fleets/logistics/noflyzones.h"
#include "ct/fleets/logistics/supermarketround.h"
#include "ct/store/twinstore.h"

#include <sqlite3.h>

namespace ct::fleets {

store::LayerDefinition LogisticsSchema::noFlyZoneLayer()
{
    using store::FieldDefinition;
    store::LayerDefinition d;
    d.name = QStringLiteral("no_fly_zones");
    d.geometryType = geo::GeometryType::Polygon;
    d.title = QStringLiteral("No-fly zones");
    d.description = QStringLiteral("Areas drones fly around: hospital helipads, crowds");
    d.fields = {{QStringLiteral("zone_id"), FieldDefinition::Type::Text, true},
                {QStringLiteral("name"), FieldDefinition::Type::Text, false},
                {QStringLiteral("kind"), FieldDefinition::Type::Text, true}};
    d.stableIdField = QStringLiteral("zone_id");
    return d;
}

store::Migration LogisticsSchema::migration()
{
    store::Migration step;
    step.version = kVersion;
    step.description = QStringLiteral("logistics: no-fly zones for drones, mobile supermarket stops");
    // The table is made in apply() (which runs before `sql`), so the demo round can be seeded.
    step.sql = QStringLiteral("CREATE INDEX supermarket_stop_arrival ON supermarket_stop (scheduled_arrival);");
    step.apply = [](store::TwinStore &twin) -> core::Status {
        const char *table = R"sql(
CREATE TABLE supermarket_stop (
    vehicle_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    scheduled_arrival INTEGER NOT NULL CHECK (scheduled_arrival >= 0),  -- seconds after midnight
    dwell_s INTEGER NOT NULL DEFAULT 600 CHECK (dwell_s >= 0),
    PRIMARY KEY (vehicle_id, seq)
);
)sql";
        char *message = nullptr;
        if (sqlite3_exec(twin.handle(), table, nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : "?");
            sqlite3_free(message);
            return core::Error::io(QStringLiteral("supermarket_stop: %1").arg(text));
        }
        if (!twin.hasLayer(noFlyZoneLayer().name))
            if (core::Status s = twin.createLayer(noFlyZoneLayer()); !s)
                return s;
        if (twin.metadata(QStringLiteral("generator.seed")).isEmpty())
            return {};
        if (auto zones = NoFlyZones::seedDemo(twin); !zones)
            return zones.error();
        if (auto stops = SupermarketRound::seedDemo(twin); !stops)
            return stops.error();
        return {};
    };
    return step;
}

} // namespace ct::fleets
