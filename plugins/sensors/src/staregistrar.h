// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"

#include <QString>

namespace ct::store {
class TwinStore;
}

namespace ct::sensors {

//! What a SensorThings registration did.
struct StaRegistration
{
    int added = 0;            //!< new sensors (one per Datastream)
    int existing = 0;         //!< Datastreams already registered (alias "sta:<id>"), left as they are
    int withoutLocation = 0;  //!< added without coordinates (their Thing has no usable Location)
};

/// \brief Registers sensors from an OGC SensorThings API v1.1 service's Things, Locations and
/// Datastreams documents (the JSON of GET /Things, /Locations, /Datastreams: {"value": [...]}, or a
/// bare array), so the service's Observations can be ingested by Datastream id.
///
/// One sensor per Datastream: source id "sta/<Thing id>/<Datastream id>", alias "sta:<Datastream id>",
/// name "<Thing name> <Datastream name>", unit unitOfMeasurement.symbol, coordinates from the
/// Thing's first Location (GeoJSON Point, or a Feature with one, in WGS84 lon/lat) transformed to
/// EPSG:6677. The Thing of a Datastream is its "Thing" ({"@iot.id"} or expanded) or found through
/// the Things' expanded "Datastreams"; the Locations of a Thing are its "Locations" (ids or
/// expanded) or the Locations whose "Things" name it. Kind and quantity come from the Datastream's
/// properties {"kind", "quantity", "interval_s"} when given, else from its ObservedProperty's name
/// or definition (water level / 水位, precipitation / 雨量, air temperature / 気温, PM2.5, strain).
///
/// All or nothing in one transaction: a document that is not JSON (with its line), a Datastream
/// without id, unit, Thing or recognisable quantity, an unknown Thing id, a Location that is not a
/// point — each is an error naming the file and the entry, and nothing is registered.
class StaRegistrar
{
public:
    explicit StaRegistrar(store::TwinStore &twin);

    core::Result<StaRegistration> registerFiles(const QString &thingsPath, const QString &locationsPath,
                                                const QString &datastreamsPath);

private:
    store::TwinStore &m_twin;
};

} // namespace ct::sensors
