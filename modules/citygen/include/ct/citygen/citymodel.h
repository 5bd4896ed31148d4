// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <QString>

#include <cstdint>
#include <limits>
#include <vector>

namespace ct::citygen {

// The generated city in memory, one plain record type per twin layer. They are kept together in
// this header on purpose: they are the layer contract (field names in comments), nothing more.
// All coordinates are EPSG:6677 metres (x = easting, y = northing); rings are closed (first
// point repeated last).

using Ring = std::vector<geo::Point>;
using Line = std::vector<geo::Point>;

/// `boundary`: MultiPolygon, name.
struct BoundaryFeature
{
    QString name;
    std::vector<std::vector<Ring>> polygons;  //!< polygons → rings, first ring exterior
};

/// `buildings`: Polygon; use, height_m, floors, residents, name.
struct BuildingFeature
{
    Ring footprint;
    QString use;            //!< residential|commercial|school|hospital|public|factory
    double heightM = 0.0;   //!< metres above ground
    int floors = 1;
    int residents = 0;
    QString name;           //!< only schools, hospitals and public buildings are named
};

/// `road_nodes`: Point; node_id, degree.
struct RoadNodeFeature
{
    qint64 id = 0;
    geo::Point position;
    int degree = 0;
};

/// `roads`: LineString; road_id, road_class, lanes, speed_kmh, oneway, length_m, from_node,
/// to_node, bridge, name. A one-way road is open from from_node to to_node only.
struct RoadFeature
{
    qint64 id = 0;
    QString roadClass;      //!< trunk|primary|secondary|tertiary|residential|service
    int lanes = 1;
    double speedKmh = 30.0;
    bool oneway = false;
    double lengthM = 0.0;   //!< equals the geometry length
    qint64 fromNode = 0;
    qint64 toNode = 0;
    bool bridge = false;
    QString name;
    Line points;
};

/// `rivers`: LineString; name, width_m. Points run downstream.
struct RiverFeature
{
    QString name;
    double widthM = 0.0;
    Line points;
};

/// `water`: Polygon; name.
struct WaterFeature
{
    QString name;
    Ring ring;
};

/// `embankments`: LineString; river, side (left|right, seen downstream), crest_height_m.
struct EmbankmentFeature
{
    QString river;
    QString side;
    double crestHeightM = 0.0;
    Line points;
};

/// `shelters`: Point; source_id, name, name_en, kind, capacity, address, hazard suitability.
struct ShelterFeature
{
    QString sourceId;
    QString name;
    QString nameEn;
    QString kind;           //!< school|community_centre|park|public
    int capacity = 0;       //!< persons
    QString address;
    bool flood = false;
    bool landslide = false;
    bool earthquake = false;
    bool fire = false;
    bool inlandFlood = false;
    geo::Point position;
};

/// `hospitals`: Point; name, beds.
struct HospitalFeature
{
    QString name;
    int beds = 0;
    geo::Point position;
};

/// `hydrogen_stations`: Point; name.
struct HydrogenStationFeature
{
    QString name;
    geo::Point position;
};

/// `fuel_cell_buses`: Point; bus_id, name, state, energy_kwh, export_kw.
struct FuelCellBusFeature
{
    QString busId;
    QString name;
    QString state;          //!< in_service|en_route|supplying_power|refuelling|off
    double energyKwh = 0.0; //!< hydrogen energy on board, ≤ 235 kWh
    double exportKw = 9.0;  //!< external power output
    geo::Point position;
};

/// `schools`: Point; name, kind, pupils.
struct SchoolFeature
{
    QString name;
    QString kind;           //!< elementary|junior_high
    int pupils = 0;
    geo::Point position;
};

/// `school_districts`: Polygon; school_name.
struct SchoolDistrictFeature
{
    QString schoolName;
    std::vector<Ring> rings;
};

/// `bus_stops`: Point; stop_id, name, route_ids (comma separated).
struct BusStopFeature
{
    QString stopId;
    QString name;
    QString routeIds;
    geo::Point position;
};

/// `bus_routes`: LineString; route_id, name, kind (community|on_demand_zone; a zone is its closed outline).
struct BusRouteFeature
{
    QString routeId;
    QString name;
    QString kind;
    Line points;
};

/// `sensor_sites`: Point; source_id, name, kind, unit, interval_s, catchment_km2, river.
struct SensorSiteFeature
{
    QString sourceId;
    QString name;
    QString kind;           //!< river_gauge|weather|bridge_strain|air_quality|people_flow|traffic_counter|energy_meter
    QString unit;
    int intervalS = 600;    //!< seconds between readings
    double catchmentKm2 = std::numeric_limits<double>::quiet_NaN(); //!< gauges only; NaN → NULL
    QString river;          //!< gauges only
    geo::Point position;
};

/// `streetlights`: Point; light_id.
struct StreetlightFeature
{
    qint64 id = 0;
    geo::Point position;
};

/// `police_boxes`: Point; name.
struct PoliceBoxFeature
{
    QString name;
    geo::Point position;
};

/// \brief The whole generated city before it is written: one vector per layer.
struct CityModel
{
    std::vector<BoundaryFeature> boundary;
    std::vector<BuildingFeature> buildings;
    std::vector<RoadNodeFeature> roadNodes;
    std::vector<RoadFeature> roads;
    std::vector<RiverFeature> rivers;
    std::vector<WaterFeature> water;
    std::vector<EmbankmentFeature> embankments;
    std::vector<ShelterFeature> shelters;
    std::vector<HospitalFeature> hospitals;
    std::vector<HydrogenStationFeature> hydrogenStations;
    std::vector<FuelCellBusFeature> fuelCellBuses;
    std::vector<SchoolFeature> schools;
    std::vector<SchoolDistrictFeature> schoolDistricts;
    std::vector<BusStopFeature> busStops;
    std::vector<BusRouteFeature> busRoutes;
    std::vector<SensorSiteFeature> sensorSites;
    std::vector<StreetlightFeature> streetlights;
    std::vector<PoliceBoxFeature> policeBoxes;

    double areaKm2 = 0.0;         //!< boundary area
    bool realBoundary = false;
    bool realShelters = false;
    bool realSensors = false;
    std::vector<QString> notes;   //!< caveats for the report

    qint64 population() const
    {
        qint64 total = 0;
        for (const auto &b : buildings)
            total += b.residents;
        return total;
    }
};

} // namespace ct::citygen
