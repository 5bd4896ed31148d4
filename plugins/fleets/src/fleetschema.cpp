// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/fleetschema.h"

#include "ct/fleets/fleetoperationsschema.h"
#include "ct/fleets/liveoperationsschema.h"
#include "ct/fleets/logistics/logisticsschema.h"
#include "ct/fleets/realtimeschema.h"
#include "ct/store/twinstore.h"

namespace ct::fleets {

using store::FieldDefinition;

store::LayerDefinition FleetSchema::stopLayer()
{
    store::LayerDefinition d;
    d.name = QStringLiteral("gtfs_stops");
    d.geometryType = geo::GeometryType::Point;
    d.title = QStringLiteral("GTFS stops");
    d.description = QStringLiteral("Stops and stations of the imported GTFS feeds");
    d.fields = {{QStringLiteral("stop_key"), FieldDefinition::Type::Text, true},
                {QStringLiteral("feed_id"), FieldDefinition::Type::Text, true},
                {QStringLiteral("stop_id"), FieldDefinition::Type::Text, true},
                {QStringLiteral("name"), FieldDefinition::Type::Text, false},
                {QStringLiteral("location_type"), FieldDefinition::Type::Integer, false},
                {QStringLiteral("wheelchair_boarding"), FieldDefinition::Type::Integer, false}};
    d.stableIdField = QStringLiteral("stop_key");
    return d;
}

store::LayerDefinition FleetSchema::shapeLayer()
{
    store::LayerDefinition d;
    d.name = QStringLiteral("gtfs_shapes");
    d.geometryType = geo::GeometryType::LineString;
    d.title = QStringLiteral("GTFS route shapes");
    d.description = QStringLiteral("Shapes of the imported GTFS feeds' trips");
    d.fields = {{QStringLiteral("shape_key"), FieldDefinition::Type::Text, true},
                {QStringLiteral("feed_id"), FieldDefinition::Type::Text, true},
                {QStringLiteral("shape_id"), FieldDefinition::Type::Text, true},
                {QStringLiteral("route_ids"), FieldDefinition::Type::Text, false}};
    d.stableIdField = QStringLiteral("shape_key");
    return d;
}

core::Status FleetSchema::ensureLayers(store::TwinStore &twin)
{
    for (const store::LayerDefinition &layer : {stopLayer(), shapeLayer()})
        if (!twin.hasLayer(layer.name))
            if (core::Status s = twin.createLayer(layer); !s)
                return s;
    return {};
}

store::MigrationList FleetSchema::migrations()
{
    store::MigrationList steps;
    steps.push_back({1, QStringLiteral("fleet vehicles and their last known state"), QStringLiteral(R"sql(
CREATE TABLE fleet_vehicle (
    vehicle_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('on_demand_bus', 'community_bus', 'autonomous_shuttle',
        'personal_mobility', 'delivery_robot', 'drone', 'mobile_supermarket')),
    capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    state TEXT,
    x REAL,
    y REAL,
    heading_deg REAL,
    updated_at TEXT
);
)sql")});
    steps.push_back({2, QStringLiteral("GTFS / GTFS-JP feed tables"), QStringLiteral(R"sql(
CREATE TABLE gtfs_feed (feed_id TEXT PRIMARY KEY, file TEXT NOT NULL, imported_at TEXT NOT NULL);
CREATE TABLE gtfs_agency (feed_id TEXT NOT NULL, agency_id TEXT NOT NULL, agency_name TEXT, agency_url TEXT,
    agency_timezone TEXT, agency_lang TEXT, agency_phone TEXT, agency_fare_url TEXT, agency_email TEXT,
    PRIMARY KEY (feed_id, agency_id));
CREATE TABLE gtfs_agency_jp (feed_id TEXT NOT NULL, agency_id TEXT NOT NULL, agency_official_name TEXT,
    agency_zip_number TEXT, agency_address TEXT, agency_president_pos TEXT, agency_president_name TEXT,
    PRIMARY KEY (feed_id, agency_id));
CREATE TABLE gtfs_office_jp (feed_id TEXT NOT NULL, office_id TEXT NOT NULL, office_name TEXT, office_url TEXT,
    office_phone TEXT, PRIMARY KEY (feed_id, office_id));
CREATE TABLE gtfs_stop (feed_id TEXT NOT NULL, stop_id TEXT NOT NULL, stop_code TEXT, stop_name TEXT,
    stop_desc TEXT, stop_lat REAL, stop_lon REAL, zone_id TEXT, stop_url TEXT, location_type INTEGER,
    parent_station TEXT, stop_timezone TEXT, wheelchair_boarding INTEGER, platform_code TEXT,
    PRIMARY KEY (feed_id, stop_id));
CREATE TABLE gtfs_route (feed_id TEXT NOT NULL, route_id TEXT NOT NULL, agency_id TEXT, route_short_name TEXT,
    route_long_name TEXT, route_desc TEXT, route_type INTEGER NOT NULL, route_url TEXT, route_color TEXT,
    route_text_color TEXT, jp_parent_route_id TEXT, PRIMARY KEY (feed_id, route_id));
CREATE TABLE gtfs_trip (feed_id TEXT NOT NULL, route_id TEXT NOT NULL, service_id TEXT NOT NULL,
    trip_id TEXT NOT NULL, trip_headsign TEXT, trip_short_name TEXT, direction_id INTEGER, block_id TEXT,
    shape_id TEXT, wheelchair_accessible INTEGER, bikes_allowed INTEGER, jp_trip_desc TEXT,
    jp_trip_desc_symbol TEXT, jp_office_id TEXT, PRIMARY KEY (feed_id, trip_id));
CREATE TABLE gtfs_stop_time (feed_id TEXT NOT NULL, trip_id TEXT NOT NULL, arrival_time INTEGER,
    departure_time INTEGER, stop_id TEXT NOT NULL, stop_sequence INTEGER NOT NULL, stop_headsign TEXT,
    pickup_type INTEGER, drop_off_type INTEGER, shape_dist_traveled REAL, timepoint INTEGER,
    PRIMARY KEY (feed_id, trip_id, stop_sequence));
CREATE INDEX gtfs_stop_time_stop ON gtfs_stop_time (feed_id, stop_id);
CREATE TABLE gtfs_calendar (feed_id TEXT NOT NULL, service_id TEXT NOT NULL, monday INTEGER NOT NULL,
    tuesday INTEGER NOT NULL, wednesday INTEGER NOT NULL, thursday INTEGER NOT NULL, friday INTEGER NOT NULL,
    saturday INTEGER NOT NULL, sunday INTEGER NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL,
    PRIMARY KEY (feed_id, service_id));
CREATE TABLE gtfs_calendar_date (feed_id TEXT NOT NULL, service_id TEXT NOT NULL, date TEXT NOT NULL,
    exception_type INTEGER NOT NULL, PRIMARY KEY (feed_id, service_id, date));
CREATE TABLE gtfs_frequency (feed_id TEXT NOT NULL, trip_id TEXT NOT NULL, start_time INTEGER NOT NULL,
    end_time INTEGER NOT NULL, headway_secs INTEGER NOT NULL, exact_times INTEGER,
    PRIMARY KEY (feed_id, trip_id, start_time));
)sql")});
    steps.push_back(FleetOperationsSchema::migration());
    steps.push_back(LogisticsSchema::migration()); // 4: no-fly zones, supermarket stops
    steps.push_back(RealtimeSchema::migration());  // 5: reported trips, realtime polling grant
    steps.push_back(LiveOperationsSchema::migration()); // 6: stop lifecycle, supermarket round grants
    return steps;
}

} // namespace ct::fleets
