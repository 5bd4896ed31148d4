// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/citygen/citymodel.h"
#include "ct/core/result.h"
#include "ct/geo/crstransform.h"

#include <QString>

#include <vector>

namespace ct::citygen {

/// \brief Reads the real Tsukuba files (boundary, shelters, gauges, weather stations) with GDAL
/// and transforms them to EPSG:6677.
///
/// Every failure names the file: a missing or malformed real file is an error, never a silent
/// fallback to generated data.
class RealDataLoader
{
public:
    RealDataLoader(QString directory, const geo::CrsTransform &toLocal);

    /// `plateau/tsukuba_urban_planning_area.geojson` → polygons (rings closed).
    core::Result<std::vector<std::vector<Ring>>> boundary() const;
    /// The two GSI shelter files merged (sites in both kept once, with the hazard flags of the
    /// emergency file). Capacity is estimated from the kind: GSI publishes none.
    core::Result<std::vector<ShelterFeature>> shelters() const;
    /// `sensors/mlit_water_level_gauges_tsukuba_area.csv` → river_gauge sites, every row.
    core::Result<std::vector<SensorSiteFeature>> gauges() const;
    /// `sensors/ibaraki_amedas_stations.csv` → weather sites inside `area` (EPSG:6677).
    core::Result<std::vector<SensorSiteFeature>> weatherStations(const geo::Envelope &area) const;

    /// Shelter kind guessed from its Japanese name (学校 → school, 公園/運動 → park, …).
    static QString shelterKind(const QString &name);

private:
    QString path(const QString &relative) const;
    QString m_directory;
    const geo::CrsTransform &m_toLocal;
};

} // namespace ct::citygen
