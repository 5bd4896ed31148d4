// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "threshold.h"

#include "ct/geo/point.h"

#include <QString>

#include <cmath>
#include <limits>
#include <vector>

namespace ct::sensors {

/// \brief A river water-level gauge of the twin's `sensor_sites` layer, as the rainfall model
/// needs it: where it is, on which river, the catchment area above it and its alarm levels.
struct GaugeSite
{
    qint64 fid = 0;                 //!< fid in `sensor_sites`
    QString sourceId;               //!< "MLIT-1853", "GEN-GAUGE-0001", …
    QString name;
    QString river;                  //!< the `river` attribute (empty when the layer has none)
    geo::Point position;            //!< EPSG:6677 metres
    double catchmentKm2 = std::numeric_limits<double>::quiet_NaN(); //!< `catchment_km2` (MLIT area_mod), NaN when absent
    std::vector<Threshold> thresholds; //!< from the registered sensor's `sensor_threshold` rows (rising), else empty
};

} // namespace ct::sensors
