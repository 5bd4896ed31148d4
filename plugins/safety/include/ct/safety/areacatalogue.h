// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/safety/subscriptionarea.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::safety {

/// \brief The subscription areas of a twin (layer `safety_areas`): reading, adding one, and
/// importing many with their subscriber counts from CSV.
///
/// The CSV (UTF-8 or Shift_JIS) has the header
/// `area_id,kind,name,name_en,subscribers,district,wkt,lon,lat,radius_m`; per kind:
/// - `school-district`: `district` is a fid or a `school_name` of the twin's `school_districts`;
///   the area takes that district's outline;
/// - `neighbourhood`, `polygon`: `wkt` is a POLYGON or MULTIPOLYGON in WGS84 longitude/latitude;
/// - `radius`: `lon`, `lat` (WGS84) and `radius_m` (> 0).
/// `subscribers` is a whole number ≥ 0. Rows with an existing area_id replace that area. The file
/// is one perform() ("safety.areas.import"): any bad row refuses the whole file, with every
/// problem listed as "file:line: reason", and the twin is left unchanged.
class AreaCatalogue
{
public:
    static QString layerName() { return QStringLiteral("safety_areas"); }

    /// Every area of the twin; empty when the layer does not exist yet.
    static core::Result<std::vector<SubscriptionArea>> read(const store::TwinStore &twin);
    /// Imports the CSV; returns the number of areas written.
    static core::Result<qint64> importCsv(store::TwinStore &twin, const core::Actor &actor, const QString &path);
    /// Reads and checks the CSV without writing (every bad row listed in the error).
    static core::Result<std::vector<SubscriptionArea>> parseCsv(const store::TwinStore &twin, const QString &path);
    /// Adds or replaces one area (a polygon drawn on the map, a radius around a point).
    static core::Status add(store::TwinStore &twin, const core::Actor &actor, const SubscriptionArea &area);

    /// Writes areas inside the caller's transaction (creating the layer when needed).
    static core::Status write(store::TwinStore &twin, const std::vector<SubscriptionArea> &areas);
    /// The 72-gon drawn for a radius area.
    static geo::Geometry circle(geo::Point centre, double radiusMetres);
};

} // namespace ct::safety
